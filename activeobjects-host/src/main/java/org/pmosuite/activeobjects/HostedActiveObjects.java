package org.pmosuite.activeobjects;

import java.sql.SQLException;
import java.util.Map;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.sal.api.transaction.TransactionCallback;
import net.java.ao.EntityManager;
import net.java.ao.Query;
import net.java.ao.RawEntity;
import net.java.ao.Transaction;

/**
 * The {@link ActiveObjects} facade over AO's own {@link EntityManager}, as Jira's Active Objects plugin gives it to an
 * app: database errors come out unchecked, and {@link #executeInTransaction} commits or rolls back as one unit
 * (a transaction inside another joins it). Every criteria string is held to "values only as ? parameters".
 */
public final class HostedActiveObjects implements ActiveObjects {

    private final EntityManager entityManager;
    private final ThreadLocal<Boolean> inTransaction = ThreadLocal.withInitial(() -> false);

    HostedActiveObjects(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    @SafeVarargs
    public final void migrate(Class<? extends RawEntity<?>>... entities) {
        try {
            entityManager.migrate(entities);
        } catch (SQLException e) {
            throw new ActiveObjectsSqlException("migrate", e);
        }
    }

    @Override
    public <T extends RawEntity<K>, K> T create(Class<T> type, Map<String, Object> params) {
        try {
            return entityManager.create(type, params);
        } catch (SQLException e) {
            throw new ActiveObjectsSqlException("create " + type.getSimpleName(), e);
        }
    }

    @Override
    public void delete(RawEntity<?>... entities) {
        try {
            entityManager.delete(entities);
        } catch (SQLException e) {
            throw new ActiveObjectsSqlException("delete", e);
        }
    }

    @Override
    public <K> int deleteWithSQL(Class<? extends RawEntity<K>> type, String criteria, Object... parameters) {
        try {
            return entityManager.deleteWithSQL(type, CriteriaPolicy.check(criteria), parameters);
        } catch (SQLException e) {
            throw new ActiveObjectsSqlException("delete " + type.getSimpleName(), e);
        }
    }

    @Override
    public <T extends RawEntity<K>, K> T[] find(Class<T> type, Query query) {
        CriteriaPolicy.check(query.getWhereClause());
        try {
            return entityManager.find(type, query);
        } catch (SQLException e) {
            throw new ActiveObjectsSqlException("find " + type.getSimpleName(), e);
        }
    }

    @Override
    public <T extends RawEntity<K>, K> T[] find(Class<T> type, String criteria, Object... parameters) {
        try {
            return entityManager.find(type, CriteriaPolicy.check(criteria), parameters);
        } catch (SQLException e) {
            throw new ActiveObjectsSqlException("find " + type.getSimpleName(), e);
        }
    }

    @Override
    public <K> int count(Class<? extends RawEntity<K>> type, String criteria, Object... parameters) {
        try {
            return entityManager.count(type, CriteriaPolicy.check(criteria), parameters);
        } catch (SQLException e) {
            throw new ActiveObjectsSqlException("count " + type.getSimpleName(), e);
        }
    }

    @Override
    public <T> T executeInTransaction(TransactionCallback<T> callback) {
        if (inTransaction.get()) {
            return callback.doInTransaction();
        }
        inTransaction.set(true);
        try {
            return new Transaction<T>(entityManager) {
                @Override
                protected T run() {
                    return callback.doInTransaction();
                }
            }.execute();
        } catch (SQLException e) {
            throw new ActiveObjectsSqlException("transaction", e);
        } finally {
            inTransaction.remove();
        }
    }

    /** AO's own entity manager, for the host's upgrade runner. */
    EntityManager entityManager() {
        return entityManager;
    }
}
