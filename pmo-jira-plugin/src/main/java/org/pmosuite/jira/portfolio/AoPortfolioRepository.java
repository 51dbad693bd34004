package org.pmosuite.jira.portfolio;

import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.Date;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.sal.api.transaction.TransactionCallback;
import net.java.ao.Query;
import org.pmosuite.core.common.Actor;
import org.pmosuite.core.common.StaleVersionException;
import org.pmosuite.core.portfolio.AuditAction;
import org.pmosuite.core.portfolio.AuditEntry;
import org.pmosuite.core.portfolio.Capacity;
import org.pmosuite.core.portfolio.CapacityUnit;
import org.pmosuite.core.portfolio.DuplicatePortfolioNameException;
import org.pmosuite.core.portfolio.Forcing;
import org.pmosuite.core.portfolio.IntakeDecision;
import org.pmosuite.core.portfolio.IntakeRequest;
import org.pmosuite.core.portfolio.IntakeState;
import org.pmosuite.core.portfolio.PortfolioDefinition;
import org.pmosuite.core.portfolio.PortfolioRepository;
import org.pmosuite.core.portfolio.PortfolioScope;
import org.pmosuite.core.portfolio.RankKey;
import org.pmosuite.core.portfolio.RankPlacement;
import org.pmosuite.core.portfolio.Scenario;
import org.pmosuite.core.portfolio.StoredPortfolio;
import org.pmosuite.core.portfolio.scoring.Criterion;
import org.pmosuite.core.portfolio.scoring.Direction;
import org.pmosuite.core.portfolio.scoring.MoscowCategory;
import org.pmosuite.core.portfolio.scoring.ScoringConfiguration;
import org.pmosuite.core.portfolio.scoring.ScoringInput;
import org.pmosuite.core.portfolio.scoring.ScoringInputs;
import org.pmosuite.core.portfolio.scoring.ScoringModelType;
import org.pmosuite.jira.portfolio.ao.CategoryCapEntity;
import org.pmosuite.jira.portfolio.ao.CriterionEntity;
import org.pmosuite.jira.portfolio.ao.IntakeDecisionEntity;
import org.pmosuite.jira.portfolio.ao.IntakeInputEntity;
import org.pmosuite.jira.portfolio.ao.IntakeRequestEntity;
import org.pmosuite.jira.portfolio.ao.PortfolioAuditEntity;
import org.pmosuite.jira.portfolio.ao.PortfolioEntity;
import org.pmosuite.jira.portfolio.ao.PortfolioOwnerEntity;
import org.pmosuite.jira.portfolio.ao.PortfolioScopeEntity;
import org.pmosuite.jira.portfolio.ao.PortfolioVersionEntity;
import org.pmosuite.jira.portfolio.ao.RankPlacementEntity;
import org.pmosuite.jira.portfolio.ao.ScenarioEntity;
import org.pmosuite.jira.portfolio.ao.ScenarioForcingEntity;
import org.springframework.stereotype.Component;

/**
 * Portfolios in Active Objects. Every row of a portfolio carries its id, so a read takes one query per table, and a
 * deletion one statement per table.
 *
 * <p>Versions: each versioned record (a portfolio's definition, its ranking, a scenario, an intake request) has its
 * version in a {@link PortfolioVersionEntity} row of its own, so that its id never changes. A write runs in one
 * transaction that first compares and sets that row: it deletes it on the condition that it still holds the version
 * the write is based on and creates it again with the next. When another node or request wrote in between, the delete
 * finds nothing and the write is refused as stale; a database that breaks a deadlock between two writes, or a
 * re-create that collides with the racing one on the row's unique key, refuses it the same way (SQL state class 40
 * or 23). A move ({@link #place}) so writes a constant number of rows: the version row twice, the initiative's
 * placement at most twice, and one audit row, whatever the size of the board.
 *
 * <p>Reads: a write replaces a record's rows in one transaction, so a read that takes the record's row and then its
 * children may find children of a later version; it then reads again, since the row it took is no longer the stored
 * one (as {@code AoRiskMatrixRepository} does). IN lists hold at most {@value #MAX_IN_LIST} values (Oracle's limit);
 * longer sets are read in several queries.
 *
 * <p>A scenario or an intake request created while its portfolio is being deleted may outlive it; nothing reads it
 * then, since ids are not reused.
 */
@Component
public class AoPortfolioRepository implements PortfolioRepository {

    /** The most values in one IN list: Oracle refuses more than 1,000. */
    static final int MAX_IN_LIST = 1_000;
    /** The portfolio's own scoring, in the criteria and caps tables; a scenario's rows carry its id. */
    static final long BASELINE = 0;
    /**
     * The largest magnitude Active Objects stores in a double column, a float's: {@code net.java.ao.util.DoubleUtils}
     * refuses anything beyond it, and NaN and the infinities.
     */
    static final double MAX_DOUBLE = 3.40282347E38;
    private static final String RANK_PREFIX = "RANK:";
    private static final int MAX_READ_ATTEMPTS = 20;
    private static final String AUDIT_ORDER = PortfolioAuditEntity.COLUMN_AT + " DESC, ID DESC";
    private static final String INTAKE_ORDER = "REQUESTED_AT DESC, ID DESC";

    private final ActiveObjects ao;

    public AoPortfolioRepository(ActiveObjects ao) {
        this.ao = ao;
    }

    // ------------------------------------------------------------------------------------------- definitions

    @Override
    public List<StoredPortfolio> portfolios() {
        return consistently(() -> {
            PortfolioEntity[] rows = ao.find(PortfolioEntity.class, Query.select());
            if (rows.length == 0) {
                return new Attempt<>(List.of(), true);
            }
            Map<Long, List<PortfolioScopeEntity>> scope = groupedBy(
                    ao.find(PortfolioScopeEntity.class, Query.select()), PortfolioScopeEntity::getPortfolioId);
            Map<Long, List<PortfolioOwnerEntity>> owners = groupedBy(
                    ao.find(PortfolioOwnerEntity.class, Query.select()), PortfolioOwnerEntity::getPortfolioId);
            Map<Long, List<CriterionEntity>> criteria = groupedBy(ao.find(CriterionEntity.class,
                    CriterionEntity.COLUMN_SCENARIO + " = ?", BASELINE), CriterionEntity::getPortfolioId);
            Map<Long, List<CategoryCapEntity>> caps = groupedBy(ao.find(CategoryCapEntity.class,
                    CategoryCapEntity.COLUMN_SCENARIO + " = ?", BASELINE), CategoryCapEntity::getPortfolioId);
            Map<Long, Long> rankVersions = new HashMap<>();
            for (PortfolioVersionEntity version : ao.find(PortfolioVersionEntity.class,
                    PortfolioVersionEntity.COLUMN_KEY + " LIKE ?", RANK_PREFIX + "%")) {
                rankVersions.put(version.getPortfolioId(), version.getRowVersion());
            }
            List<StoredPortfolio> portfolios = new ArrayList<>();
            Map<Integer, Long> versionsRead = new HashMap<>();
            for (PortfolioEntity row : rows) {
                long id = row.getID();
                portfolios.add(toStored(row, scope.getOrDefault(id, List.of()), owners.getOrDefault(id, List.of()),
                        criteria.getOrDefault(id, List.of()), caps.getOrDefault(id, List.of()),
                        rankVersions.getOrDefault(id, 0L)));
                versionsRead.put(row.getID(), row.getRowVersion());
            }
            Map<Integer, Long> versionsNow = new HashMap<>();
            for (PortfolioEntity row : ao.find(PortfolioEntity.class, Query.select())) {
                versionsNow.put(row.getID(), row.getRowVersion());
            }
            portfolios.sort(Comparator.comparing(StoredPortfolio::name, String.CASE_INSENSITIVE_ORDER)
                    .thenComparingLong(StoredPortfolio::id));
            return new Attempt<>(List.copyOf(portfolios), versionsNow.entrySet().containsAll(versionsRead.entrySet()));
        });
    }

