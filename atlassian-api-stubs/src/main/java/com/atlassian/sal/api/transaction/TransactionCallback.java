/*
 * Stub of com.atlassian.sal.api.transaction.TransactionCallback<T> (interface), the argument of
 * ActiveObjects.executeInTransaction.
 * Checked against: the ActiveObjects interface source (imports com.atlassian.sal.api.transaction.TransactionCallback;
 *   https://docs.atlassian.com/activeobjects-plugin-parent-pom/2.0.1-0fc30df/xref/com/atlassian/activeobjects/
 *   external/ActiveObjects.html) and SAL's javadoc: T doInTransaction().
 */
package com.atlassian.sal.api.transaction;

@FunctionalInterface
public interface TransactionCallback<T> {
    T doInTransaction();
}
