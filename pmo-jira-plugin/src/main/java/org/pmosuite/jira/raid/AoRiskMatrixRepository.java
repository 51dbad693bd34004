package org.pmosuite.jira.raid;

import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import com.atlassian.activeobjects.external.ActiveObjects;
import net.java.ao.Query;
import org.pmosuite.core.common.Actor;
import org.pmosuite.core.common.StaleVersionException;
import org.pmosuite.core.raid.ExposureBand;
import org.pmosuite.core.raid.RiskMatrix;
import org.pmosuite.core.raid.RiskMatrixRepository;
import org.pmosuite.core.raid.RiskMatrixSize;
import org.pmosuite.core.raid.ScoreBand;
import org.pmosuite.core.raid.StoredRiskMatrix;
import org.pmosuite.jira.raid.ao.RiskMatrixBandEntity;
import org.pmosuite.jira.raid.ao.RiskMatrixEntity;
import org.pmosuite.jira.raid.ao.RiskMatrixLevelEntity;
import org.springframework.stereotype.Component;

/**
 * Risk matrices in Active Objects: one row per scope, its labels and bands in rows of their own, each read with one
 * query. A write is one transaction that first deletes the row it read, conditioned on its version; when another
 * node or request saved in between, that delete finds nothing and the write is refused as stale; a first save
 * racing another first save fails on the scope's unique key, and a database-detected deadlock between two saves
 * rolls one back: both are refused the same way.
 *
 * <p>A read takes the row, then its labels and bands. A save that commits in between replaces the row and its
 * children under a new id, so the read may find the old row's children gone; it then reads again, since the row it
 * took is no longer the stored one.
 */
@Component
public class AoRiskMatrixRepository implements RiskMatrixRepository {

    static final String PORTFOLIO_SCOPE = "PORTFOLIO";
    static final String PROBABILITY = "PROBABILITY";
    static final String IMPACT = "IMPACT";
    private static final int MAX_READ_ATTEMPTS = 20;

    private final ActiveObjects ao;