    @Override
    public Optional<StoredPortfolio> portfolio(long id) {
        return consistently(() -> {
            Optional<PortfolioEntity> row = portfolioRow(id);
            if (row.isEmpty()) {
                return new Attempt<>(Optional.empty(), true);
            }
            StoredPortfolio stored = toStored(row.get(),
                    List.of(ao.find(PortfolioScopeEntity.class, PortfolioScopeEntity.COLUMN_PORTFOLIO + " = ?", id)),
                    List.of(ao.find(PortfolioOwnerEntity.class, PortfolioOwnerEntity.COLUMN_PORTFOLIO + " = ?", id)),
                    List.of(ao.find(CriterionEntity.class, CriterionEntity.COLUMN_PORTFOLIO + " = ? AND "
                            + CriterionEntity.COLUMN_SCENARIO + " = ?", id, BASELINE)),
                    List.of(ao.find(CategoryCapEntity.class, CategoryCapEntity.COLUMN_PORTFOLIO + " = ? AND "
                            + CategoryCapEntity.COLUMN_SCENARIO + " = ?", id, BASELINE)),
                    currentVersion(rankKey(id)));
            boolean unchanged = ao.count(PortfolioEntity.class, "ID = ? AND " + PortfolioEntity.COLUMN_VERSION
                    + " = ?", row.get().getID(), row.get().getRowVersion()) == 1;
            return new Attempt<>(Optional.of(stored), unchanged);
        });
    }

    @Override
    public StoredPortfolio create(PortfolioDefinition definition, Actor by) {
        checkStorable(definition.scoring(), definition.capacity());
        String nameKey = nameKey(definition.name());
        return refusingRaces(0, null, () -> portfolioNameTaken(nameKey, 0), definition.name(), () -> {
            if (portfolioNameTaken(nameKey, 0)) {
                throw new DuplicatePortfolioNameException(definition.name());
            }
            Instant now = now();
            Map<String, Object> values = new HashMap<>();
            putDefinition(values, definition, 1, by, now);
            PortfolioEntity row = ao.create(PortfolioEntity.class, values);
            long id = row.getID();
            createVersion(portfolioKey(id), id, 1);
            createVersion(rankKey(id), id, 0);
            insertDefinitionLists(id, definition);
            append(id, AuditEntry.ofPortfolio(id, now, by.userKey(), AuditAction.PORTFOLIO_CREATED, "", ""));
            return new StoredPortfolio(id, definition, 1, 0, by.userKey(), now);
        });
    }

    @Override
    public StoredPortfolio update(long id, PortfolioDefinition definition, long expectedVersion, Actor by,
            AuditEntry audit) {
        checkAudit(audit, id);
        checkStorable(definition.scoring(), definition.capacity());
        String nameKey = nameKey(definition.name());
        return refusingRaces(expectedVersion, portfolioKey(id), () -> portfolioNameTaken(nameKey, id),
                definition.name(), () -> {
                    long next = advance(portfolioKey(id), id, expectedVersion);
                    if (portfolioNameTaken(nameKey, id)) {
                        throw new DuplicatePortfolioNameException(definition.name());
                    }
                    PortfolioEntity row = portfolioRow(id).orElseThrow(LostRaceException::new);
                    Instant now = now();
                    row.setName(definition.name());
                    row.setNameKey(nameKey);
                    row.setDescription(definition.description());
                    row.setJql(definition.scope().jql());
                    row.setScoringModel(definition.scoring().model().name());
                    row.setCapacityUnit(definition.capacity().unit().name());
                    row.setCapacityAmount(definition.capacity().amount());
                    row.setCapacityPeriod(definition.capacity().period());
                    row.setIntakeProjectKey(definition.intakeProjectKey());
                    row.setRowVersion(next);
                    row.setUpdatedBy(by.userKey());
                    row.setUpdatedAt(Date.from(now));
                    row.save();
                    ao.deleteWithSQL(PortfolioScopeEntity.class, PortfolioScopeEntity.COLUMN_PORTFOLIO + " = ?", id);
                    ao.deleteWithSQL(PortfolioOwnerEntity.class, PortfolioOwnerEntity.COLUMN_PORTFOLIO + " = ?", id);
                    deleteScoring(id, BASELINE);
                    insertDefinitionLists(id, definition);
                    append(id, audit);
                    return new StoredPortfolio(id, definition, next, currentVersion(rankKey(id)), by.userKey(), now);
                });
    }

    @Override
    public void delete(long id, long expectedVersion) {
        refusingRaces(expectedVersion, portfolioKey(id), null, null, () -> {
            Optional<PortfolioVersionEntity> version = versionRow(portfolioKey(id));
            if (version.isEmpty() && expectedVersion == 0) {
                return null;
            }
            deleteVersion(portfolioKey(id), expectedVersion);
            // Taking the rank's version row too refuses every move that has not committed yet.
            Optional<PortfolioVersionEntity> rank = versionRow(rankKey(id));
            if (rank.isPresent()) {
                deleteVersion(rankKey(id), rank.get().getRowVersion());
            }
            ao.deleteWithSQL(PortfolioVersionEntity.class, PortfolioVersionEntity.COLUMN_PORTFOLIO + " = ?", id);
            ao.deleteWithSQL(RankPlacementEntity.class, RankPlacementEntity.COLUMN_PORTFOLIO + " = ?", id);
            ao.deleteWithSQL(PortfolioAuditEntity.class, PortfolioAuditEntity.COLUMN_PORTFOLIO + " = ?", id);
            ao.deleteWithSQL(ScenarioForcingEntity.class, ScenarioForcingEntity.COLUMN_PORTFOLIO + " = ?", id);
            ao.deleteWithSQL(ScenarioEntity.class, ScenarioEntity.COLUMN_PORTFOLIO + " = ?", id);
            ao.deleteWithSQL(IntakeDecisionEntity.class, IntakeDecisionEntity.COLUMN_PORTFOLIO + " = ?", id);
            ao.deleteWithSQL(IntakeInputEntity.class, IntakeInputEntity.COLUMN_PORTFOLIO + " = ?", id);
            ao.deleteWithSQL(IntakeRequestEntity.class, IntakeRequestEntity.COLUMN_PORTFOLIO + " = ?", id);
            ao.deleteWithSQL(CriterionEntity.class, CriterionEntity.COLUMN_PORTFOLIO + " = ?", id);
            ao.deleteWithSQL(CategoryCapEntity.class, CategoryCapEntity.COLUMN_PORTFOLIO + " = ?", id);
            ao.deleteWithSQL(PortfolioOwnerEntity.class, PortfolioOwnerEntity.COLUMN_PORTFOLIO + " = ?", id);
            ao.deleteWithSQL(PortfolioScopeEntity.class, PortfolioScopeEntity.COLUMN_PORTFOLIO + " = ?", id);
            ao.deleteWithSQL(PortfolioEntity.class, "ID = ?", id);
            return null;
        });
    }

