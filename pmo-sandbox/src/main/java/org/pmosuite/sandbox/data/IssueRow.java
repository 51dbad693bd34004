package org.pmosuite.sandbox.data;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.SplittableRandom;

/**
 * One {@code issue} row while it is generated: the generator's parts each fill in their own fields, and the row is
 * then bound to the batch insert. One instance is reused for every issue, so a million issues cost no garbage.
 */
final class IssueRow {

    static final String INSERT = "INSERT INTO issue (id, project_id, issue_num, issue_type, summary, status, "
            + "status_category, raid_type, probability, impact, owner_user_key, roam_status, response_plan, "
            + "proximity_date, review_date, validate_by, depends_on_issue_id, need_by, created, updated, resolved, "
            + "security_level_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    long id;
    long projectId;
    int number;
    String issueType;
    String summary;
    String status;
    /** Jira's status category key: new, indeterminate or done. */
    String statusCategory;
    String raidType;
    Integer probability;
    Integer impact;
    String ownerKey;
    String roamStatus;
    String responsePlan;
    LocalDate proximity;
    LocalDate reviewDate;
    LocalDate validateBy;
    Long dependsOnIssueId;
    LocalDate needBy;
    LocalDateTime created;
    LocalDateTime updated;
    LocalDateTime resolved;
    Long securityLevelId;

    /** Starts the next issue, with every field but its identity empty. */
    void reset(long id, long projectId, int number) {
        this.id = id;
        this.projectId = projectId;
        this.number = number;
        issueType = null;
        summary = null;
        status = null;
        statusCategory = null;
        raidType = null;
        probability = null;
        impact = null;
        ownerKey = null;
        roamStatus = null;
        responsePlan = null;
        proximity = null;
        reviewDate = null;
        validateBy = null;
        dependsOnIssueId = null;
        needBy = null;
        created = null;
        updated = null;
        resolved = null;
        securityLevelId = null;
    }

    boolean done() {
        return "done".equals(statusCategory);
    }

    /** Sets the status, and its category as Jira's statuses of the sandbox's workflows have them. */
    void status(String name) {
        status = name;
        statusCategory = switch (name) {
            case "Open", "To Do" -> "new";
            case "Closed", "Done" -> "done";
            default -> "indeterminate";
        };
    }

    /**
     * Sets created, updated and resolved from the status: created up to two years before {@code now}, resolved when
     * done, and updated since, none of them later than {@code now}.
     */
    void lifecycle(SplittableRandom random, LocalDateTime now) {
        created = now.minusDays(1 + random.nextInt(730)).minusMinutes(random.nextInt(600));
        long age = ChronoUnit.MINUTES.between(created, now);
        if (done()) {
            resolved = earliest(created.plusDays(1 + random.nextInt(120)).plusMinutes(random.nextInt(480)), now,
                    random);
            updated = earliest(resolved.plusMinutes(random.nextInt(3 * 24 * 60)), now, random);
        } else {
            updated = created.plusMinutes(random.nextLong(age));
        }
    }

    /** {@code time}, or a moment of the last few hours when it would be in the future. */
    private static LocalDateTime earliest(LocalDateTime time, LocalDateTime now, SplittableRandom random) {
        return time.isBefore(now) ? time : now.minusMinutes(1 + random.nextInt(240));
    }

    void addTo(PreparedStatement insert) throws SQLException {
        insert.setLong(1, id);
        insert.setLong(2, projectId);
        insert.setInt(3, number);
        insert.setString(4, issueType);
        insert.setString(5, summary);
        insert.setString(6, status);
        insert.setString(7, statusCategory);
        insert.setString(8, raidType);
        insert.setObject(9, probability);
        insert.setObject(10, impact);
        insert.setString(11, ownerKey);
        insert.setString(12, roamStatus);
        insert.setString(13, responsePlan);
        insert.setDate(14, date(proximity));
        insert.setDate(15, date(reviewDate));
        insert.setDate(16, date(validateBy));
        insert.setObject(17, dependsOnIssueId);
        insert.setDate(18, date(needBy));
        insert.setTimestamp(19, Timestamp.valueOf(created));
        insert.setTimestamp(20, Timestamp.valueOf(updated));
        insert.setTimestamp(21, resolved == null ? null : Timestamp.valueOf(resolved));
        insert.setObject(22, securityLevelId);
        insert.addBatch();
    }

    private static Date date(LocalDate date) {
        return date == null ? null : Date.valueOf(date);
    }
}
