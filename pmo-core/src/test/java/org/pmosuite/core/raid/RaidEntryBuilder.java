package org.pmosuite.core.raid;

import java.time.Instant;
import java.time.LocalDate;

/** Builds {@link RaidEntry} values for tests and contract fixtures: an open, unrated risk unless told otherwise. */
public final class RaidEntryBuilder {

    private String issueKey;
    private String projectKey;
    private String summary;
    private RaidType type = RaidType.RISK;
    private Integer probability;
    private Integer impact;
    private String ownerKey;
    private String ownerName;
    private RoamStatus roam;
    private String responsePlan;
    private LocalDate proximity;
    private LocalDate reviewDate;
    private LocalDate validateBy;
    private String dependsOnIssueKey;
    private Boolean dependsOnResolved;
    private LocalDate needBy;
    private boolean open = true;
    private String status = "To Do";
    private Instant updated = Instant.parse("2025-03-01T10:00:00Z");

    private RaidEntryBuilder(String issueKey) {
        this.issueKey = issueKey;
        this.projectKey = issueKey.substring(0, issueKey.lastIndexOf('-'));
        this.summary = "Entry " + issueKey;
    }

    public static RaidEntryBuilder entry(String issueKey) {
        return new RaidEntryBuilder(issueKey);
    }

    public RaidEntryBuilder summary(String value) {
        summary = value;
        return this;
    }

    public RaidEntryBuilder type(RaidType value) {
        type = value;
        return this;
    }

    public RaidEntryBuilder rated(Integer probabilityRating, Integer impactRating) {
        probability = probabilityRating;
        impact = impactRating;
        return this;
    }

    public RaidEntryBuilder owner(String key, String name) {
        ownerKey = key;
        ownerName = name;
        return this;
    }

    public RaidEntryBuilder roam(RoamStatus value) {
        roam = value;
        return this;
    }

    public RaidEntryBuilder responsePlan(String value) {
        responsePlan = value;
        return this;
    }

    public RaidEntryBuilder proximity(String isoDate) {
        proximity = date(isoDate);
        return this;
    }

    public RaidEntryBuilder reviewDate(String isoDate) {
        reviewDate = date(isoDate);
        return this;
    }

    public RaidEntryBuilder validateBy(String isoDate) {
        validateBy = date(isoDate);
        return this;
    }

    public RaidEntryBuilder dependsOn(String key, Boolean resolved) {
        dependsOnIssueKey = key;
        dependsOnResolved = resolved;
        return this;
    }

    public RaidEntryBuilder needBy(String isoDate) {
        needBy = date(isoDate);
        return this;
    }

    /** Closed: status category Done. */
    public RaidEntryBuilder closed(String statusName) {
        open = false;
        status = statusName;
        return this;
    }

    public RaidEntryBuilder status(String statusName) {
        status = statusName;
        return this;
    }

    public RaidEntryBuilder updated(String isoInstant) {
        updated = Instant.parse(isoInstant);
        return this;
    }

    public RaidEntry build() {
        return new RaidEntry(issueKey, projectKey, summary, type, probability, impact, ownerKey, ownerName, roam,
                responsePlan, proximity, reviewDate, validateBy, dependsOnIssueKey, dependsOnResolved, needBy, open,
                status, updated);
    }

    private static LocalDate date(String isoDate) {
        return isoDate == null ? null : LocalDate.parse(isoDate);
    }
}