    private Optional<PortfolioEntity> portfolioRow(long id) {
        PortfolioEntity[] rows = ao.find(PortfolioEntity.class, "ID = ?", id);
        return rows.length == 0 ? Optional.empty() : Optional.of(rows[0]);
    }

    private boolean portfolioNameTaken(String nameKey, long exceptId) {
        return ao.count(PortfolioEntity.class, PortfolioEntity.COLUMN_NAME_KEY + " = ? AND ID <> ?", nameKey,
                exceptId) > 0;
    }

    private static void putDefinition(Map<String, Object> values, PortfolioDefinition definition, long version,
            Actor by, Instant now) {
        values.put("NAME", definition.name());
        values.put(PortfolioEntity.COLUMN_NAME_KEY, nameKey(definition.name()));
        values.put("DESCRIPTION", definition.description());
        values.put("JQL", definition.scope().jql());
        values.put("SCORING_MODEL", definition.scoring().model().name());
        values.put("CAPACITY_UNIT", definition.capacity().unit().name());
        values.put("CAPACITY_AMOUNT", definition.capacity().amount());
        values.put("CAPACITY_PERIOD", definition.capacity().period());
        values.put("INTAKE_PROJECT_KEY", definition.intakeProjectKey());
        values.put(PortfolioEntity.COLUMN_VERSION, version);
        values.put("UPDATED_BY", by.userKey());
        values.put("UPDATED_AT", Date.from(now));
    }

    private void insertDefinitionLists(long id, PortfolioDefinition definition) {
        for (String projectKey : definition.scope().projectKeys()) {
            ao.create(PortfolioScopeEntity.class, Map.of(PortfolioScopeEntity.COLUMN_PORTFOLIO, id, "SCOPE_KIND",
                    PortfolioScopeEntity.PROJECT, "SCOPE_VALUE", projectKey));
        }
        for (String issueType : definition.scope().issueTypes()) {
            ao.create(PortfolioScopeEntity.class, Map.of(PortfolioScopeEntity.COLUMN_PORTFOLIO, id, "SCOPE_KIND",
                    PortfolioScopeEntity.ISSUE_TYPE, "SCOPE_VALUE", issueType));
        }
        List<String> owners = definition.ownerKeys();
        for (int i = 0; i < owners.size(); i++) {
            ao.create(PortfolioOwnerEntity.class, Map.of(PortfolioOwnerEntity.COLUMN_PORTFOLIO, id, "LIST_INDEX", i,
                    "USER_KEY", owners.get(i)));
        }
        insertScoring(id, BASELINE, definition.scoring());
    }

    private StoredPortfolio toStored(PortfolioEntity row, List<PortfolioScopeEntity> scopeRows,
            List<PortfolioOwnerEntity> ownerRows, List<CriterionEntity> criteria, List<CategoryCapEntity> caps,
            long rankVersion) {
        Set<String> projectKeys = new HashSet<>();
        Set<String> issueTypes = new HashSet<>();
        for (PortfolioScopeEntity scope : scopeRows) {
            (PortfolioScopeEntity.PROJECT.equals(scope.getScopeKind()) ? projectKeys : issueTypes)
                    .add(scope.getScopeValue());
        }
        List<PortfolioOwnerEntity> sortedOwners = new ArrayList<>(ownerRows);
        sortedOwners.sort(Comparator.comparingInt(PortfolioOwnerEntity::getListIndex));
        PortfolioDefinition definition = new PortfolioDefinition(row.getName(), row.getDescription(),
                new PortfolioScope(projectKeys, issueTypes, row.getJql()),
                toScoring(ScoringModelType.valueOf(row.getScoringModel()), criteria, caps),
                new Capacity(CapacityUnit.valueOf(row.getCapacityUnit()), row.getCapacityAmount(),
                        row.getCapacityPeriod()),
                sortedOwners.stream().map(PortfolioOwnerEntity::getUserKey).toList(), row.getIntakeProjectKey());
        return new StoredPortfolio(row.getID(), definition, row.getRowVersion(), rankVersion, row.getUpdatedBy(),
                row.getUpdatedAt().toInstant());
    }

    // --------------------------------------------------------------------------------------- scoring rows

    private void insertScoring(long portfolioId, long scenarioId, ScoringConfiguration scoring) {
        List<Criterion> criteria = scoring.criteria();
        for (int i = 0; i < criteria.size(); i++) {
            Criterion criterion = criteria.get(i);
            Map<String, Object> values = new HashMap<>();
            values.put(CriterionEntity.COLUMN_PORTFOLIO, portfolioId);
            values.put(CriterionEntity.COLUMN_SCENARIO, scenarioId);
            values.put("LIST_INDEX", i);
            values.put("CRITERION_KEY", criterion.id());
            values.put("INPUT_NAME", criterion.input().name());
            values.put("WEIGHT", criterion.weight());
            values.put("DIRECTION", criterion.direction().name());
            ao.create(CriterionEntity.class, values);
        }
        scoring.categoryCapPercent().forEach((category, cap) -> ao.create(CategoryCapEntity.class,
                Map.of(CategoryCapEntity.COLUMN_PORTFOLIO, portfolioId, CategoryCapEntity.COLUMN_SCENARIO, scenarioId,
                        "CATEGORY", category.name(), "CAP_PERCENT", cap)));
    }

    private void deleteScoring(long portfolioId, long scenarioId) {
        ao.deleteWithSQL(CriterionEntity.class, CriterionEntity.COLUMN_PORTFOLIO + " = ? AND "
                + CriterionEntity.COLUMN_SCENARIO + " = ?", portfolioId, scenarioId);
        ao.deleteWithSQL(CategoryCapEntity.class, CategoryCapEntity.COLUMN_PORTFOLIO + " = ? AND "
                + CategoryCapEntity.COLUMN_SCENARIO + " = ?", portfolioId, scenarioId);
    }

    private static ScoringConfiguration toScoring(ScoringModelType model, List<CriterionEntity> criterionRows,
            List<CategoryCapEntity> capRows) {
        List<CriterionEntity> sorted = new ArrayList<>(criterionRows);
        sorted.sort(Comparator.comparingInt(CriterionEntity::getListIndex));
        List<Criterion> criteria = sorted.stream().map(row -> new Criterion(row.getCriterionKey(),
                ScoringInput.valueOf(row.getInputName()), row.getWeight(), Direction.valueOf(row.getDirection())))
                .toList();
        Map<MoscowCategory, Double> caps = new EnumMap<>(MoscowCategory.class);
        for (CategoryCapEntity cap : capRows) {
            caps.put(MoscowCategory.valueOf(cap.getCategory()), cap.getCapPercent());
        }
        return new ScoringConfiguration(model, criteria, caps);
    }

    // -------------------------------------------------------------------------------------------- placements

    @Override
    public Map<Long, RankPlacement> placements(long portfolioId, Set<Long> projectIds) {
        Map<Long, RankPlacement> found = new HashMap<>();
        for (List<Long> chunk : chunks(projectIds)) {
            for (RankPlacementEntity row : ao.find(RankPlacementEntity.class, RankPlacementEntity.COLUMN_PORTFOLIO
                    + " = ? AND " + RankPlacementEntity.COLUMN_PROJECT + " IN " + inList(chunk.size()),
                    parameters(portfolioId, chunk))) {
                found.put(row.getIssueId(), toPlacement(row));
            }
        }
        return found;
    }

