package org.pmosuite.sandbox.data;

import static org.pmosuite.sandbox.data.BrowsePermission.placeholders;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.pmosuite.core.common.Actor;
import org.pmosuite.core.common.IssueScope;
import org.pmosuite.core.raid.NeedsAttentionPolicies;
import org.pmosuite.core.raid.RaidEntry;
import org.pmosuite.core.raid.RaidLog;
import org.pmosuite.core.raid.RaidLogGroup;
import org.pmosuite.core.raid.RaidLogGrouping;
import org.pmosuite.core.raid.RaidLogPage;
import org.pmosuite.core.raid.RaidLogQuery;
import org.pmosuite.core.raid.RaidLogSort;
import org.pmosuite.core.raid.RaidType;
import org.pmosuite.core.raid.RatingCell;
import org.pmosuite.core.raid.RiskMatrix;
import org.pmosuite.core.raid.RoamStatus;
import org.pmosuite.core.raid.ScoreBand;
import org.pmosuite.core.raid.SortOrder;

/**
 * {@link RaidLog} answered by H2: filters, "needs attention", bands, order and paging all in SQL over the entries the
 * actor may see (project browse and issue security), counted by the database; no entry beyond the page is loaded.
 * The needs-attention predicate is {@link NeedsAttentionPolicies} in SQL, and {@code RaidLogContract} holds the two
 * to the same answers. A depended-on issue counts as resolved only when the actor may see it and it is Done.
 */
public final class JdbcRaidLog implements RaidLog {

    private static final String FROM = """
            FROM issue i JOIN project p ON p.id = i.project_id
            LEFT JOIN sandbox_user o ON o.user_key = i.owner_user_key
            LEFT JOIN issue d ON d.id = i.depends_on_issue_id
            LEFT JOIN project dp ON dp.id = d.project_id
            """;
    /** Enough for counting: the issue, and what it depends on when a filter or rule reads that. */
    private static final String COUNT_FROM = "FROM issue i ";
    private static final String COUNT_FROM_WITH_DEPENDENCY = "FROM issue i LEFT JOIN issue d ON d.id = "
            + "i.depends_on_issue_id LEFT JOIN project dp ON dp.id = d.project_id ";
    private static final String DEPENDED_ON_VISIBLE = "(d.id IS NOT NULL AND "
            + BrowsePermission.canSeeIssue("d", "dp") + ")";

    /** The columns of an entry; its first placeholders are the actor's key, for the depended-on issue's visibility. */
    private static final String SELECT = "SELECT p.pkey, i.issue_num, i.summary, i.raid_type, i.probability, "
            + "i.impact, i.owner_user_key, o.display_name, i.roam_status, i.response_plan, i.proximity_date, "
            + "i.review_date, i.validate_by, dp.pkey, d.issue_num, "
            + "CASE WHEN " + DEPENDED_ON_VISIBLE + " THEN d.status_category = 'done' END, i.need_by, "
            + "i.status_category <> 'done', i.status, i.updated ";

    private static final int FETCH_SIZE = 1000;
    private static final int BATCH = 500;

    private final SandboxDatabase database;

    public JdbcRaidLog(SandboxDatabase database) {
        this.database = database;
    }

    @Override
    public RaidLogPage page(Actor actor, IssueScope scope, RaidLogQuery query, RiskMatrix matrix, LocalDate today) {
        if (scope.projectKeys().isEmpty()) {
            return RaidLogPage.empty(query.startAt(), query.maxResults());
        }
        try (Connection connection = database.connection()) {
            Where where = where(connection, actor, scope, query, matrix, today);
            if (query.sort() == RaidLogSort.SCORE && query.group() == null) {
                return byScore(connection, actor, where, query, matrix);
            }
            long total;
            try (PreparedStatement count = connection.prepareStatement("SELECT COUNT(*) " + countFrom(query)
                    + where.sql())) {
                where.bind(count, 1);
                try (ResultSet rows = count.executeQuery()) {
                    rows.next();
                    total = rows.getLong(1);
                }
            }
            List<Long> ids = ids(connection, where, query, " LIMIT ? OFFSET ?", query.maxResults(),
                    query.startAt());
            List<RaidEntry> entries = new ArrayList<>(ids.size());
            entries(connection, actor, ids, entries::add);
            return new RaidLogPage(entries, total, query.startAt(), query.maxResults());
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the RAID log for " + actor.userKey(), e);
        }
    }

