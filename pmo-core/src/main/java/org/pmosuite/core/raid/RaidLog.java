package org.pmosuite.core.raid;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

import org.pmosuite.core.common.Actor;
import org.pmosuite.core.common.IssueScope;

/**
 * Port: the RAID log, pages of RAID entries within a scope, answered for an actor.
 *
 * <p>Every page and every total is computed by the store over what the actor may see: the projects of the scope
 * (already only browsable ones) and, within them, only issues the actor's issue security level lets them see. A store
 * never loads all entries to count, filter or sort them in Java: filtering (including by {@code band}, by
 * {@code cell} and by {@code needsAttention}), sorting and paging happen in its query (JQL or SQL), with the
 * matrix's band thresholds and {@code today} passed in as values.
 *
 * <p>"Open" means the status category is not Done, as for {@link RaidFacts}. {@code needsAttention} means exactly
 * what {@link NeedsAttentionPolicies} decide, and a band means what {@link RaidEntry#band(RiskMatrix)} decides; the
 * sort is the one {@link RaidLogSort} describes. The contract test {@code RaidLogContract} holds every adapter to
 * all of it.
 */
public interface RaidLog {

    /**
     * One page of the entries matching the query. The query's project keys are already resolved into the scope;
     * a store reads the projects from the scope only.
     *
     * @param matrix the risk matrix of the scope, for {@code band} and {@code needsAttention}
     * @param today  the viewer's today, for {@code needsAttention}
     * @throws RaidFieldsNotConfiguredException when the host has no RAID fields
     */
    RaidLogPage page(Actor actor, IssueScope scope, RaidLogQuery query, RiskMatrix matrix, LocalDate today);

    /**
     * Every entry matching the query, in the query's order, handed to {@code sink} one at a time as the store reads
     * them (paging is ignored): for exports of any length in constant memory and one pass, never page by page with
     * offsets. The entries are exactly those the pages hold, in the same order.
     *
     * @throws RaidFieldsNotConfiguredException when the host has no RAID fields
     */
    void forEach(Actor actor, IssueScope scope, RaidLogQuery query, RiskMatrix matrix, LocalDate today,
            Consumer<RaidEntry> sink);

    /**
     * Refuses, before anything is read or sent, an export this store cannot give in one pass (a host that answers a
     * limited number of results per query); a store that can stream any length accepts every query.
     *
     * @throws org.pmosuite.core.common.InvalidRequestException saying how to narrow the export
     */
    default void checkExport(Actor actor, IssueScope scope, RaidLogQuery query, RiskMatrix matrix, LocalDate today) {
    }

    /**
     * The groups of the entries matching the query ({@link RaidLogQuery#group()} must be set), in the grouping's
     * order, each counted in the store; paging and sort do not apply. Their totals add up to the page's total.
     *
     * @throws RaidFieldsNotConfiguredException when the host has no RAID fields
     */
    List<RaidLogGroup> groups(Actor actor, IssueScope scope, RaidLogQuery query, RiskMatrix matrix, LocalDate today);

    /**
     * How many entries in the scope need attention by {@link NeedsAttentionPolicies}, of every type; a count in the
     * store, as for a KPI.
     *
     * @throws RaidFieldsNotConfiguredException when the host has no RAID fields
     */
    long countNeedingAttention(Actor actor, IssueScope scope, RiskMatrix matrix, LocalDate today);
}
