package org.pmosuite.sandbox.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.lifecycle.BeforeProperty;
import org.pmosuite.sandbox.data.PortfolioGenerator;
import org.pmosuite.sandbox.security.EndpointSpec.Call;
import org.pmosuite.sandbox.security.EndpointSpec.Request;
import org.pmosuite.sandbox.security.HostileInput.Mutation;
import org.pmosuite.sandbox.security.SecurityFixture.Sending;
import org.pmosuite.sandbox.security.SecurityFixture.Targets;

/**
 * Random and malformed values in every parameter and JSON member of every endpoint, sent by an administrator in a
 * secure session (so that they reach validation, not an access check). Never a 5xx; a refusal is a 4xx in Jira's
 * error shape with a message a person can act on (a page: its error message); a refused write leaves the store's
 * digest unchanged, and no read changes it at all.
 */
class HostileInputHttpTest {

    private static final String LEAD = PortfolioGenerator.PMO_LEAD;

    static Path dataRoot;
    static SecurityFixture fixture;
    static Targets targets;
    static String digestBefore;
    /** Whether the running property writes: only a property of reads must leave the store as it found it. */
    static boolean writing;

    @BeforeContainer
    static void start() throws Exception {
        dataRoot = Files.createTempDirectory("pmo-hostile");
        fixture = SecurityFixture.start(dataRoot);
        targets = fixture.targets(LEAD);
    }

    @AfterContainer
    static void stop() throws IOException {
        if (fixture != null) {
            fixture.close();
        }
        try (Stream<Path> files = Files.walk(dataRoot)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    @BeforeProperty
    void rememberTheStore() {
        digestBefore = fixture.digest();
        writing = false;
    }

    @Property(tries = 400)
    void hostileReadsAnswerAReadableRefusalAndChangeNothing(@ForAll("reads") Hostile hostile) throws Exception {
        HttpResponse<String> answer = send(hostile);

        assertAnswered(hostile, answer);
    }

    @AfterProperty
    void noReadChangedTheStore() {
        if (!writing) {
            assertThat(fixture.digest()).as("hostile reads changed stored data").isEqualTo(digestBefore);
        }
    }

    @Property(tries = 200)
    void hostileWritesAreRefusedReadablyAndStoreNothing(@ForAll("writes") Hostile hostile) throws Exception {
        writing = true;
        String before = fixture.digest();

        HttpResponse<String> answer = send(hostile);

        assertAnswered(hostile, answer);
        if (answer.statusCode() >= 400) {
            assertThat(fixture.digest()).as("a refused write changed stored data: %s", hostile).isEqualTo(before);
        }
    }

    @Example
    void aBodyThatIsNotJsonIsA400NamingTheBody() throws Exception {
        HttpResponse<String> answer = fixture.send(new Request("POST", EndpointSpecs.REST + "raid/entries?project="
                + targets.browsableProject(), "{\"summary\": \"Vendor"), LEAD, Sending.asTheApp(false));

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(JiraErrorShape.problems(answer)).isEmpty();
        assertThat(answer.body()).contains("\"body\":\"The request body is not valid JSON");
    }

    @Example
    void aMemberOfTheWrongKindIsA400NamingTheMember() throws Exception {
        HttpResponse<String> answer = fixture.send(new Request("PUT", EndpointSpecs.REST + "raid/matrix?project="
                + targets.browsableProject(), "{\"version\": 0, \"size\": 3, \"probabilityLabels\": \"Rare\"}"),
                LEAD, Sending.asTheApp(true));

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(JiraErrorShape.problems(answer)).isEmpty();
        assertThat(answer.body()).contains("\"probabilityLabels\":\"'probabilityLabels' has a value of the wrong kind");
    }

    @Example
    void nestingDeeperThanTheParserAllowsIsA400() throws Exception {
        HttpResponse<String> answer = fixture.send(new Request("POST", EndpointSpecs.REST + "raid/entries?project="
                + targets.browsableProject(), "[".repeat(5000) + "]".repeat(5000)), LEAD, Sending.asTheApp(false));

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(JiraErrorShape.problems(answer)).isEmpty();
    }

    @Example
    void aMethodThePathDoesNotTakeIsA405SayingWhichItTakes() throws Exception {
        HttpResponse<String> answer = fixture.send(new Request("DELETE", EndpointSpecs.REST + "raid/log", null), LEAD,
                Sending.asTheApp(false));

        assertThat(answer.statusCode()).isEqualTo(405);
        assertThat(JiraErrorShape.problems(answer)).isEmpty();
        assertThat(answer.body()).contains("it takes").contains("GET");
        assertThat(answer.headers().firstValue("Allow").orElse("")).contains("GET");
    }

    @Provide
    Arbitrary<Hostile> reads() {
        return hostileFor(EndpointSpecs.all().stream().filter(spec -> !spec.writes()).toList());
    }

    @Provide
    Arbitrary<Hostile> writes() {
        return hostileFor(EndpointSpecs.all().stream().filter(EndpointSpec::writes).toList());
    }

    /** An endpoint and what is done to its valid request. */
    record Hostile(EndpointSpec spec, Mutation mutation) {
        @Override
        public String toString() {
            return spec.id() + " with " + mutation;
        }
    }

    private static Arbitrary<Hostile> hostileFor(List<EndpointSpec> specs) {
        return Arbitraries.of(specs).flatMap(spec -> HostileInput.mutations(spec).map(m -> new Hostile(spec, m)));
    }

    private static HttpResponse<String> send(Hostile hostile) throws Exception {
        Request valid = hostile.spec().request().apply(new Call(LEAD, targets.browsableProject(),
                targets.browsableIssue(), fixture.reads(LEAD)));
        return fixture.send(hostile.mutation().apply(valid), LEAD, Sending.asTheApp(hostile.spec().websudo()));
    }

    private static void assertAnswered(Hostile hostile, HttpResponse<String> answer) {
        assertThat(answer.statusCode()).as("%s answered %s: %s", hostile, answer.statusCode(),
                JiraErrorShape.abbreviate(answer.body())).isLessThan(500);
        if (answer.statusCode() < 400) {
            return;
        }
        if (hostile.spec().isPage()) {
            assertThat(answer.body()).as("%s: the %s page says what is wrong", hostile, answer.statusCode())
                    .contains("aui-message");
        } else {
            assertThat(JiraErrorShape.problems(answer)).as("%s answered %s: %s", hostile, answer.statusCode(),
                    JiraErrorShape.abbreviate(answer.body())).isEmpty();
        }
    }
}
