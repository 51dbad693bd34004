/*
 * Stub of com.atlassian.jira.issue.customfields.manager.GenericConfigManager (interface). The app only passes it to
 * AbstractSingleFieldType's constructor, so no member is stubbed.
 * Checked against: JSW 11.1 javadoc, the SprintCFType constructor takes it (same page as CustomFieldValuePersister).
 */
package com.atlassian.jira.issue.customfields.manager;

public interface GenericConfigManager {
}
