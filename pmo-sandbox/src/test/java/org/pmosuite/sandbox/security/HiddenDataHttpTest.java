package org.pmosuite.sandbox.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.pmosuite.sandbox.data.PortfolioGenerator;
import org.pmosuite.sandbox.security.EndpointSpec.Call;
import org.pmosuite.sandbox.security.SecurityFixture.Sending;
import org.pmosuite.sandbox.security.SecurityFixture.Targets;

/**
 * Non-interference: changing everything a user may not see (the issues of projects they cannot browse, the issues
 * under security levels they do not hold, and how hidden projects share schemes and screens) changes no answer of
 * any read endpoint for that user, byte for byte. A figure that counted a hidden issue would move. A change the
 * user may see then moves at least one answer, so the comparison can fail.
 */
class HiddenDataHttpTest extends SecurityHttpTestBase {

    @Test
    void whatTheProjectManagerMayNotBrowseMovesNothingTheyAreShown() throws Exception {
        String manager = PortfolioGenerator.PROJECT_MANAGER;
        Map<String, String> before = answers(manager);
        String hiddenProjects = """
                SELECT p.id FROM project p WHERE p.id NOT IN
                  (SELECT g.project_id FROM project_permission g WHERE g.user_key = 'project-manager')""";

        scramble("project_id IN (" + hiddenProjects + ")");
        // The hidden projects now share the manager's project's schemes and screens.
        Targets targets = fixture.targets(manager);
        fixture.sandbox().execute("""
                UPDATE project_configuration c SET (issue_type_scheme_id, create_screen_id, edit_screen_id,
                    view_screen_id) = (SELECT o.issue_type_scheme_id, o.create_screen_id, o.edit_screen_id,
                    o.view_screen_id FROM project_configuration o JOIN project p ON p.id = o.project_id
                    WHERE p.pkey = ?)
                WHERE c.project_id IN (""" + hiddenProjects + ")", targets.browsableProject());

        assertSame(before, answers(manager), manager);
        assertAVisibleChangeShows(manager, targets);
    }

    @Test
    void issuesUnderSecurityLevelsTheViewerLacksMoveNothingTheyAreShown() throws Exception {
        String viewer = PortfolioGenerator.VIEWER;
        Map<String, String> before = answers(viewer);

        scramble("security_level_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM issue_security_grant s "
                + "WHERE s.level_id = issue.security_level_id AND s.user_key = 'viewer')");

        assertSame(before, answers(viewer), viewer);
        assertAVisibleChangeShows(viewer, fixture.targets(viewer));
    }

    /** Every rating, state, type, owner, plan and date of the selected issues changed. */
    private static void scramble(String which) throws Exception {
        int changed = fixture.sandbox().strings("SELECT COUNT(*) FROM issue WHERE " + which).stream()
                .map(Integer::valueOf).findFirst().orElse(0);
        assertThat(changed).as("issues to change").isPositive();
        fixture.sandbox().execute("""
                UPDATE issue SET probability = CASE WHEN probability IS NULL THEN 3 ELSE 6 - probability END,
                    impact = CASE WHEN impact IS NULL THEN 2 ELSE 6 - impact END,
                    status_category = CASE status_category WHEN 'done' THEN 'new' ELSE 'done' END,
                    raid_type = COALESCE(raid_type, 'RISK'), roam_status = NULL, response_plan = NULL,
                    owner_user_key = 'project-manager', review_date = DATE '2020-01-01',
                    need_by = DATE '2020-01-01', validate_by = DATE '2020-01-01'
                WHERE """ + " " + which);
    }

    private static void assertAVisibleChangeShows(String user, Targets targets) throws Exception {
        Map<String, String> before = answers(user);
        fixture.sandbox().execute("""
                UPDATE issue SET probability = 6 - probability, impact = 6 - impact WHERE id = (
                  SELECT MIN(i.id) FROM issue i JOIN project p ON p.id = i.project_id
                  WHERE p.pkey = ? AND i.raid_type = 'RISK' AND i.status_category <> 'done'
                    AND i.security_level_id IS NULL AND i.probability <> 3)""", targets.browsableProject());
        Map<String, String> after = answers(user);
        assertThat(before.keySet().stream().filter(request -> !before.get(request).equals(after.get(request))))
                .as("a change %s may see moves some answer", user).isNotEmpty();
    }

    private static void assertSame(Map<String, String> before, Map<String, String> after, String user) {
        List<String> moved = new ArrayList<>();
        before.forEach((request, answer) -> {
            if (!answer.equals(after.get(request))) {
                moved.add(request + "\n  before: " + JiraErrorShape.abbreviate(difference(answer, after.get(request)))
                        + "\n  after:  " + JiraErrorShape.abbreviate(difference(after.get(request), answer)));
            }
        });
        assertThat(moved).as("answers to %s that moved when only hidden data changed", user).isEmpty();
        assertThat(before).as("answers compared").hasSizeGreaterThan(10);
    }

    /** Every read endpoint's answer for the user: on the project and issue they browse, and across projects. */
    private static Map<String, String> answers(String user) throws Exception {
        Targets targets = fixture.targets(user);
        Map<String, String> answers = new LinkedHashMap<>();
        for (EndpointSpec spec : EndpointSpecs.all()) {
            if (spec.writes()) {
                continue;
            }
            List<String> projects = new ArrayList<>();
            projects.add(targets.browsableProject());
            if (spec.acrossProjects()) {
                projects.add(null);
            }
            for (String project : projects) {
                EndpointSpec.Request request = spec.request().apply(new Call(user, project,
                        targets.browsableIssue(), fixture.reads(user)));
                HttpResponse<String> answer = fixture.send(request, user, Sending.asTheApp(spec.websudo()));
                answers.put(request.path(), answer.statusCode() + " " + answer.body());
            }
        }
        return answers;
    }

    /** The text from where two answers first differ. */
    private static String difference(String one, String other) {
        if (other == null) {
            return one;
        }
        int at = 0;
        while (at < one.length() && at < other.length() && one.charAt(at) == other.charAt(at)) {
            at++;
        }
        return one.substring(Math.max(0, at - 40));
    }
}
