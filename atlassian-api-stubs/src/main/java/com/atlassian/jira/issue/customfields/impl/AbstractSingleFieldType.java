/*
 * Stub of com.atlassian.jira.issue.customfields.impl.AbstractSingleFieldType<T> (@PublicSpi abstract class, extends
 * AbstractCustomFieldType<T, T>): a field type that stores one value per issue through Jira's value persister.
 * Checked against:
 *   - JSW 11.1 javadoc: GenericTextCFType (extends AbstractSingleFieldType) under it
 *     (https://docs.atlassian.com/jira-software/11.1.0-m0011/com/atlassian/greenhopper/customfield/epiccolor/package-tree.html);
 *   - the Jira 6.3.15 source (jira-api/.../customfields/impl/AbstractSingleFieldType.java, lines 58-278): the one
 *     constructor protected AbstractSingleFieldType(CustomFieldValuePersister, GenericConfigManager), and exactly
 *     five methods a subclass implements: getStringFromSingularObject(T), getSingularObjectFromString(String) throws
 *     FieldValidationException, protected abstract PersistenceFieldType getDatabaseType(), protected abstract Object
 *     getDbValueFromObject(T), protected abstract T getObjectFromDbValue(Object) throws FieldValidationException;
 *     validateFromParams turns a FieldValidationException into an error on the field;
 *   - Jira 7.x javadoc (docs.atlassian.com/jira/latest, /jira/server) lists the same constructor and abstract methods.
 * unverified: on Jira 10/11 (the class exists in JSW 11.1 trees; its members are not shown there).
 */
package com.atlassian.jira.issue.customfields.impl;

import com.atlassian.jira.issue.customfields.manager.GenericConfigManager;
import com.atlassian.jira.issue.customfields.persistence.CustomFieldValuePersister;
import com.atlassian.jira.issue.customfields.persistence.PersistenceFieldType;

public abstract class AbstractSingleFieldType<T> extends AbstractCustomFieldType<T, T> {

    protected AbstractSingleFieldType(CustomFieldValuePersister customFieldValuePersister,
            GenericConfigManager genericConfigManager) {
    }

    protected abstract PersistenceFieldType getDatabaseType();

    protected abstract Object getDbValueFromObject(T customFieldObject);

    protected abstract T getObjectFromDbValue(Object databaseValue) throws FieldValidationException;
}