    @Override
    public Map<Long, RankPlacement> placementsOf(long portfolioId, Set<Long> issueIds) {
        Map<Long, RankPlacement> found = new HashMap<>();
        for (RankPlacementEntity row : placementRows(portfolioId, issueIds)) {
            found.put(row.getIssueId(), toPlacement(row));
        }
        return found;
    }

    /** Compares the stored bits, so the position matches exactly (see {@link RankPlacementEntity}). */
    @Override
    public Map<Long, RankPlacement> placementsAt(long portfolioId, double position) {
        Map<Long, RankPlacement> found = new HashMap<>();
        for (RankPlacementEntity row : ao.find(RankPlacementEntity.class, RankPlacementEntity.COLUMN_PORTFOLIO
                + " = ? AND " + RankPlacementEntity.COLUMN_POSITION + " = ?", portfolioId,
                Double.doubleToLongBits(position == 0.0 ? 0.0 : position))) {
            found.put(row.getIssueId(), toPlacement(row));
        }
        return found;
    }

    @Override
    public long place(long portfolioId, long issueId, RankPlacement placement, long expectedRankVersion,
            AuditEntry audit) {
        if (placement.issueId() != issueId) {
            throw new IllegalArgumentException("the placement is of issue " + placement.issueId() + ", not " + issueId);
        }
        checkAudit(audit, portfolioId);
        return refusingRaces(expectedRankVersion, rankKey(portfolioId), null, null, () -> {
            long next = advance(rankKey(portfolioId), portfolioId, expectedRankVersion);
            ao.deleteWithSQL(RankPlacementEntity.class, RankPlacementEntity.COLUMN_PORTFOLIO + " = ? AND "
                    + RankPlacementEntity.COLUMN_ISSUE + " = ?", portfolioId, issueId);
            if (placement.moved() || placement.forcing() != Forcing.NONE) {
                Map<String, Object> values = new HashMap<>();
                values.put(RankPlacementEntity.COLUMN_PORTFOLIO, portfolioId);
                values.put(RankPlacementEntity.COLUMN_ISSUE, issueId);
                values.put(RankPlacementEntity.COLUMN_PROJECT, placement.projectId());
                values.put(RankPlacementEntity.COLUMN_POSITION, placement.moved() ? positionBits(placement.key()) : null);
                values.put("TIEBREAK", placement.moved() ? placement.key().tiebreak() : null);
                values.put("FORCING", placement.forcing().name());
                values.put("DECIDED_BY", placement.by());
                values.put("DECIDED_AT", Date.from(placement.at()));
                values.put("REASON", placement.reason());
                ao.create(RankPlacementEntity.class, values);
            }
            append(portfolioId, audit);
            return next;
        });
    }

    @Override
    public long rebalance(long portfolioId, Map<Long, RankKey> keys, long expectedRankVersion, AuditEntry audit) {
        checkAudit(audit, portfolioId);
        return refusingRaces(expectedRankVersion, rankKey(portfolioId), null, null, () -> {
            long next = advance(rankKey(portfolioId), portfolioId, expectedRankVersion);
            Map<Long, RankPlacementEntity> rows = new HashMap<>();
            for (RankPlacementEntity row : placementRows(portfolioId, keys.keySet())) {
                rows.put(row.getIssueId(), row);
            }
            keys.forEach((issueId, key) -> {
                RankPlacementEntity row = rows.get(issueId);
                if (row == null) {
                    throw new IllegalArgumentException("issue " + issueId + " has no placement to rebalance");
                }
                row.setPositionBits(positionBits(key));
                row.setTiebreak(key.tiebreak());
                row.save();
            });
            append(portfolioId, audit);
            return next;
        });
    }

    private List<RankPlacementEntity> placementRows(long portfolioId, Set<Long> issueIds) {
        List<RankPlacementEntity> rows = new ArrayList<>();
        for (List<Long> chunk : chunks(issueIds)) {
            Collections.addAll(rows, ao.find(RankPlacementEntity.class, RankPlacementEntity.COLUMN_PORTFOLIO
                    + " = ? AND " + RankPlacementEntity.COLUMN_ISSUE + " IN " + inList(chunk.size()),
                    parameters(portfolioId, chunk)));
        }
        return rows;
    }

    /** The position's bits: exact for every double, negative infinity included. */
    private static long positionBits(RankKey key) {
        return Double.doubleToLongBits(key.position());
    }

    private static RankPlacement toPlacement(RankPlacementEntity row) {
        RankKey key = row.getTiebreak() == null ? null
                : new RankKey(Double.longBitsToDouble(row.getPositionBits()), row.getTiebreak());
        return new RankPlacement(row.getIssueId(), row.getProjectId(), key, Forcing.valueOf(row.getForcing()),
                row.getDecidedBy(), row.getDecidedAt().toInstant(), row.getReason());
    }

    // ------------------------------------------------------------------------------------------------- audit

    @Override
    public List<AuditEntry> audit(long portfolioId, Set<Long> projectIds, int startAt, int maxResults) {
        if (startAt < 0 || maxResults < 0) {
            throw new IllegalArgumentException("a page starts at 0 or later and holds 0 or more entries");
        }
        if (maxResults == 0) {
            return List.of();
        }
        List<List<Long>> chunks = chunks(projectIds);
        if (chunks.size() <= 1) {
            List<Long> projects = chunks.isEmpty() ? List.of() : chunks.get(0);
            Query query = Query.select().where(auditCriteria(projects.size()), parameters(portfolioId, projects))
                    .order(AUDIT_ORDER).limit(maxResults).offset(startAt);
            return toAudit(List.of(ao.find(PortfolioAuditEntity.class, query)));
        }
        // More projects than one IN list holds: the page is among the newest startAt + maxResults of each part.
        int newest = (int) Math.min(Integer.MAX_VALUE, (long) startAt + maxResults);
        List<PortfolioAuditEntity> candidates = new ArrayList<>();
        Collections.addAll(candidates, ao.find(PortfolioAuditEntity.class, Query.select()
                .where(auditCriteria(0), portfolioId).order(AUDIT_ORDER).limit(newest)));
        for (List<Long> chunk : chunks) {
            Collections.addAll(candidates, ao.find(PortfolioAuditEntity.class, Query.select()
                    .where(PortfolioAuditEntity.COLUMN_PORTFOLIO + " = ? AND " + PortfolioAuditEntity.COLUMN_PROJECT
                            + " IN " + inList(chunk.size()), parameters(portfolioId, chunk))
                    .order(AUDIT_ORDER).limit(newest)));
        }
        candidates.sort(Comparator.comparing(PortfolioAuditEntity::getHappenedAt)
                .thenComparingInt(PortfolioAuditEntity::getID).reversed());
        return toAudit(candidates.stream().skip(startAt).limit(maxResults).toList());
    }

    @Override
    public long auditCount(long portfolioId, Set<Long> projectIds) {
        List<List<Long>> chunks = chunks(projectIds);
        if (chunks.size() <= 1) {
            List<Long> projects = chunks.isEmpty() ? List.of() : chunks.get(0);
            return ao.count(PortfolioAuditEntity.class, auditCriteria(projects.size()),
                    parameters(portfolioId, projects));
        }
        long count = ao.count(PortfolioAuditEntity.class, auditCriteria(0), portfolioId);
        for (List<Long> chunk : chunks) {
            count += ao.count(PortfolioAuditEntity.class, PortfolioAuditEntity.COLUMN_PORTFOLIO + " = ? AND "
                    + PortfolioAuditEntity.COLUMN_PROJECT + " IN " + inList(chunk.size()),
                    parameters(portfolioId, chunk));
        }
        return count;
    }

