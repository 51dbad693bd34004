/*
 * Stub of com.atlassian.jira.issue.customfields.CustomFieldSearcher (interface). The app only passes one from
 * CustomFieldManager.getCustomFieldSearcher(String) to createCustomField, so no member is stubbed.
 * Checked against: JSW 11.3 javadoc, VersionSearcherWrapper implements CustomFieldSearcher
 *   (https://docs.atlassian.com/jira-software/11.3.0-m0002/com/pyxis/greenhopper/jira/customfields/VersionSearcherWrapper.html).
 */
package com.atlassian.jira.issue.customfields;

public interface CustomFieldSearcher {
}
