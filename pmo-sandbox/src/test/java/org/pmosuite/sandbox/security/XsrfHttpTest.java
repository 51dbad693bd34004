package org.pmosuite.sandbox.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.pmosuite.sandbox.data.PortfolioGenerator;
import org.pmosuite.sandbox.security.EndpointSpec.Call;
import org.pmosuite.sandbox.security.EndpointSpec.Request;
import org.pmosuite.sandbox.security.SecurityFixture.Sending;
import org.pmosuite.sandbox.security.SecurityFixture.Targets;

/**
 * Every state-changing endpoint, called with a request that would succeed, refuses it from another origin and as
 * a cross-site form would send it (no XSRF header, a simple content type), and does nothing when asked by GET;
 * the same request from the app's own pages then succeeds, so the refusals are the XSRF check's and not the
 * request's.
 */
class XsrfHttpTest extends SecurityHttpTestBase {

    private static final String LEAD = PortfolioGenerator.PMO_LEAD;

    @TestFactory
    Stream<DynamicTest> everyStateChangingEndpointRefusesForgedRequests() {
        List<EndpointSpec> writes = EndpointSpecs.all().stream().filter(EndpointSpec::writes).toList();
        assertThat(writes).as("the harness found the writes").hasSizeGreaterThanOrEqualTo(5);
        return writes.stream().map(spec -> DynamicTest.dynamicTest(spec.id(), () -> check(spec)));
    }

    private static void check(EndpointSpec spec) throws Exception {
        Targets targets = fixture.targets(LEAD);
        Request request = spec.request().apply(new Call(LEAD, targets.browsableProject(), targets.browsableIssue(),
                fixture.reads(LEAD)));
        Sending app = Sending.asTheApp(spec.websudo());
        List<String> problems = new ArrayList<>();

        String before = fixture.digest();
        HttpResponse<String> crossOrigin = fixture.send(request, LEAD,
                app.withOrigin(SecurityFixture.FOREIGN_ORIGIN, false));
        refused(crossOrigin, "from " + SecurityFixture.FOREIGN_ORIGIN, problems);
        HttpResponse<String> form = fixture.send(request.body() == null ? request.withBody("") : request, LEAD,
                app.withOrigin(null, false).withContentType("text/plain"));
        refused(form, "as a cross-site form (text/plain, no XSRF header, no origin)", problems);
        HttpResponse<String> byGet = fixture.send(new Request("GET", request.path(), null), LEAD, app);
        if (byGet.statusCode() != 405 && !readsAt(spec, request)) {
            problems.add("GET of " + request.path() + " answered " + byGet.statusCode() + ", not 405");
        }
        if (!fixture.digest().equals(before)) {
            problems.add("a refused request changed stored data");
        }

        HttpResponse<String> genuine = fixture.send(request, LEAD, app);
        if (genuine.statusCode() < 200 || genuine.statusCode() > 299) {
            problems.add("the same request from the app's pages answered " + genuine.statusCode() + ": "
                    + JiraErrorShape.abbreviate(genuine.body()));
        }
        assertThat(problems).as(spec.id()).isEmpty();
    }

    private static void refused(HttpResponse<String> answer, String how, List<String> problems) {
        if (answer.statusCode() != 403) {
            problems.add(how + ": " + answer.statusCode() + " instead of 403");
        } else if (!answer.body().contains("XSRF")) {
            problems.add(how + ": the 403 does not say it is the XSRF check: " + answer.body());
        }
        JiraErrorShape.problems(answer).forEach(problem -> problems.add(how + ": " + problem));
    }

    /** Whether a read is specified at the write's path, so that GET there is that read (which changes nothing). */
    private static boolean readsAt(EndpointSpec write, Request request) {
        String path = write.id().substring(write.id().indexOf(' ') + 1);
        Set<String> reads = EndpointSpecs.all().stream().map(EndpointSpec::id).filter(id -> id.startsWith("GET "))
                .map(id -> id.substring(4)).collect(Collectors.toSet());
        return reads.contains(path) && !request.path().isEmpty();
    }
}