    /** Entries about the whole portfolio, and about initiatives of as many projects as are bound after it. */
    private static String auditCriteria(int projects) {
        String portfolioWide = PortfolioAuditEntity.COLUMN_PORTFOLIO + " = ? AND ";
        if (projects == 0) {
            return portfolioWide + PortfolioAuditEntity.COLUMN_PROJECT + " IS NULL";
        }
        return portfolioWide + "(" + PortfolioAuditEntity.COLUMN_PROJECT + " IS NULL OR "
                + PortfolioAuditEntity.COLUMN_PROJECT + " IN " + inList(projects) + ")";
    }

    private void append(long portfolioId, AuditEntry entry) {
        Map<String, Object> values = new HashMap<>();
        values.put(PortfolioAuditEntity.COLUMN_PORTFOLIO, portfolioId);
        values.put(PortfolioAuditEntity.COLUMN_AT, Date.from(entry.at()));
        values.put("ACTOR_KEY", entry.actorKey());
        values.put("AUDIT_ACTION", entry.action().name());
        values.put("ISSUE_ID", entry.issueId());
        values.put("ISSUE_KEY", entry.issueKey());
        values.put(PortfolioAuditEntity.COLUMN_PROJECT, entry.projectId());
        values.put("DETAIL", entry.detail());
        values.put("REASON", entry.reason());
        ao.create(PortfolioAuditEntity.class, values);
    }

    private static List<AuditEntry> toAudit(List<PortfolioAuditEntity> rows) {
        return rows.stream().map(row -> new AuditEntry(row.getID(), row.getPortfolioId(),
                row.getHappenedAt().toInstant(), row.getActorKey(), AuditAction.valueOf(row.getAuditAction()),
                row.getIssueId(), row.getIssueKey(), row.getProjectId(), row.getDetail(), row.getReason())).toList();
    }

    private static void checkAudit(AuditEntry audit, long portfolioId) {
        if (audit.portfolioId() != portfolioId) {
            throw new IllegalArgumentException("the audit entry is of portfolio " + audit.portfolioId() + ", not "
                    + portfolioId);
        }
    }

    // --------------------------------------------------------------------------------------------- scenarios

    @Override
    public List<Scenario> scenarios(long portfolioId) {
        return consistently(() -> {
            ScenarioEntity[] rows = ao.find(ScenarioEntity.class, ScenarioEntity.COLUMN_PORTFOLIO + " = ?",
                    portfolioId);
            if (rows.length == 0) {
                return new Attempt<>(List.of(), true);
            }
            Map<Long, List<CriterionEntity>> criteria = groupedBy(ao.find(CriterionEntity.class,
                    CriterionEntity.COLUMN_PORTFOLIO + " = ? AND " + CriterionEntity.COLUMN_SCENARIO + " <> ?",
                    portfolioId, BASELINE), CriterionEntity::getScenarioId);
            Map<Long, List<CategoryCapEntity>> caps = groupedBy(ao.find(CategoryCapEntity.class,
                    CategoryCapEntity.COLUMN_PORTFOLIO + " = ? AND " + CategoryCapEntity.COLUMN_SCENARIO + " <> ?",
                    portfolioId, BASELINE), CategoryCapEntity::getScenarioId);
            Map<Long, List<ScenarioForcingEntity>> forcings = groupedBy(ao.find(ScenarioForcingEntity.class,
                    ScenarioForcingEntity.COLUMN_PORTFOLIO + " = ?", portfolioId),
                    ScenarioForcingEntity::getScenarioId);
            List<Scenario> scenarios = new ArrayList<>();
            Map<Integer, Long> versionsRead = new HashMap<>();
            for (ScenarioEntity row : rows) {
                long id = row.getID();
                scenarios.add(toScenario(row, criteria.getOrDefault(id, List.of()), caps.getOrDefault(id, List.of()),
                        forcings.getOrDefault(id, List.of())));
                versionsRead.put(row.getID(), row.getRowVersion());
            }
            Map<Integer, Long> versionsNow = new HashMap<>();
            for (ScenarioEntity row : ao.find(ScenarioEntity.class, ScenarioEntity.COLUMN_PORTFOLIO + " = ?",
                    portfolioId)) {
                versionsNow.put(row.getID(), row.getRowVersion());
            }
            scenarios.sort(Comparator.comparing(Scenario::name, String.CASE_INSENSITIVE_ORDER)
                    .thenComparingLong(Scenario::id));
            return new Attempt<>(List.copyOf(scenarios), versionsNow.entrySet().containsAll(versionsRead.entrySet()));
        });
    }

    @Override
    public Optional<Scenario> scenario(long portfolioId, long scenarioId) {
        return consistently(() -> {
            Optional<ScenarioEntity> row = scenarioRow(portfolioId, scenarioId);
            if (row.isEmpty()) {
                return new Attempt<>(Optional.empty(), true);
            }
            Scenario scenario = toScenario(row.get(), List.of(ao.find(CriterionEntity.class,
                    CriterionEntity.COLUMN_SCENARIO + " = ?", scenarioId)),
                    List.of(ao.find(CategoryCapEntity.class, CategoryCapEntity.COLUMN_SCENARIO + " = ?", scenarioId)),
                    List.of(ao.find(ScenarioForcingEntity.class, ScenarioForcingEntity.COLUMN_SCENARIO + " = ?",
                            scenarioId)));
            boolean unchanged = ao.count(ScenarioEntity.class, "ID = ? AND ROW_VERSION = ?", row.get().getID(),
                    row.get().getRowVersion()) == 1;
            return new Attempt<>(Optional.of(scenario), unchanged);
        });
    }

