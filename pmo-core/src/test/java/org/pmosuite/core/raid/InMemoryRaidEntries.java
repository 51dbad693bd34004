package org.pmosuite.core.raid;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.pmosuite.core.common.Actor;
import org.pmosuite.core.common.ProjectRef;

/**
 * A fake {@link RaidEntries} for domain tests. Every user may see and edit every entry except those in
 * {@code hidden}; owners are shown by their key; a new entry is open in status "To Do".
 */
public final class InMemoryRaidEntries implements RaidEntries {

    private final Clock clock;
    private final Set<String> hidden;
    private final Map<String, RaidEntry> byKey = new LinkedHashMap<>();
    private final Map<String, Integer> lastNumber = new HashMap<>();

    public InMemoryRaidEntries(Clock clock, Set<String> hidden) {
        this.clock = clock;
        this.hidden = Set.copyOf(hidden);
    }

    public synchronized void store(RaidEntry entry) {
        byKey.put(entry.issueKey(), entry);
    }

    public synchronized List<RaidEntry> stored() {
        return List.copyOf(byKey.values());
    }

    @Override
    public synchronized RaidEntry create(Actor actor, ProjectRef project, RaidEntryChange change) {
        if (!change.isCreation()) {
            throw new IllegalArgumentException("a creation writes every field");
        }
        int number = lastNumber.merge(project.key(), 1, Integer::sum);
        RaidEntry blank = new RaidEntry(project.key() + "-" + number, project.key(), change.summary(), change.type(),
                null, null, null, null, null, null, null, null, null, null, null, null, true, "To Do",
                clock.instant());
        RaidEntry created = applied(blank, change);
        byKey.put(created.issueKey(), created);
        return created;
    }

    @Override
    public synchronized RaidEntry update(Actor actor, String issueKey, RaidEntryChange change,
            Instant expectedUpdated) {
        RaidEntry current = find(actor, issueKey).orElseThrow(() -> new RaidEntryNotFoundException(issueKey));
        if (!current.updated().equals(expectedUpdated)) {
            throw new StaleRaidEntryException(issueKey, expectedUpdated, current.updated());
        }
        RaidEntry updated = applied(current, change);
        byKey.put(issueKey, updated);
        return updated;
    }

    @Override
    public synchronized Optional<RaidEntry> find(Actor actor, String issueKey) {
        return hidden.contains(issueKey) ? Optional.empty() : Optional.ofNullable(byKey.get(issueKey));
    }

    private RaidEntry applied(RaidEntry e, RaidEntryChange c) {
        String owner = c.changes(RaidField.OWNER) ? c.ownerKey() : e.ownerKey();
        String dependsOn = c.changes(RaidField.DEPENDS_ON) ? c.dependsOn() : e.dependsOnIssueKey();
        return new RaidEntry(e.issueKey(), e.projectKey(),
                c.changes(RaidField.SUMMARY) ? c.summary() : e.summary(),
                c.changes(RaidField.TYPE) ? c.type() : e.type(),
                c.changes(RaidField.PROBABILITY) ? c.probability() : e.probability(),
                c.changes(RaidField.IMPACT) ? c.impact() : e.impact(),
                owner, owner,
                c.changes(RaidField.ROAM) ? c.roam() : e.roam(),
                c.changes(RaidField.RESPONSE_PLAN) ? c.responsePlan() : e.responsePlan(),
                c.changes(RaidField.PROXIMITY) ? c.proximity() : e.proximity(),
                c.changes(RaidField.REVIEW_DATE) ? c.reviewDate() : e.reviewDate(),
                c.changes(RaidField.VALIDATE_BY) ? c.validateBy() : e.validateBy(),
                dependsOn, dependsOn == null ? null : e.dependsOnResolved(),
                c.changes(RaidField.NEED_BY) ? c.needBy() : e.needBy(),
                e.open(), e.status(), later(e.updated()));
    }

    /** The clock's now, but always after the previous update, so that every write is a new version. */
    private Instant later(Instant previous) {
        Instant now = clock.instant();
        return now.isAfter(previous) ? now : previous.plusMillis(1);
    }
}
