package org.pmosuite.sandbox.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.pmosuite.sandbox.security.EndpointSpec.Access;
import org.pmosuite.sandbox.security.EndpointSpec.Call;
import org.pmosuite.sandbox.security.EndpointSpec.Concern;
import org.pmosuite.sandbox.security.EndpointSpec.Request;
import org.pmosuite.sandbox.security.SecurityFixture.Sending;
import org.pmosuite.sandbox.security.SecurityFixture.Targets;

/**
 * Every demo user and nobody, against every endpoint, on a project or issue they may browse, one they may not, and
 * one that does not exist. A hidden target answers exactly like a missing one and changes nothing; those not
 * allowed are refused with a reason; websudo guards what needs it; and no answer names a hidden project or issue.
 */
class PermissionMatrixHttpTest extends SecurityHttpTestBase {

    @TestFactory
    Stream<DynamicTest> everyUserAgainstEveryEndpoint() {
        // Reads first, so that a write's change cannot hide a read's leak; writes last, in the specs' order.
        List<EndpointSpec> specs = new ArrayList<>(EndpointSpecs.all());
        specs.sort((a, b) -> Boolean.compare(a.writes(), b.writes()));
        return specs.stream().flatMap(spec -> SecurityFixture.USERS.stream().map(user -> DynamicTest.dynamicTest(
                spec.id() + " as " + user, () -> check(spec, user))));
    }

    private static void check(EndpointSpec spec, String user) throws Exception {
        Targets targets = fixture.targets(user);
        List<String> problems = new ArrayList<>();
        hiddenAnswersLikeMissing(spec, user, targets, problems);
        if (user.equals(SecurityFixture.ANONYMOUS)) {
            anonymousIsSentToLogIn(spec, targets, problems);
        } else {
            allowedOrRefusedWithAReason(spec, user, targets, targets.browsableProject(), problems);
            if (spec.acrossProjects()) {
                allowedOrRefusedWithAReason(spec, user, targets, null, problems);
            }
        }
        assertThat(problems).as(spec.id() + " as " + user).isEmpty();
    }

    private static void hiddenAnswersLikeMissing(EndpointSpec spec, String user, Targets targets,
            List<String> problems) throws Exception {
        String hidden;
        String missing;
        if (spec.concern() == Concern.PROJECT) {
            hidden = targets.hiddenProject();
            missing = SecurityFixture.MISSING_PROJECT;
        } else if (spec.concern() == Concern.ISSUE) {
            hidden = targets.hiddenIssue();
            missing = targets.missingIssue();
        } else {
            return;
        }
        if (hidden == null) {
            return; // this user may browse everything there is
        }
        String before = fixture.digest();
        HttpResponse<String> toHidden = send(spec, user, spec.concern() == Concern.PROJECT ? hidden : null,
                spec.concern() == Concern.ISSUE ? hidden : null);
        HttpResponse<String> toMissing = send(spec, user, spec.concern() == Concern.PROJECT ? missing : null,
                spec.concern() == Concern.ISSUE ? missing : null);
        if (toHidden.statusCode() != toMissing.statusCode()) {
            problems.add("hidden " + hidden + " answered " + toHidden.statusCode() + " but missing " + missing
                    + " answered " + toMissing.statusCode());
        } else if (!normalised(toHidden.body(), hidden).equals(normalised(toMissing.body(), missing))) {
            problems.add("hidden " + hidden + " and missing " + missing + " answered differently:\n  "
                    + JiraErrorShape.abbreviate(toHidden.body()) + "\n  "
                    + JiraErrorShape.abbreviate(toMissing.body()));
        }
        if (toHidden.statusCode() < 400 && !user.equals(SecurityFixture.ANONYMOUS)) {
            problems.add("hidden " + hidden + " answered " + toHidden.statusCode());
        }
        if (!fixture.digest().equals(before)) {
            problems.add("a request about hidden " + hidden + " or missing " + missing + " changed stored data");
        }
    }

    private static void anonymousIsSentToLogIn(EndpointSpec spec, Targets targets, List<String> problems)
            throws Exception {
        String before = fixture.digest();
        HttpResponse<String> answer = send(spec, SecurityFixture.ANONYMOUS, targets.browsableProject(),
                targets.browsableIssue());
        if (spec.isPage()) {
            // The platform's servlet security answers 401 before the servlet runs; a servlet may also redirect.
            String location = answer.headers().firstValue("Location").orElse("");
            if (answer.statusCode() != 401 && !(answer.statusCode() == 302 && location.contains("login"))) {
                problems.add("a page for nobody answered " + answer.statusCode() + " " + location
                        + " instead of 401 or a redirect to log in");
            }
        } else if (answer.statusCode() != 401) {
            problems.add("nobody got " + answer.statusCode() + " instead of 401");
        } else {
            JiraErrorShape.problems(answer).forEach(problem -> problems.add("401: " + problem));
        }
        if (!fixture.digest().equals(before)) {
            problems.add("a request by nobody changed stored data");
        }
    }