    @Override
    public Scenario saveScenario(Scenario scenario, long expectedVersion) {
        checkStorable(scenario.scoring(), scenario.capacity());
        long portfolioId = scenario.portfolioId();
        String nameKey = scenarioNameKey(portfolioId, scenario.name());
        BooleanSupplier nameTaken = () -> ao.count(ScenarioEntity.class, ScenarioEntity.COLUMN_NAME_KEY
                + " = ? AND ID <> ?", nameKey, scenario.id()) > 0;
        if (scenario.id() == 0) {
            if (expectedVersion != 0) {
                throw new StaleVersionException(expectedVersion, 0);
            }
            return refusingRaces(0, null, nameTaken, scenario.name(), () -> {
                if (portfolioRow(portfolioId).isEmpty()) {
                    throw new IllegalArgumentException("no portfolio " + portfolioId);
                }
                if (nameTaken.getAsBoolean()) {
                    throw new DuplicatePortfolioNameException(scenario.name());
                }
                Map<String, Object> values = new HashMap<>();
                values.put(ScenarioEntity.COLUMN_PORTFOLIO, portfolioId);
                values.put("CREATED_BY", scenario.createdBy());
                values.put("CREATED_AT", Date.from(scenario.createdAt()));
                putScenario(values, scenario, nameKey, 1);
                ScenarioEntity row = ao.create(ScenarioEntity.class, values);
                long id = row.getID();
                createVersion(scenarioKey(id), portfolioId, 1);
                insertScenarioLists(portfolioId, id, scenario);
                return withIdAndVersion(scenario, id, 1, scenario.createdBy(), scenario.createdAt());
            });
        }
        long id = scenario.id();
        return refusingRaces(expectedVersion, scenarioKey(id), nameTaken, scenario.name(), () -> {
            ScenarioEntity row = scenarioRow(portfolioId, id)
                    .orElseThrow(() -> new StaleVersionException(expectedVersion, 0));
            long next = advance(scenarioKey(id), portfolioId, expectedVersion);
            if (nameTaken.getAsBoolean()) {
                throw new DuplicatePortfolioNameException(scenario.name());
            }
            Map<String, Object> values = new HashMap<>();
            putScenario(values, scenario, nameKey, next);
            row.setName((String) values.get("NAME"));
            row.setNameKey(nameKey);
            row.setScoringModel((String) values.get("SCORING_MODEL"));
            row.setCapacityUnit((String) values.get("CAPACITY_UNIT"));
            row.setCapacityAmount((Double) values.get("CAPACITY_AMOUNT"));
            row.setCapacityPeriod((String) values.get("CAPACITY_PERIOD"));
            row.setRowVersion(next);
            row.save();
            deleteScoring(portfolioId, id);
            ao.deleteWithSQL(ScenarioForcingEntity.class, ScenarioForcingEntity.COLUMN_SCENARIO + " = ?", id);
            insertScenarioLists(portfolioId, id, scenario);
            return withIdAndVersion(scenario, id, next, row.getCreatedBy(), row.getCreatedAt().toInstant());
        });
    }

    @Override
    public void deleteScenario(long portfolioId, long scenarioId, long expectedVersion) {
        refusingRaces(expectedVersion, scenarioKey(scenarioId), null, null, () -> {
            Optional<ScenarioEntity> row = scenarioRow(portfolioId, scenarioId);
            if (row.isEmpty()) {
                if (expectedVersion == 0) {
                    return null;
                }
                throw new StaleVersionException(expectedVersion, 0);
            }
            deleteVersion(scenarioKey(scenarioId), expectedVersion);
            deleteScoring(portfolioId, scenarioId);
            ao.deleteWithSQL(ScenarioForcingEntity.class, ScenarioForcingEntity.COLUMN_SCENARIO + " = ?", scenarioId);
            ao.deleteWithSQL(ScenarioEntity.class, "ID = ?", scenarioId);
            return null;
        });
    }

    private Optional<ScenarioEntity> scenarioRow(long portfolioId, long scenarioId) {
        ScenarioEntity[] rows = ao.find(ScenarioEntity.class, "ID = ? AND " + ScenarioEntity.COLUMN_PORTFOLIO + " = ?",
                scenarioId, portfolioId);
        return rows.length == 0 ? Optional.empty() : Optional.of(rows[0]);
    }

    private static void putScenario(Map<String, Object> values, Scenario scenario, String nameKey, long version) {
        values.put("NAME", scenario.name());
        values.put(ScenarioEntity.COLUMN_NAME_KEY, nameKey);
        values.put("SCORING_MODEL", scenario.scoring() == null ? null : scenario.scoring().model().name());
        Capacity capacity = scenario.capacity();
        values.put("CAPACITY_UNIT", capacity == null ? null : capacity.unit().name());
        values.put("CAPACITY_AMOUNT", capacity == null ? null : capacity.amount());
        values.put("CAPACITY_PERIOD", capacity == null ? null : capacity.period());
        values.put("ROW_VERSION", version);
    }

    private void insertScenarioLists(long portfolioId, long scenarioId, Scenario scenario) {
        if (scenario.scoring() != null) {
            insertScoring(portfolioId, scenarioId, scenario.scoring());
        }
        scenario.forcings().forEach((issueId, forcing) -> ao.create(ScenarioForcingEntity.class,
                Map.of(ScenarioForcingEntity.COLUMN_PORTFOLIO, portfolioId, ScenarioForcingEntity.COLUMN_SCENARIO,
                        scenarioId, "ISSUE_ID", issueId, "FORCING", forcing.name())));
    }

    private static Scenario toScenario(ScenarioEntity row, List<CriterionEntity> criteria,
            List<CategoryCapEntity> caps, List<ScenarioForcingEntity> forcingRows) {
        ScoringConfiguration scoring = row.getScoringModel() == null ? null
                : toScoring(ScoringModelType.valueOf(row.getScoringModel()), criteria, caps);
        Capacity capacity = row.getCapacityUnit() == null ? null : new Capacity(
                CapacityUnit.valueOf(row.getCapacityUnit()), row.getCapacityAmount(), row.getCapacityPeriod());
        Map<Long, Forcing> forcings = new HashMap<>();
        for (ScenarioForcingEntity forcing : forcingRows) {
            forcings.put(forcing.getIssueId(), Forcing.valueOf(forcing.getForcing()));
        }
        return new Scenario(row.getID(), row.getPortfolioId(), row.getName(), scoring, capacity, forcings,
                row.getRowVersion(), row.getCreatedBy(), row.getCreatedAt().toInstant());
    }

    private static Scenario withIdAndVersion(Scenario scenario, long id, long version, String createdBy,
            Instant createdAt) {
        return new Scenario(id, scenario.portfolioId(), scenario.name(), scenario.scoring(), scenario.capacity(),
                scenario.forcings(), version, createdBy, createdAt);
    }

    // ------------------------------------------------------------------------------------------------ intake

    @Override
    public List<IntakeRequest> intakeRequests(long portfolioId, Set<IntakeState> states) {
        if (states.isEmpty()) {
            return List.of();
        }
        List<Object> parameters = new ArrayList<>();
        parameters.add(portfolioId);
        states.stream().map(IntakeState::name).sorted().forEach(parameters::add);
        return consistently(() -> {
            IntakeRequestEntity[] rows = ao.find(IntakeRequestEntity.class, Query.select()
                    .where(IntakeRequestEntity.COLUMN_PORTFOLIO + " = ? AND " + IntakeRequestEntity.COLUMN_STATE
                            + " IN " + inList(states.size()), parameters.toArray())
                    .order(INTAKE_ORDER));
            if (rows.length == 0) {
                return new Attempt<>(List.of(), true);
            }
            Set<Long> ids = new HashSet<>();
            Map<Integer, Long> versionsRead = new HashMap<>();
            for (IntakeRequestEntity row : rows) {
                ids.add((long) row.getID());
                versionsRead.put(row.getID(), row.getRowVersion());
            }
            Map<Long, List<IntakeInputEntity>> inputs = new HashMap<>();
            Map<Long, List<IntakeDecisionEntity>> decisions = new HashMap<>();
            Map<Integer, Long> versionsNow = new HashMap<>();
            for (List<Long> chunk : chunks(ids)) {
                Object[] chunkIds = chunk.toArray();
                for (IntakeInputEntity input : ao.find(IntakeInputEntity.class, IntakeInputEntity.COLUMN_REQUEST
                        + " IN " + inList(chunk.size()), chunkIds)) {
                    inputs.computeIfAbsent(input.getRequestId(), id -> new ArrayList<>()).add(input);
                }
                for (IntakeDecisionEntity decision : ao.find(IntakeDecisionEntity.class,
                        IntakeDecisionEntity.COLUMN_REQUEST + " IN " + inList(chunk.size()), chunkIds)) {
                    decisions.computeIfAbsent(decision.getRequestId(), id -> new ArrayList<>()).add(decision);
                }
                for (IntakeRequestEntity row : ao.find(IntakeRequestEntity.class, "ID IN " + inList(chunk.size()),
                        chunkIds)) {
                    versionsNow.put(row.getID(), row.getRowVersion());
                }
            }
            List<IntakeRequest> requests = new ArrayList<>();
            for (IntakeRequestEntity row : rows) {
                long id = row.getID();
                requests.add(toIntake(row, inputs.getOrDefault(id, List.of()), decisions.getOrDefault(id, List.of())));
            }
            return new Attempt<>(List.copyOf(requests), versionsNow.equals(versionsRead));
        });
    }

