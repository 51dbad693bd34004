/*
 * Stub of com.atlassian.jira.issue.customfields.persistence.PersistenceFieldType: how a single-value field type
 * stores its value. Not an enum: a final class with four constants.
 * Checked against: the Jira 6.3.15 source (jira-api/.../persistence/PersistenceFieldType.java): TYPE_LIMITED_TEXT,
 *   TYPE_UNLIMITED_TEXT, TYPE_DATE, TYPE_DECIMAL; Jira 7.13 and 8.x apps use TYPE_LIMITED_TEXT and
 *   TYPE_UNLIMITED_TEXT (igsl-group/Octopus_Jira).
 * unverified: on Jira 10/11. The constants are getstatic fields in the app's bytecode, so Jira's own answer.
 */
package com.atlassian.jira.issue.customfields.persistence;

public final class PersistenceFieldType {
    public static final PersistenceFieldType TYPE_LIMITED_TEXT = new PersistenceFieldType();
    public static final PersistenceFieldType TYPE_UNLIMITED_TEXT = new PersistenceFieldType();
    public static final PersistenceFieldType TYPE_DATE = new PersistenceFieldType();
    public static final PersistenceFieldType TYPE_DECIMAL = new PersistenceFieldType();

    private PersistenceFieldType() {
    }
}
