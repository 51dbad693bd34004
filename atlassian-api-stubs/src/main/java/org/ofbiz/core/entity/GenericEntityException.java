/*
 * Stub of org.ofbiz.core.entity.GenericEntityException (checked exception of Jira's entity engine).
 * Checked against: gnl42/jira-testkit (Jira 8.1) CustomFieldsBackdoor.java:123-129 catches it from
 *   CustomFieldManager.createCustomField. Deviation: the real superclass is GenericEntityException's own
 *   GeneralException chain; collapsed to Exception (still checked).
 */
package org.ofbiz.core.entity;

public class GenericEntityException extends Exception {
    private static final long serialVersionUID = 1L;

    public GenericEntityException(String message) {
        super(message);
    }
}
