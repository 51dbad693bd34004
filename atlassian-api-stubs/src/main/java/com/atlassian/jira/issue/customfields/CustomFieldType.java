/*
 * Stub of com.atlassian.jira.issue.customfields.CustomFieldType<T, S> (interface, @PublicApi @PublicSpi). Only the
 * member the app calls on a type Jira gives it; the app's own field types extend AbstractSingleFieldType or
 * CalculatedCFType, never this interface directly.
 * Checked against: JSW 11.1 javadoc lists it as implemented by AbstractCustomFieldType
 *   (https://docs.atlassian.com/jira-software/11.1.0-m0011/com/pyxis/greenhopper/jira/customfields/package-tree.html);
 *   getKey() is among the 23 abstract methods of the Jira 6.3.15 source (jira-api/.../CustomFieldType.java) and is
 *   implemented by every type of igsl-group/Octopus_Jira (Jira 7.13) EffortTable.java. It returns the module's
 *   complete key, "<plugin key>:<module key>".
 * unverified: on Jira 10/11 (no core javadoc); the member is long-stable.
 */
package com.atlassian.jira.issue.customfields;

public interface CustomFieldType<T, S> {
    String getKey();
}
