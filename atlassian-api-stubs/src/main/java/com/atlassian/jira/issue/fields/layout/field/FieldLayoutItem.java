/*
 * Stub of com.atlassian.jira.issue.fields.layout.field.FieldLayoutItem (interface). The app only receives it in
 * getVelocityParameters, so no member is stubbed.
 * Checked against: the Jira 6.3.15 source of CustomFieldType (getVelocityParameters(Issue, CustomField,
 *   FieldLayoutItem)); Jira 7.x javadoc of AbstractCustomFieldType.
 */
package com.atlassian.jira.issue.fields.layout.field;

public interface FieldLayoutItem {
}
