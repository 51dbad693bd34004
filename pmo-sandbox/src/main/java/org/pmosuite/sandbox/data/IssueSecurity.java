package org.pmosuite.sandbox.data;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The generator's part for Jira's issue security: the levels of the projects that have a security scheme, who is
 * granted each, and which issues are set to one. The PMO lead is granted every level and the viewer none, so the two
 * users who both browse every project see different totals.
 */
final class IssueSecurity {

    /** Percent of projects with a security scheme. */
    static final int SECURED_PROJECT_SHARE = 45;

    private final SplittableRandom random;
    /** The level ids of each project, by project index; empty for a project without a security scheme. */
    private final List<long[]> levels = new ArrayList<>();
    private long[] current = new long[0];

    IssueSecurity(SplittableRandom random) {
        this.random = random;
    }

    /** Writes the levels and grants of every project. */
    void generate(Connection connection, List<PeopleAndProjects.Project> projects) throws SQLException {
        long nextId = 10_000;
        try (PreparedStatement level = connection.prepareStatement("INSERT INTO issue_security_level VALUES (?, ?, ?)");
             PreparedStatement grant = connection.prepareStatement("INSERT INTO issue_security_grant VALUES (?, ?)")) {
            for (PeopleAndProjects.Project project : projects) {
                // The first project always has one, so every preset shows it.
                if (project.index() > 0 && random.nextInt(100) >= SECURED_PROJECT_SHARE) {
                    levels.add(new long[0]);
                    continue;
                }
                // And two levels, so its lead (the project manager) is not granted every one.
                boolean steeringLevel = random.nextInt(100) < 50 || project.index() == 0;
                long[] ids = new long[steeringLevel ? 2 : 1];
                // Commercial in confidence: the PMO lead, the project lead and part of the team.
                ids[0] = nextId++;
                Set<String> grantees = new LinkedHashSet<>(List.of(PortfolioGenerator.PMO_LEAD, project.lead()));
                grantees.add(project.team().get(0));
                if (random.nextBoolean()) {
                    grantees.add(project.team().get(1));
                }
                add(level, grant, ids[0], project, "Commercial in confidence", grantees);
                if (steeringLevel) {
                    // Steering group only: the PMO lead and one team member, not the project lead.
                    ids[1] = nextId++;
                    add(level, grant, ids[1], project, "Steering group only", new LinkedHashSet<>(List.of(
                            PortfolioGenerator.PMO_LEAD, project.team().get(random.nextInt(project.team().size())))));
                }
                levels.add(ids);
            }
            level.executeBatch();
            grant.executeBatch();
        }
    }

    private static void add(PreparedStatement level, PreparedStatement grant, long id,
            PeopleAndProjects.Project project, String name, Set<String> grantees) throws SQLException {
        level.setLong(1, id);
        level.setLong(2, project.ref().id());
        level.setString(3, name);
        level.addBatch();
        for (String grantee : grantees) {
            grant.setLong(1, id);
            grant.setString(2, grantee);
            grant.addBatch();
        }
    }

    void startProject(PeopleAndProjects.Project project) {
        current = levels.get(project.index());
    }

    /**
     * Sets a level on some issues of a project with a security scheme, RAID entries and portfolio items (epics and
     * initiatives: an acquisition, a restructuring) more often than others. It draws the same numbers for every
     * issue, so which issues are secured depends on no other part's random numbers.
     */
    void assign(IssueRow row) {
        int roll = random.nextInt(100);
        int level = random.nextInt(2);
        int share = row.raidType != null ? 15 : GeneratedInitiatives.isPortfolioItem(row) ? 12 : 4;
        if (current.length > 0 && roll < share) {
            row.securityLevelId = current[level % current.length];
        }
    }
}
