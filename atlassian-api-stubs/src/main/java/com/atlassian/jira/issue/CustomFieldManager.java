/*
 * Stub of com.atlassian.jira.issue.CustomFieldManager (interface, @PublicApi).
 * Checked against: https://docs.atlassian.com/jira/7.2.0/com/atlassian/jira/issue/CustomFieldManager.html (Jira 7.2.0):
 *   getCustomFieldObjectsByName(String) exists (getCustomFieldObjectByName is deprecated in its favour).
 * unverified: its return type Collection<CustomField> (row beyond the truncated excerpt); no Jira 10/11 page found.
 */
package com.atlassian.jira.issue;

import com.atlassian.jira.issue.fields.CustomField;

import java.util.Collection;

public interface CustomFieldManager {
    Collection<CustomField> getCustomFieldObjectsByName(String customFieldName);
}