    @Override
    public Optional<IntakeRequest> intakeRequest(long portfolioId, long requestId) {
        return consistently(() -> {
            Optional<IntakeRequestEntity> row = intakeRow(portfolioId, requestId);
            if (row.isEmpty()) {
                return new Attempt<>(Optional.empty(), true);
            }
            IntakeRequest request = loadIntake(row.get());
            boolean unchanged = ao.count(IntakeRequestEntity.class, "ID = ? AND ROW_VERSION = ?", row.get().getID(),
                    row.get().getRowVersion()) == 1;
            return new Attempt<>(Optional.of(request), unchanged);
        });
    }

    @Override
    public IntakeRequest createIntakeRequest(IntakeRequest request) {
        request.inputs().asMap().forEach((input, value) -> checkStorable(input.name(), value));
        long portfolioId = request.portfolioId();
        return refusingRaces(0, null, null, null, () -> {
            if (portfolioRow(portfolioId).isEmpty()) {
                throw new IllegalArgumentException("no portfolio " + portfolioId);
            }
            Map<String, Object> values = new HashMap<>();
            values.put(IntakeRequestEntity.COLUMN_PORTFOLIO, portfolioId);
            values.put("TITLE", request.title());
            values.put("BUSINESS_CASE", request.businessCase());
            values.put("SPONSOR", request.sponsor());
            values.put(IntakeRequestEntity.COLUMN_STATE, request.state().name());
            values.put("REQUESTED_BY", request.requestedBy());
            values.put("REQUESTED_AT", Date.from(request.requestedAt()));
            values.put("ROW_VERSION", 1L);
            values.put("ISSUE_KEY", request.issueKey());
            IntakeRequestEntity row = ao.create(IntakeRequestEntity.class, values);
            long id = row.getID();
            createVersion(intakeKey(id), portfolioId, 1);
            request.inputs().asMap().forEach((input, value) -> ao.create(IntakeInputEntity.class,
                    Map.of(IntakeInputEntity.COLUMN_PORTFOLIO, portfolioId, IntakeInputEntity.COLUMN_REQUEST, id,
                            "INPUT_NAME", input.name(), "INPUT_VALUE", value)));
            for (int i = 0; i < request.decisions().size(); i++) {
                insertDecision(portfolioId, id, i, request.decisions().get(i));
            }
            return new IntakeRequest(id, portfolioId, request.title(), request.businessCase(), request.sponsor(),
                    request.inputs(), request.state(), request.requestedBy(), request.requestedAt(), 1,
                    request.decisions(), request.issueKey());
        });
    }

    @Override
    public IntakeRequest decideIntakeRequest(long portfolioId, long requestId, IntakeDecision decision,
            String issueKey, long expectedVersion, AuditEntry audit) {
        checkAudit(audit, portfolioId);
        return refusingRaces(expectedVersion, intakeKey(requestId), null, null, () -> {
            IntakeRequestEntity row = intakeRow(portfolioId, requestId)
                    .orElseThrow(() -> new StaleVersionException(expectedVersion, 0));
            long next = advance(intakeKey(requestId), portfolioId, expectedVersion);
            int position = ao.count(IntakeDecisionEntity.class, IntakeDecisionEntity.COLUMN_REQUEST + " = ?",
                    requestId);
            insertDecision(portfolioId, requestId, position, decision);
            row.setIntakeState(decision.outcome().name());
            if (decision.outcome() == IntakeState.ACCEPTED) {
                row.setIssueKey(issueKey);
            }
            row.setRowVersion(next);
            row.save();
            append(portfolioId, audit);
            return loadIntake(row);
        });
    }

    @Override
    public IntakeRequest linkIntakeIssue(long portfolioId, long requestId, String issueKey, long expectedVersion) {
        return refusingRaces(expectedVersion, intakeKey(requestId), null, null, () -> {
            IntakeRequestEntity row = intakeRow(portfolioId, requestId)
                    .orElseThrow(() -> new StaleVersionException(expectedVersion, 0));
            long next = advance(intakeKey(requestId), portfolioId, expectedVersion);
            row.setIssueKey(issueKey);
            row.setRowVersion(next);
            row.save();
            return loadIntake(row);
        });
    }

    private Optional<IntakeRequestEntity> intakeRow(long portfolioId, long requestId) {
        IntakeRequestEntity[] rows = ao.find(IntakeRequestEntity.class, "ID = ? AND "
                + IntakeRequestEntity.COLUMN_PORTFOLIO + " = ?", requestId, portfolioId);
        return rows.length == 0 ? Optional.empty() : Optional.of(rows[0]);
    }

    private IntakeRequest loadIntake(IntakeRequestEntity row) {
        return toIntake(row, List.of(ao.find(IntakeInputEntity.class, IntakeInputEntity.COLUMN_REQUEST + " = ?",
                row.getID())), List.of(ao.find(IntakeDecisionEntity.class, IntakeDecisionEntity.COLUMN_REQUEST
                        + " = ?", row.getID())));
    }

    private void insertDecision(long portfolioId, long requestId, int position, IntakeDecision decision) {
        Map<String, Object> values = new HashMap<>();
        values.put(IntakeDecisionEntity.COLUMN_PORTFOLIO, portfolioId);
        values.put(IntakeDecisionEntity.COLUMN_REQUEST, requestId);
        values.put("LIST_INDEX", position);
        values.put("OUTCOME", decision.outcome().name());
        values.put("DECIDED_BY", decision.by());
        values.put("DECIDED_AT", Date.from(decision.at()));
        values.put("REASON", decision.reason());
        ao.create(IntakeDecisionEntity.class, values);
    }

    private static IntakeRequest toIntake(IntakeRequestEntity row, List<IntakeInputEntity> inputRows,
            List<IntakeDecisionEntity> decisionRows) {
        Map<ScoringInput, Double> inputs = new EnumMap<>(ScoringInput.class);
        for (IntakeInputEntity input : inputRows) {
            inputs.put(ScoringInput.valueOf(input.getInputName()), input.getInputValue());
        }
        List<IntakeDecisionEntity> sorted = new ArrayList<>(decisionRows);
        sorted.sort(Comparator.comparingInt(IntakeDecisionEntity::getListIndex));
        List<IntakeDecision> decisions = sorted.stream().map(decision -> new IntakeDecision(
                IntakeState.valueOf(decision.getOutcome()), decision.getDecidedBy(),
                decision.getDecidedAt().toInstant(), decision.getReason())).toList();
        return new IntakeRequest(row.getID(), row.getPortfolioId(), row.getTitle(), row.getBusinessCase(),
                row.getSponsor(), ScoringInputs.of(inputs), IntakeState.valueOf(row.getIntakeState()),
                row.getRequestedBy(), row.getRequestedAt().toInstant(), row.getRowVersion(), decisions,
                row.getIssueKey());
    }