    private static void allowedOrRefusedWithAReason(EndpointSpec spec, String user, Targets targets,
            String project, List<String> problems) throws Exception {
        String where = project == null ? " across projects" : " on " + project;
        boolean allowed = allowed(spec, user, targets, project);
        if (spec.websudo() && allowed) {
            HttpResponse<String> withoutWebsudo = send(spec, user, project, targets.browsableIssue(), false);
            if (spec.isPage()) {
                String location = withoutWebsudo.headers().firstValue("Location").orElse("");
                if (withoutWebsudo.statusCode() != 302 || !location.contains("WebSudoAuthenticate")) {
                    problems.add("without websudo" + where + ": " + withoutWebsudo.statusCode() + " " + location
                            + " instead of the redirect to confirm");
                }
            } else if (withoutWebsudo.statusCode() != 401) {
                problems.add("without websudo" + where + ": " + withoutWebsudo.statusCode() + " instead of 401");
            }
        }
        HttpResponse<String> answer = send(spec, user, project, targets.browsableIssue(), true);
        if (allowed && (answer.statusCode() < 200 || answer.statusCode() > 299)) {
            problems.add("allowed" + where + " but answered " + answer.statusCode() + ": "
                    + JiraErrorShape.abbreviate(answer.body()));
        }
        if (!allowed) {
            if (answer.statusCode() != 403) {
                problems.add("not allowed" + where + " but answered " + answer.statusCode());
            } else if (!spec.isPage()) {
                JiraErrorShape.problems(answer).forEach(problem -> problems.add("403" + where + ": " + problem));
            } else if (!answer.body().contains("aui-message")) {
                problems.add("403 page" + where + " gives no reason");
            }
        }
        leaks(answer, user).forEach(leak -> problems.add("the answer" + where + " names hidden " + leak));
    }

    private static boolean allowed(EndpointSpec spec, String user, Targets targets, String project)
            throws Exception {
        Access access = EndpointSpecs.accessFor(spec, project);
        return switch (access) {
            case USER -> true;
            case PROJECT_ADMIN -> targets.administersBrowsable();
            case ADMIN -> fixture.isAdministrator(user);
            case PMO_LEAD -> fixture.isAdministrator(user) || fixture.isPmoLead(user);
            case EDITOR -> fixture.edits(user, project == null ? targets.browsableProject() : project);
            case INTAKE_REQUESTER -> fixture.edits(user, fixture.demoIntakeProject());
            case INTAKE_PARTY -> fixture.isAdministrator(user) || fixture.isPmoLead(user)
                    || fixture.requestsIntake(user, false);
            case INTAKE_ANSWERER -> fixture.requestsIntake(user, true);
        };
    }

    /** The hidden project keys and issue keys an answer names, read from the tables by the test's own SQL. */
    static List<String> leaks(HttpResponse<String> answer, String user) throws Exception {
        List<String> named = new ArrayList<>();
        // A hidden project: its key as a value (in JSON, a URL, an attribute, a cell or an element), or an issue key
        // of it. Its key as a word in prose ("API" in a summary) is not a reference to it.
        for (String key : fixture.sandbox().strings("""
                SELECT p.pkey FROM project p, sandbox_user u WHERE u.user_key = ? AND NOT u.browses_all
                  AND p.id NOT IN (SELECT g.project_id FROM project_permission g WHERE g.user_key = u.user_key)""",
                user)) {
            if (Pattern.compile("(?<=[\"'=>,\\n]|^)" + Pattern.quote(key) + "(?=[\"'&<,\\r\\n]|$)|(?<![A-Za-z0-9])"
                    + Pattern.quote(key) + "-\\d").matcher(answer.body()).find()) {
                named.add(key);
            }
        }
        // A hidden issue in a project the user browses: its key.
        for (String key : fixture.sandbox().strings("""
                SELECT p.pkey || '-' || i.issue_num FROM issue i JOIN project p ON p.id = i.project_id
                WHERE i.security_level_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM issue_security_grant s
                      WHERE s.level_id = i.security_level_id AND s.user_key = ?)""", user)) {
            if (Pattern.compile("(?<![A-Za-z0-9-])" + Pattern.quote(key) + "(?![0-9])").matcher(answer.body())
                    .find()) {
                named.add(key);
            }
        }
        return named;
    }

    private static HttpResponse<String> send(EndpointSpec spec, String user, String project, String issue)
            throws Exception {
        return send(spec, user, project, issue, true);
    }

    private static HttpResponse<String> send(EndpointSpec spec, String user, String project, String issue,
            boolean websudo) throws Exception {
        Request request = spec.request().apply(new Call(user, project, issue, fixture.reads(user)));
        return fixture.send(request, user, Sending.asTheApp(websudo && spec.websudo()));
    }

    private static String normalised(String body, String key) {
        return body.replace(key, "KEY");
    }
}
