package org.pmosuite.core.raid;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What the RAID log shows of one entry: a Jira issue carrying the app's RAID fields, as one viewer sees it.
 *
 * @param issueKey          the issue key, such as {@code PAY-12}
 * @param probability       the probability rating, or null when not rated
 * @param impact            the impact rating, or null when not rated
 * @param ownerKey          the user key of who owns the entry, or null
 * @param ownerName         the owner's display name, or null when there is no owner
 * @param roam              the ROAM status, or null while the entry is not yet ROAMed
 * @param responsePlan      the mitigation or response plan, or null
 * @param proximity         when the entry falls due (its due date); or null
 * @param reviewDate        when the entry is to be reviewed next, or null
 * @param validateBy        for an assumption, when it must be validated; otherwise null
 * @param dependsOnIssueKey for a dependency, the issue it waits for, or null
 * @param dependsOnResolved whether the depended-on issue's status category is Done; null when there is none or the
 *                          viewer may not see it
 * @param needBy            for a dependency, when the depended-on work is needed; otherwise null
 * @param open              whether the entry's status category is not Done
 * @param status            the name of the entry's status
 * @param updated           when the issue was last updated; the version a change is based on
 */
public record RaidEntry(String issueKey, String projectKey, String summary, RaidType type, Integer probability,
        Integer impact, String ownerKey, String ownerName, RoamStatus roam, String responsePlan, LocalDate proximity,
        LocalDate reviewDate, LocalDate validateBy, String dependsOnIssueKey, Boolean dependsOnResolved,
        LocalDate needBy, boolean open, String status, Instant updated) {

    public RaidEntry {
        Objects.requireNonNull(issueKey, "issueKey");
        Objects.requireNonNull(projectKey, "projectKey");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(updated, "updated");
    }

    /** Probability x impact when both are rated; null otherwise. */
    public Integer score() {
        return probability == null || impact == null ? null : probability * impact;
    }

    /**
     * The band of the matrix the entry's score falls in; empty when it is not rated or when a rating lies off this
     * matrix (rated on a larger matrix that was later made smaller).
     */
    public Optional<ScoreBand> band(RiskMatrix matrix) {
        if (probability == null || impact == null || !matrix.size().contains(probability)
                || !matrix.size().contains(impact)) {
            return Optional.empty();
        }
        return Optional.of(matrix.bandOf(probability * impact));
    }
}