    /** Refuses, before any write, the numbers Active Objects would refuse in the middle of one. */
    private static void checkStorable(ScoringConfiguration scoring, Capacity capacity) {
        if (scoring != null) {
            scoring.criteria().forEach(criterion -> checkStorable("the weight of " + criterion.id(),
                    criterion.weight()));
            scoring.categoryCapPercent().forEach((category, cap) -> checkStorable("the cap of " + category, cap));
        }
        if (capacity != null) {
            checkStorable("the capacity", capacity.amount());
        }
    }

    private static void checkStorable(String what, double value) {
        if (!(Math.abs(value) <= MAX_DOUBLE)) {
            throw new IllegalArgumentException(what + " is beyond what Active Objects stores: " + value);
        }
    }

    // ------------------------------------------------------------------------------------- versions and races

    static String portfolioKey(long portfolioId) {
        return "PORTFOLIO:" + portfolioId;
    }

    static String rankKey(long portfolioId) {
        return RANK_PREFIX + portfolioId;
    }

    static String scenarioKey(long scenarioId) {
        return "SCENARIO:" + scenarioId;
    }

    static String intakeKey(long requestId) {
        return "INTAKE:" + requestId;
    }

    private Optional<PortfolioVersionEntity> versionRow(String key) {
        PortfolioVersionEntity[] rows = ao.find(PortfolioVersionEntity.class, PortfolioVersionEntity.COLUMN_KEY
                + " = ?", key);
        return rows.length == 0 ? Optional.empty() : Optional.of(rows[0]);
    }

    private long currentVersion(String key) {
        return versionRow(key).map(PortfolioVersionEntity::getRowVersion).orElse(0L);
    }

    private void createVersion(String key, long portfolioId, long version) {
        ao.create(PortfolioVersionEntity.class, Map.of(PortfolioVersionEntity.COLUMN_KEY, key,
                PortfolioVersionEntity.COLUMN_PORTFOLIO, portfolioId, PortfolioVersionEntity.COLUMN_VERSION, version));
    }

    /**
     * Compares and sets a version inside a write's transaction: refuses the write when the stored version is not
     * {@code expected}, else replaces the version row with the next version.
     *
     * @return the next version
     */
    private long advance(String key, long portfolioId, long expected) {
        deleteVersion(key, expected);
        createVersion(key, portfolioId, expected + 1);
        return expected + 1;
    }

    /** Deletes the version row on the condition that it holds {@code expected}; refuses the write when it does not. */
    private void deleteVersion(String key, long expected) {
        Optional<PortfolioVersionEntity> row = versionRow(key);
        long current = row.map(PortfolioVersionEntity::getRowVersion).orElse(0L);
        if (row.isEmpty() || current != expected) {
            throw new StaleVersionException(expected, current);
        }
        int deleted = ao.deleteWithSQL(PortfolioVersionEntity.class, PortfolioVersionEntity.COLUMN_KEY + " = ? AND "
                + PortfolioVersionEntity.COLUMN_VERSION + " = ?", key, expected);
        if (deleted != 1) {
            throw new LostRaceException();
        }
    }

    /**
     * Runs a write in one transaction. A database refusal inside it means another writer won, and this write was
     * rolled back whole: a unique key taken by a concurrent write (SQL state class 23), which is a duplicate name
     * when {@code nameTaken} now says so and else a lost race, or a deadlock or serialisation conflict the database
     * broke (class 40). A lost race is refused as stale, with the version now stored under {@code versionKey}.
     */
    private <T> T refusingRaces(long expectedVersion, String versionKey, BooleanSupplier nameTaken, String name,
            TransactionCallback<T> write) {
        try {
            return ao.executeInTransaction(write);
        } catch (LostRaceException e) {
            throw stale(expectedVersion, versionKey);
        } catch (StaleVersionException | DuplicatePortfolioNameException | IllegalArgumentException e) {
            throw e;
        } catch (RuntimeException e) {
            if (!isLostRace(e)) {
                throw e;
            }
            if (nameTaken != null && nameTaken.getAsBoolean()) {
                throw new DuplicatePortfolioNameException(name);
            }
            throw stale(expectedVersion, versionKey);
        }
    }

    private StaleVersionException stale(long expectedVersion, String versionKey) {
        return new StaleVersionException(expectedVersion, versionKey == null ? 0 : currentVersion(versionKey));
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

    /** Another writer changed the version row between this write's read and its conditional delete. */
    private static final class LostRaceException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        LostRaceException() {
            super(null, null, false, false);
        }
    }

    // ------------------------------------------------------------------------------------------------ reads

    /** One read of a record and its children, and whether the record's rows were still the stored ones after. */
    private record Attempt<T>(T result, boolean unchanged) {
    }

    /**
     * Reads until a read's rows were not replaced while it read their children. A read that found children of
     * another version than its row's may not even build (a scope without projects): that read is repeated too.
     */
    private static <T> T consistently(Supplier<Attempt<T>> read) {
        for (int attempt = 1; ; attempt++) {
            try {
                Attempt<T> result = read.get();
                if (result.unchanged() || attempt == MAX_READ_ATTEMPTS) {
                    return result.result();
                }
            } catch (IllegalArgumentException partial) {
                if (attempt == MAX_READ_ATTEMPTS) {
                    throw partial;
                }
            }
        }
    }

    /** The ids split into lists of at most {@value #MAX_IN_LIST}, in ascending order. */
    static List<List<Long>> chunks(Collection<Long> ids) {
        List<Long> sorted = ids.stream().sorted().toList();
        List<List<Long>> chunks = new ArrayList<>();
        for (int from = 0; from < sorted.size(); from += MAX_IN_LIST) {
            chunks.add(sorted.subList(from, Math.min(sorted.size(), from + MAX_IN_LIST)));
        }
        return chunks;
    }

    /** {@code (?, ?, ?)} with as many parameters as given. */
    static String inList(int parameters) {
        return "(" + String.join(", ", Collections.nCopies(parameters, "?")) + ")";
    }

    private static Object[] parameters(long portfolioId, List<Long> values) {
        Object[] parameters = new Object[values.size() + 1];
        parameters[0] = portfolioId;
        for (int i = 0; i < values.size(); i++) {
            parameters[i + 1] = values.get(i);
        }
        return parameters;
    }

    /** The rows by the id of what they belong to, each list in the order read. */
    private static <E> Map<Long, List<E>> groupedBy(E[] rows, ToLongFunction<E> owner) {
        Map<Long, List<E>> grouped = new LinkedHashMap<>();
        for (E row : rows) {
            grouped.computeIfAbsent(owner.applyAsLong(row), id -> new ArrayList<>()).add(row);
        }
        return grouped;
    }

    /** A name folded to one case as {@link String#equalsIgnoreCase} compares, code point by code point. */
    static String nameKey(String name) {
        StringBuilder folded = new StringBuilder(name.length());
        name.codePoints().map(c -> Character.toLowerCase(Character.toUpperCase(c))).forEach(folded::appendCodePoint);
        return folded.toString();
    }

    static String scenarioNameKey(long portfolioId, String name) {
        return portfolioId + ":" + nameKey(name);
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }
}
