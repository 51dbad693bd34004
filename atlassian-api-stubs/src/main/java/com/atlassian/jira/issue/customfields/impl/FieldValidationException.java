/*
 * Stub of com.atlassian.jira.issue.customfields.impl.FieldValidationException (unchecked).
 * Checked against: the Jira 6.3.15 source (jira-api/.../customfields/impl/FieldValidationException.java):
 *   extends RuntimeException, one constructor (String message); AbstractSingleFieldType.validateFromParams shows its
 *   message beside the field.
 * unverified: other constructors in later versions; only (String) is stubbed.
 */
package com.atlassian.jira.issue.customfields.impl;

public class FieldValidationException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public FieldValidationException(String message) {
        super(message);
    }
}