    public AoRiskMatrixRepository(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public Optional<StoredRiskMatrix> portfolioDefault() {
        return read(PORTFOLIO_SCOPE);
    }

    @Override
    public Optional<StoredRiskMatrix> forProject(long projectId) {
        return read(projectScope(projectId));
    }

    @Override
    public StoredRiskMatrix savePortfolioDefault(RiskMatrix matrix, long expectedVersion, Actor by) {
        return save(PORTFOLIO_SCOPE, matrix, expectedVersion, by);
    }

    @Override
    public StoredRiskMatrix saveForProject(long projectId, RiskMatrix matrix, long expectedVersion, Actor by) {
        return save(projectScope(projectId), matrix, expectedVersion, by);
    }

    @Override
    public void removeProjectOverride(long projectId, long expectedVersion) {
        String scope = projectScope(projectId);
        refusingRaces(expectedVersion, scope, () -> ao.executeInTransaction(() -> {
            Optional<RiskMatrixEntity> current = row(scope);
            long version = current.map(RiskMatrixEntity::getRowVersion).orElse(0L);
            if (version != expectedVersion) {
                throw new StaleVersionException(expectedVersion, version);
            }
            current.ifPresent(row -> deleteExactly(row, expectedVersion));
            return null;
        }));
    }

    static String projectScope(long projectId) {
        return "PROJECT:" + projectId;
    }

    private Optional<StoredRiskMatrix> read(String scope) {
        for (int attempt = 1; ; attempt++) {
            Optional<RiskMatrixEntity> row = row(scope);
            if (row.isEmpty()) {
                return Optional.empty();
            }
            Optional<StoredRiskMatrix> whole = whole(row.get());
            if (whole.isPresent() || attempt == MAX_READ_ATTEMPTS) {
                return Optional.of(whole.orElseGet(() -> toStored(row.get())));
            }
        }
    }

    /**
     * The row's matrix when its labels and bands were read before any save replaced it: the row still stands, at
     * the same version, after they were read (a save deletes the row and its children in one transaction).
     */
    private Optional<StoredRiskMatrix> whole(RiskMatrixEntity row) {
        StoredRiskMatrix stored;
        try {
            stored = toStored(row);
        } catch (IllegalArgumentException partial) {
            return Optional.empty();
        }
        int stillThere = ao.count(RiskMatrixEntity.class, "ID = ? AND " + RiskMatrixEntity.COLUMN_VERSION + " = ?",
                row.getID(), row.getRowVersion());
        return stillThere == 1 ? Optional.of(stored) : Optional.empty();
    }

    private Optional<RiskMatrixEntity> row(String scope) {
        RiskMatrixEntity[] rows = ao.find(RiskMatrixEntity.class, RiskMatrixEntity.COLUMN_SCOPE + " = ?", scope);
        return rows.length == 0 ? Optional.empty() : Optional.of(rows[0]);
    }

    private StoredRiskMatrix save(String scope, RiskMatrix matrix, long expectedVersion, Actor by) {
        return refusingRaces(expectedVersion, scope, () -> ao.executeInTransaction(() -> {
            Optional<RiskMatrixEntity> current = row(scope);
            long version = current.map(RiskMatrixEntity::getRowVersion).orElse(0L);
            if (version != expectedVersion) {
                throw new StaleVersionException(expectedVersion, version);
            }
            current.ifPresent(row -> deleteExactly(row, expectedVersion));
            Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
            Map<String, Object> values = new HashMap<>();
            values.put(RiskMatrixEntity.COLUMN_SCOPE, scope);
            values.put(RiskMatrixEntity.COLUMN_VERSION, version + 1);
            values.put("MATRIX_SIZE", matrix.size().value());
            values.put("UPDATED_BY", by.userKey());
            values.put("UPDATED_AT", Date.from(now));
            RiskMatrixEntity row = ao.create(RiskMatrixEntity.class, values);
            insertLevels(row.getID(), PROBABILITY, matrix.probabilityLabels());
            insertLevels(row.getID(), IMPACT, matrix.impactLabels());
            for (ScoreBand band : matrix.bands()) {
                ao.create(RiskMatrixBandEntity.class, Map.of(RiskMatrixBandEntity.COLUMN_MATRIX, row.getID(),
                        "BAND_KEY", band.key().name(), "LABEL", band.label(), "MIN_SCORE", band.minScore(),
                        "COLOUR", band.colour()));
            }
            return new StoredRiskMatrix(matrix, version + 1, by.userKey(), now);
        }));
    }

    /** Deletes the row and its labels and bands, or refuses the write when the row is no longer that version. */
    private void deleteExactly(RiskMatrixEntity row, long expectedVersion) {
        int deleted = ao.deleteWithSQL(RiskMatrixEntity.class, "ID = ? AND " + RiskMatrixEntity.COLUMN_VERSION + " = ?",
                row.getID(), expectedVersion);
        if (deleted != 1) {
            throw new LostRaceException();
        }
        ao.deleteWithSQL(RiskMatrixLevelEntity.class, RiskMatrixLevelEntity.COLUMN_MATRIX + " = ?", row.getID());
        ao.deleteWithSQL(RiskMatrixBandEntity.class, RiskMatrixBandEntity.COLUMN_MATRIX + " = ?", row.getID());
    }

    private void insertLevels(int matrixId, String axis, List<String> labels) {
        for (int rating = 1; rating <= labels.size(); rating++) {
            ao.create(RiskMatrixLevelEntity.class, Map.of(RiskMatrixLevelEntity.COLUMN_MATRIX, matrixId,
                    "AXIS", axis, "RATING", rating, "LABEL", labels.get(rating - 1)));
        }
    }

    private StoredRiskMatrix toStored(RiskMatrixEntity row) {
        RiskMatrixLevelEntity[] levels = ao.find(RiskMatrixLevelEntity.class, Query.select()
                .where(RiskMatrixLevelEntity.COLUMN_MATRIX + " = ?", row.getID()).order("RATING"));
        List<String> probability = new ArrayList<>();
        List<String> impact = new ArrayList<>();
        for (RiskMatrixLevelEntity level : levels) {
            (PROBABILITY.equals(level.getAxis()) ? probability : impact).add(level.getLabel());
        }
        List<ScoreBand> bands = new ArrayList<>();
        for (RiskMatrixBandEntity band : ao.find(RiskMatrixBandEntity.class,
                RiskMatrixBandEntity.COLUMN_MATRIX + " = ?", row.getID())) {
            bands.add(new ScoreBand(ExposureBand.valueOf(band.getBandKey()), band.getLabel(), band.getMinScore(),
                    band.getColour()));
        }
        bands.sort(Comparator.comparingInt(ScoreBand::minScore));
        RiskMatrix matrix = new RiskMatrix(new RiskMatrixSize(row.getMatrixSize()), probability, impact, bands);
        return new StoredRiskMatrix(matrix, row.getRowVersion(), row.getUpdatedBy(),
                row.getUpdatedAt() == null ? null : row.getUpdatedAt().toInstant());
    }

    /**
     * A database refusal inside a write means another writer won, and this write was rolled back whole: stale, with
     * the version now stored. That is the scope's unique key taken by a concurrent first save (SQL state class 23),
     * or the database breaking a deadlock or a serialisation conflict between two saves (class 40).
     */
    private <T> T refusingRaces(long expectedVersion, String scope, Supplier<T> write) {
        try {
            return write.get();
        } catch (LostRaceException e) {
            throw new StaleVersionException(expectedVersion, currentVersion(scope));
        } catch (StaleVersionException e) {
            throw e;
        } catch (RuntimeException e) {
            if (isLostRace(e)) {
                throw new StaleVersionException(expectedVersion, currentVersion(scope));
            }
            throw e;
        }
    }

    private long currentVersion(String scope) {
        return row(scope).map(RiskMatrixEntity::getRowVersion).orElse(0L);
    }

    private static boolean isLostRace(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("23") || sql.getSQLState().startsWith("40"))) {
                return true;
            }
        }
        return false;
    }

    /** Another writer changed the row between this write's read and its conditional delete. */
    private static final class LostRaceException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        LostRaceException() {
            super(null, null, false, false);
        }
    }
}