    /**
     * A page in score order, the log's default, without sorting every match: one count per score (a score has at most
     * 25 values), then the page's rows from the scores it spans only, each through the index on the score and in key
     * order. The total is the sum of the counts. Unscored entries come last in either direction, as a sort puts them.
     */
    private static RaidLogPage byScore(Connection connection, Actor actor, Where where, RaidLogQuery query,
            RiskMatrix matrix) throws SQLException {
        Map<Integer, Long> perScore = new HashMap<>();
        long unscored = 0;
        for (Map.Entry<RatingCell, Long> cell : ratingCounts(connection, where, query, matrix).entrySet()) {
            if (cell.getKey() == null) {
                unscored += cell.getValue();
            } else {
                perScore.merge(cell.getKey().probability() * cell.getKey().impact(), cell.getValue(), Long::sum);
            }
        }
        long total = unscored + perScore.values().stream().mapToLong(Long::longValue).sum();
        List<Integer> scores = new ArrayList<>(perScore.keySet());
        scores.sort(query.order() == SortOrder.ASC ? Comparator.naturalOrder() : Comparator.reverseOrder());
        scores.add(null);
        List<Long> ids = new ArrayList<>();
        long skip = query.startAt();
        for (Integer score : scores) {
            long inBucket = score == null ? unscored : perScore.get(score);
            if (ids.size() >= query.maxResults()) {
                break;
            }
            if (skip >= inBucket) {
                skip -= inBucket;
                continue;
            }
            String sql = "SELECT i.id " + idFrom(query) + where.sql()
                    + (score == null ? " AND i.raid_score IS NULL" : " AND i.raid_score = ?")
                    + " ORDER BY p.pkey, i.issue_num LIMIT ? OFFSET ?";
            try (PreparedStatement select = connection.prepareStatement(sql)) {
                int index = where.bind(select, 1);
                if (score != null) {
                    select.setInt(index++, score);
                }
                select.setLong(index++, query.maxResults() - ids.size());
                select.setLong(index, skip);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        ids.add(rows.getLong(1));
                    }
                }
            }
            skip = 0;
        }
        List<RaidEntry> entries = new ArrayList<>(ids.size());
        entries(connection, actor, ids, entries::add);
        return new RaidLogPage(entries, total, query.startAt(), query.maxResults());
    }

    /**
     * How many matching entries have each pair of ratings (null: not fully rated). For the log's common queries (open
     * entries, filtered at most by type, band and cell) from the counts {@code raid_open_cell} keeps, a few thousand
     * rows; otherwise counted from the issues through the index of open entries.
     */
    private static Map<RatingCell, Long> ratingCounts(Connection connection, Where where, RaidLogQuery query,
            RiskMatrix matrix) throws SQLException {
        boolean kept = query.openOnly() && !query.filtersByRoam() && query.ownerKeys().isEmpty()
                && query.dependsOn().isEmpty() && query.needsAttention() == null && where.visible != null;
        Map<RatingCell, Long> counts = new HashMap<>();
        String sql;
        List<Object> parameters;
        if (kept) {
            parameters = new ArrayList<>();
            StringBuilder cells = new StringBuilder("SELECT c.probability, c.impact, SUM(c.entries) FROM "
                    + "raid_open_cell c WHERE ").append(where.visible.cellCondition(parameters));
            if (!query.types().isEmpty()) {
                cells.append(" AND c.raid_type IN (").append(placeholders(query.types().size())).append(')');
                query.types().forEach(type -> parameters.add(type.name()));
            }
            sql = cells.append(" GROUP BY c.probability, c.impact").toString();
        } else {
            parameters = where.parameters;
            sql = "SELECT COALESCE(i.probability, 0), COALESCE(i.impact, 0), COUNT(*) " + countFrom(query)
                    + where.sql() + " GROUP BY COALESCE(i.probability, 0), COALESCE(i.impact, 0)";
        }
        try (PreparedStatement count = connection.prepareStatement(sql)) {
            int index = 1;
            for (Object parameter : parameters) {
                count.setObject(index++, parameter);
            }
            try (ResultSet rows = count.executeQuery()) {
                while (rows.next()) {
                    int probability = rows.getInt(1);
                    int impact = rows.getInt(2);
                    long entries = rows.getLong(3);
                    RatingCell cell = probability > 0 && impact > 0 ? new RatingCell(probability, impact) : null;
                    if (entries > 0 && (!kept || keptCellMatches(cell, query, matrix))) {
                        counts.merge(cell, entries, Long::sum);
                    }
                }
            }
        }
        return counts;
    }

    /** The band and cell filters, on a cell of kept counts (the SQL of the issues applies them itself). */
    private static boolean keptCellMatches(RatingCell cell, RaidLogQuery query, RiskMatrix matrix) {
        if (query.cell() != null && !query.cell().equals(cell)) {
            return false;
        }
        if (!query.bands().isEmpty()) {
            if (cell == null || !matrix.size().contains(cell.probability()) || !matrix.size().contains(cell.impact())) {
                return false;
            }
            return query.bands().contains(matrix.bandOf(cell.probability() * cell.impact()).key());
        }
        return true;
    }

    /**
     * In two steps, as a page: the ids of every matching entry in order (a few bytes each), then the entries, a
     * batch at a time. Memory grows by the ids only, however long the rows' texts are, and the store is read in one
     * pass with no offsets.
     */
    @Override
    public void forEach(Actor actor, IssueScope scope, RaidLogQuery query, RiskMatrix matrix, LocalDate today,
            Consumer<RaidEntry> sink) {
        if (scope.projectKeys().isEmpty()) {
            return;
        }
        try (Connection connection = database.connection()) {
            Where where = where(connection, actor, scope, query, matrix, today);
            entries(connection, actor, ids(connection, where, query, ""), sink);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the RAID log for " + actor.userKey(), e);
        }
    }

    /**
     * The ids of the matching entries in the log's order. Only what the filters and the order read is joined, and
     * nothing but the id is selected: H2 computes the select list for every row before it sorts, so the entries'
     * columns (and the depended-on issue's visibility) are read afterwards, for the rows kept only.
     */
    private static List<Long> ids(Connection connection, Where where, RaidLogQuery query, String limit,
            Object... limits) throws SQLException {
        String sql = "SELECT i.id " + idFrom(query) + where.sql() + orderBy(query) + limit;
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            select.setFetchSize(FETCH_SIZE);
            int index = where.bind(select, 1);
            for (Object value : limits) {
                select.setObject(index++, value);
            }
            List<Long> ids = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getLong(1));
                }
            }
            return ids;
        }
    }

    /** The entries of these ids, handed over in the ids' order, read {@value #BATCH} at a time. */
    private static void entries(Connection connection, Actor actor, List<Long> ids, Consumer<RaidEntry> sink)
            throws SQLException {
        for (int from = 0; from < ids.size(); from += BATCH) {
            List<Long> batch = ids.subList(from, Math.min(from + BATCH, ids.size()));
            Map<Long, RaidEntry> byId = new HashMap<>();
            String sql = SELECT + ", i.id " + FROM + "WHERE i.id IN (" + placeholders(batch.size()) + ")";
            try (PreparedStatement select = connection.prepareStatement(sql)) {
                // The select list's visibility check of the depended-on issue comes first.
                int index = BrowsePermission.bindUser(select, 1, actor.userKey(), BrowsePermission.CAN_SEE_ISSUE_KEYS);
                for (Long id : batch) {
                    select.setLong(index++, id);
                }
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        byId.put(rows.getLong(21), entry(rows));
                    }
                }
            }
            batch.forEach(id -> sink.accept(byId.get(id)));
        }
    }

    @Override
    public List<RaidLogGroup> groups(Actor actor, IssueScope scope, RaidLogQuery query, RiskMatrix matrix,
            LocalDate today) {
        RaidLogGrouping grouping = Objects.requireNonNull(query.group(), "a query with a group");
        if (scope.projectKeys().isEmpty()) {
            return List.of();
        }
        // The flag's parameters come first: its CASE is in the select list, before the WHERE.
        Where flag = new Where(actor);
        String flagged = needsAttention(matrix, today, flag);
        String key = grouping == RaidLogGrouping.PROJECT ? "p.pkey" : "i.owner_user_key";
        String name = grouping == RaidLogGrouping.PROJECT ? "p.name" : "o.display_name";
        try (Connection connection = database.connection()) {
            Where where = where(connection, actor, scope, query, matrix, today);
            String sql = "SELECT " + key + ", " + name + ", COUNT(*), SUM(CASE WHEN " + flagged
                    + " THEN 1 ELSE 0 END) " + FROM + where.sql() + " GROUP BY " + key + ", " + name + " ORDER BY "
                    + (grouping == RaidLogGrouping.PROJECT ? "p.pkey"
                            : "LOWER(o.display_name) IS NULL, LOWER(o.display_name), i.owner_user_key IS NULL, "
                                    + "i.owner_user_key");
            List<RaidLogGroup> groups = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(sql)) {
                where.bind(select, flag.bind(select, 1));
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        groups.add(new RaidLogGroup(rows.getString(1),
                                grouping == RaidLogGrouping.PROJECT ? null : rows.getString(2), rows.getLong(3),
                                rows.getLong(4)));
                    }
                }
            }
            return groups;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not group the RAID log for " + actor.userKey(), e);
        }
    }

    @Override
    public long countNeedingAttention(Actor actor, IssueScope scope, RiskMatrix matrix, LocalDate today) {
        if (scope.projectKeys().isEmpty()) {
            return 0;
        }
        try (Connection connection = database.connection()) {
            Where where = where(connection, actor, scope, RaidLogQuery.defaults(), matrix, today);
            where.add(needsAttention(matrix, today, where), true);
            try (PreparedStatement count = connection.prepareStatement("SELECT COUNT(*) "
                    + COUNT_FROM_WITH_DEPENDENCY + where.sql())) {
                where.bind(count, 1);
                try (ResultSet rows = count.executeQuery()) {
                    rows.next();
                    return rows.getLong(1);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not count RAID entries needing attention for " + actor.userKey(),
                    e);
        }
    }

    /** One entry the actor may see, by its key; empty when absent, hidden, or no RAID entry. */
    Optional<RaidEntry> find(Actor actor, String projectKey, int number) {
        Where where = new Where(actor);
        where.sql.append("WHERE i.raid_type IS NOT NULL AND ");
        where.visibility(BrowsePermission.CAN_SEE_ISSUE);
        where.sql.append(" AND p.pkey = ? AND i.issue_num = ?");
        where.parameters.add(projectKey);
        where.parameters.add(number);
        try (Connection connection = database.connection();
             PreparedStatement select = connection.prepareStatement(SELECT + FROM + where.sql())) {
            int index = BrowsePermission.bindUser(select, 1, actor.userKey(), BrowsePermission.CAN_SEE_ISSUE_KEYS);
            where.bind(select, index);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(entry(rows)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read RAID entry " + projectKey + "-" + number, e);
        }
    }

    /** The WHERE of a query, with the actor's visibility read once on the request's connection. */
    private static Where where(Connection connection, Actor actor, IssueScope scope, RaidLogQuery query,
            RiskMatrix matrix, LocalDate today) throws SQLException {
        if (!scope.issueTypes().isEmpty()) {
            throw new IllegalArgumentException("RAID entries carry no issue type; the log's scopes name none");
        }
        Where where = new Where(actor);
        BrowsePermission.Visible visible = BrowsePermission.visible(connection, actor.userKey(), scope.projectKeys());
        if (visible.none()) {
            where.sql.append("WHERE FALSE");
            return where;
        }
        where.visible = visible;
        // Open entries come from the partial index of open RAID entries (open_raid_project); closed ones by project.
        where.sql.append("WHERE i.raid_type IS NOT NULL AND ")
                .append(visible.condition(query.openOnly(), where.parameters));
        where.in("i.raid_type", query.types().stream().map(RaidType::name).collect(Collectors.toSet()));
        if (query.filtersByRoam()) {
            where.sql.append(" AND (i.roam_status IN (").append(placeholders(query.roams().size() + 1)).append(')');
            query.roams().forEach(roam -> where.parameters.add(roam.name()));
            where.parameters.add("-");
            where.sql.append(query.unroamed() ? " OR i.roam_status IS NULL)" : ")");
        }
        where.in("i.owner_user_key", query.ownerKeys());
        if (!query.dependsOn().isEmpty()) {
            // Only issues the actor may see: a hidden one matches nothing, as one that does not exist.
            where.in("CONCAT(dp.pkey, '-', d.issue_num)", query.dependsOn());
            where.sql.append(" AND ").append(DEPENDED_ON_VISIBLE);
            where.userKeys(BrowsePermission.CAN_SEE_ISSUE_KEYS);
        }
        if (!query.bands().isEmpty()) {
            where.sql.append(" AND ").append(onTheMatrix(matrix, where));
            List<String> ranges = new ArrayList<>();
            for (ScoreBand band : matrix.bands()) {
                if (query.bands().contains(band.key())) {
                    ranges.add("i.raid_score BETWEEN ? AND ?");
                    where.parameters.add(band.minScore());
                    where.parameters.add(matrix.maxScore(band));
                }
            }
            where.sql.append(ranges.isEmpty() ? " AND FALSE" : " AND (" + String.join(" OR ", ranges) + ")");
        }
        if (query.cell() != null) {
            where.sql.append(" AND i.probability = ? AND i.impact = ?");
            where.parameters.add(query.cell().probability());
            where.parameters.add(query.cell().impact());
        }
        if (query.needsAttention() != null) {
            where.add(needsAttention(matrix, today, where), query.needsAttention());
        }
        return where;
    }

    /** The FROM of the ordered ids: the project for the key order, the owner only for an order by owner. */
    private static String idFrom(RaidLogQuery query) {
        boolean byOwner = query.sort() == RaidLogSort.OWNER || query.group() == RaidLogGrouping.OWNER;
        return countFrom(query) + "JOIN project p ON p.id = i.project_id "
                + (byOwner ? "LEFT JOIN sandbox_user o ON o.user_key = i.owner_user_key " : "");
    }

    /** The FROM a count needs: the depended-on issue only for a filter that reads it. */
    private static String countFrom(RaidLogQuery query) {
        return query.dependsOn().isEmpty() && query.needsAttention() == null ? COUNT_FROM
                : COUNT_FROM_WITH_DEPENDENCY;
    }

    /** Ratings inside the matrix: an entry rated off it has no band. */
    private static String onTheMatrix(RiskMatrix matrix, Where where) {
        where.parameters.add(matrix.size().value());
        where.parameters.add(matrix.size().value());
        return "i.probability <= ? AND i.impact <= ?";
    }

    /** {@link NeedsAttentionPolicies} as one null-free SQL condition; its parameters go into {@code where}. */
    private static String needsAttention(RiskMatrix matrix, LocalDate today, Where where) {
        Date day = Date.valueOf(today);
        // Every part is NULL-free, so NOT (...) selects exactly the entries the rules leave alone.
        StringBuilder rules = new StringBuilder("COALESCE(i.status_category <> 'done' AND (");
        rules.append("COALESCE(i.review_date < ?, FALSE)");
        where.parameters.add(day);
        rules.append(" OR (i.raid_type = 'ASSUMPTION' AND COALESCE(i.validate_by < ?, FALSE))");
        where.parameters.add(day);
        rules.append(" OR (i.raid_type = 'DEPENDENCY' AND COALESCE(i.need_by < ?, FALSE) AND NOT (")
                .append(DEPENDED_ON_VISIBLE).append(" AND d.status_category = 'done'))");
        where.parameters.add(day);
        where.userKeys(BrowsePermission.CAN_SEE_ISSUE_KEYS);
        Optional<Integer> threshold = matrix.bands().stream()
                .filter(band -> NeedsAttentionPolicies.needsAResponse(band.key()))
                .map(ScoreBand::minScore).min(Integer::compare);
        if (threshold.isPresent()) {
            rules.append(" OR (i.raid_type = 'RISK' AND COALESCE(TRIM(i.response_plan), '') = '' AND COALESCE(")
                    .append(onTheMatrix(matrix, where)).append(" AND i.raid_score >= ?, FALSE))");
            where.parameters.add(threshold.get());
        }
        return rules.append("), FALSE)").toString();
    }

    /** The order of the groups, as {@link RaidLogGrouping} describes it; empty without a group. */
    private static String groupOrder(RaidLogGrouping group) {
        if (group == null) {
            return "";
        }
        return switch (group) {
            case PROJECT -> "p.pkey, ";
            case OWNER -> "LOWER(o.display_name) IS NULL, LOWER(o.display_name), i.owner_user_key IS NULL, "
                    + "i.owner_user_key, ";
        };
    }

    private static String orderBy(RaidLogQuery query) {
        String direction = query.order() == SortOrder.ASC ? " ASC" : " DESC";
        String group = groupOrder(query.group());
        if (query.sort() == RaidLogSort.KEY) {
            return " ORDER BY " + group + "p.pkey" + direction + ", i.issue_num" + direction;
        }
        String column = switch (query.sort()) {
            case SUMMARY -> "LOWER(i.summary)";
            case TYPE -> ordinal("i.raid_type", RaidType.values());
            case SCORE -> "i.raid_score";
            case PROBABILITY -> "i.probability";
            case IMPACT -> "i.impact";
            case ROAM -> ordinal("i.roam_status", RoamStatus.values());
            case OWNER -> "LOWER(o.display_name)";
            case PROXIMITY -> "i.proximity_date";
            case REVIEW_DATE -> "i.review_date";
            case UPDATED -> "i.updated";
            case STATUS -> "LOWER(i.status)";
            case KEY -> throw new AssertionError("handled above");
        };
        return " ORDER BY " + group + "(" + column + ") IS NULL, " + column + direction + ", p.pkey, i.issue_num";
    }

    /** An enum column in its declaration order, e.g. RAID order for types. */
    private static String ordinal(String column, Enum<?>[] values) {
        StringBuilder sql = new StringBuilder("CASE ").append(column);
        for (Enum<?> value : values) {
            sql.append(" WHEN '").append(value.name()).append("' THEN ").append(value.ordinal());
        }
        return sql.append(" END").toString();
    }

    private static RaidEntry entry(ResultSet rows) throws SQLException {
        String dependsOnProject = rows.getString(14);
        Timestamp updated = rows.getTimestamp(20);
        return new RaidEntry(rows.getString(1) + "-" + rows.getInt(2), rows.getString(1), rows.getString(3),
                RaidType.valueOf(rows.getString(4)), (Integer) rows.getObject(5, Integer.class),
                (Integer) rows.getObject(6, Integer.class), rows.getString(7), rows.getString(8),
                Optional.ofNullable(rows.getString(9)).map(RoamStatus::valueOf).orElse(null), rows.getString(10),
                date(rows, 11), date(rows, 12), date(rows, 13),
                dependsOnProject == null ? null : dependsOnProject + "-" + rows.getInt(15),
                (Boolean) rows.getObject(16, Boolean.class), date(rows, 17), rows.getBoolean(18), rows.getString(19),
                updated == null ? null : updated.toInstant());
    }

    private static LocalDate date(ResultSet rows, int column) throws SQLException {
        return rows.getObject(column, LocalDate.class);
    }


    /** A WHERE clause and its parameters, in the order their {@code ?} appear (the actor's key among them). */
    private static final class Where {
        private final Actor actor;
        /** What the actor may see, as read for this query; null when nothing is visible. */
        private BrowsePermission.Visible visible;
        private final StringBuilder sql = new StringBuilder();
        private final List<Object> parameters = new ArrayList<>();

        Where(Actor actor) {
            this.actor = actor;
        }

        /** Appends a visibility rule of {@link BrowsePermission}, whose placeholders are the actor's key. */
        void visibility(String rule) {
            sql.append(rule);
            userKeys(BrowsePermission.CAN_SEE_ISSUE_KEYS);
        }

        void userKeys(int times) {
            for (int i = 0; i < times; i++) {
                parameters.add(actor.userKey());
            }
        }

        void in(String column, Set<String> values) {
            if (!values.isEmpty()) {
                sql.append(" AND ").append(column).append(" IN (").append(placeholders(values.size())).append(')');
                parameters.addAll(values);
            }
        }

        void add(String condition, boolean holds) {
            sql.append(holds ? " AND " : " AND NOT ").append(condition);
        }

        String sql() {
            return sql.toString();
        }

        /** Binds the parameters from index {@code first} on; answers the next index. */
        int bind(PreparedStatement statement, int first) throws SQLException {
            int index = first;
            for (Object parameter : parameters) {
                statement.setObject(index++, parameter);
            }
            return index;
        }
    }
}
