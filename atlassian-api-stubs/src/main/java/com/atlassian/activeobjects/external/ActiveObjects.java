/*
 * Stub of com.atlassian.activeobjects.external.ActiveObjects (interface), the facade Jira's Active Objects plugin
 * exports to apps; not on Maven Central. Only the members the app calls.
 * Checked against: the interface source, https://docs.atlassian.com/activeobjects-plugin-parent-pom/2.0.1-0fc30df/
 *   xref/com/atlassian/activeobjects/external/ActiveObjects.html (migrate, create(Class, Map), find(Class, Query),
 *   find(Class, String, Object...), count(Class, String, Object...), delete, deleteWithSQL, executeInTransaction;
 *   no checked exceptions), and Jira 11 use in atlassian-labs/atlassian-slack-integration-server at 94c50dc
 *   (jira-slack-server-integration-plugin .../dao/impl/DefaultConfigurationDao.java: ao.find(X.class, "COL = ?", v),
 *   ao.find(X.class, Query), ao.create(X.class, Map), ao.deleteWithSQL, ao.count).
 */
package com.atlassian.activeobjects.external;

import java.util.Map;

import com.atlassian.sal.api.transaction.TransactionCallback;
import net.java.ao.Query;
import net.java.ao.RawEntity;

public interface ActiveObjects {

    @SuppressWarnings("unchecked")
    void migrate(Class<? extends RawEntity<?>>... entities);

    <T extends RawEntity<K>, K> T create(Class<T> type, Map<String, Object> params);

    void delete(RawEntity<?>... entities);

    <K> int deleteWithSQL(Class<? extends RawEntity<K>> type, String criteria, Object... parameters);

    <T extends RawEntity<K>, K> T[] find(Class<T> type, Query query);

    <T extends RawEntity<K>, K> T[] find(Class<T> type, String criteria, Object... parameters);

    <K> int count(Class<? extends RawEntity<K>> type, String criteria, Object... parameters);

    <T> T executeInTransaction(TransactionCallback<T> callback);
}
