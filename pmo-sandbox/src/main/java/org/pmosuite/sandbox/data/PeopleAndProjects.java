package org.pmosuite.sandbox.data;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.pmosuite.core.common.ProjectRef;
import org.pmosuite.core.portfolio.PmoLeadAccess;

/**
 * The generator's part for users and projects: the demo users, the people named in the data, the projects with
 * their leads, teams and browse grants, and how many issues each project holds. A project's lead and team may edit
 * its issues; the viewer, who browses every project, edits none. Only the PMO lead holds the app's PMO lead global
 * permission.
 */
final class PeopleAndProjects {

    /**
     * People who own RAID entries and are named in them, beside the demo users. They are Jira users no one logs in
     * as in the demo ({@code demo_login} false); each browses the projects whose team they are on.
     */
    static final String[][] TEAM_MEMBERS = {
        {"aisha.rahman", "Aisha Rahman"}, {"tomas.novak", "Tomáš Novák"}, {"li.wei", "Li Wei"},
        {"grace.obi", "Grace Obi"}, {"marco.rossi", "Marco Rossi"}, {"priya.nair", "Priya Nair"},
        {"jonas.berg", "Jonas Berg"}, {"fatima.haddad", "Fatima Haddad"}, {"liam.oconnor", "Liam O'Connor"},
        {"yuki.tanaka", "Yuki Tanaka"}, {"chloe.martin", "Chloé Martin"}, {"samuel.mensah", "Samuel Mensah"},
    };

    /** People on each project's team besides its lead. */
    static final int TEAM_SIZE = 3;

    /**
     * One generated project.
     *
     * @param index      its position, from 0
     * @param lead       the project lead's user key
     * @param team       the user keys of the team, most active first; they own most of the project's RAID entries
     * @param firstIssue the id of its first issue; its issues have consecutive ids
     * @param issues     how many issues it holds
     */
    record Project(int index, ProjectRef ref, String lead, List<String> team, long firstIssue, int issues) {

        long lastIssue() {
            return firstIssue + issues - 1;
        }
    }

    private PeopleAndProjects() {
    }

    /** Writes the users, projects and browse grants, and answers the projects with their share of the issues. */
    static List<Project> generate(Connection connection, PortfolioSize size, SplittableRandom random)
            throws SQLException {
        insertUsers(connection);
        List<ProjectRef> refs = PortfolioNames.projects(size.projects());
        int[] issues = spread(size.issues(), refs.size(), random);
        // The project manager leads every fifth project, so the share is the same in every preset.
        int step = size.projects() / size.restrictedProjects();
        List<Project> projects = new ArrayList<>();
        long firstIssue = 1;
        for (int i = 0; i < refs.size(); i++) {
            boolean managed = i % step == 0 && i / step < size.restrictedProjects();
            projects.add(new Project(i, refs.get(i), managed ? PortfolioGenerator.PROJECT_MANAGER
                    : PortfolioGenerator.PMO_LEAD, team(random), firstIssue, issues[i]));
            firstIssue += issues[i];
        }
        insertProjects(connection, projects);
        return projects;
    }

    private static void insertUsers(Connection connection) throws SQLException {
        try (PreparedStatement users = connection.prepareStatement("INSERT INTO sandbox_user (user_key, "
                + "display_name, email, licensed, is_admin, is_system_admin, browses_all, demo_login, time_zone) "
                + "VALUES (?, ?, ?, TRUE, ?, FALSE, ?, ?, ?)")) {
            user(users, PortfolioGenerator.PMO_LEAD, "Margaret Okafor", true, true, true, "Europe/London");
            user(users, PortfolioGenerator.PROJECT_MANAGER, "Daniel Brandt", false, false, true, "Europe/Berlin");
            user(users, PortfolioGenerator.VIEWER, "Sofia Lindqvist", false, true, true, "Europe/Stockholm");
            for (String[] member : TEAM_MEMBERS) {
                user(users, member[0], member[1], false, false, false, "UTC");
            }
            users.executeBatch();
        }
        try (PreparedStatement grant = connection.prepareStatement(
                "INSERT INTO global_permission_grant (permission_key, user_key) VALUES (?, ?)")) {
            grant.setString(1, PmoLeadAccess.PERMISSION_KEY);
            grant.setString(2, PortfolioGenerator.PMO_LEAD);
            grant.executeUpdate();
        }
    }

    private static void user(PreparedStatement users, String key, String name, boolean admin, boolean browsesAll,
            boolean demoLogin, String timeZone) throws SQLException {
        users.setString(1, key);
        users.setString(2, name);
        users.setString(3, key + "@example.com");
        users.setBoolean(4, admin);
        users.setBoolean(5, browsesAll);
        users.setBoolean(6, demoLogin);
        users.setString(7, timeZone);
        users.addBatch();
    }

    private static List<String> team(SplittableRandom random) {
        List<String> team = new ArrayList<>();
        while (team.size() < TEAM_SIZE) {
            String member = TEAM_MEMBERS[random.nextInt(TEAM_MEMBERS.length)][0];
            if (!team.contains(member)) {
                team.add(member);
            }
        }
        return List.copyOf(team);
    }

    private static void insertProjects(Connection connection, List<Project> projects) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO project VALUES (?, ?, ?, ?)");
             PreparedStatement grant = connection.prepareStatement(
                     "INSERT INTO project_permission VALUES (?, ?)");
             PreparedStatement edit = connection.prepareStatement(
                     "INSERT INTO project_edit_permission (user_key, project_id) VALUES (?, ?)")) {
            for (Project project : projects) {
                insert.setLong(1, project.ref().id());
                insert.setString(2, project.ref().key());
                insert.setString(3, project.ref().name());
                insert.setString(4, project.lead());
                insert.addBatch();
                List<String> grantees = new ArrayList<>(project.team());
                if (project.lead().equals(PortfolioGenerator.PROJECT_MANAGER)) {
                    grantees.add(PortfolioGenerator.PROJECT_MANAGER);
                }
                for (String grantee : grantees) {
                    grant.setString(1, grantee);
                    grant.setLong(2, project.ref().id());
                    grant.addBatch();
                }
                List<String> editors = new ArrayList<>(project.team());
                editors.add(project.lead());
                // The PMO lead also creates and edits issues in the project manager's projects: accepting an
                // intake request of the demo portfolio creates the initiative there, as the PMO lead.
                if (project.lead().equals(PortfolioGenerator.PROJECT_MANAGER)) {
                    editors.add(PortfolioGenerator.PMO_LEAD);
                }
                for (String editor : editors) {
                    edit.setString(1, editor);
                    edit.setLong(2, project.ref().id());
                    edit.addBatch();
                }
            }
            insert.executeBatch();
            grant.executeBatch();
            edit.executeBatch();
        }
    }

    /** Splits {@code total} over {@code parts} unevenly, as real portfolios are, summing exactly to the total. */
    private static int[] spread(int total, int parts, SplittableRandom random) {
        double[] weights = new double[parts];
        double sum = 0;
        for (int i = 0; i < parts; i++) {
            weights[i] = 0.4 + random.nextDouble() * 1.6;
            sum += weights[i];
        }
        int[] counts = new int[parts];
        int assigned = 0;
        for (int i = 0; i < parts; i++) {
            counts[i] = (int) Math.floor(total * weights[i] / sum);
            assigned += counts[i];
        }
        counts[parts - 1] += total - assigned;
        return counts;
    }
}
