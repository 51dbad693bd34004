package org.pmosuite.sandbox.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.pmosuite.jira.securityprobe.UnspeccedReportResource;

/**
 * Every endpoint the app publishes has a request spec, and every spec names an endpoint that exists. The harness's
 * other tests take their endpoints from the specs, so an endpoint without one would be checked by none of them.
 */
class EndpointCoverageTest {

    @Test
    void everyPublishedEndpointHasASpecAndEverySpecAnEndpoint() {
        List<Endpoint> published = EndpointDiscovery.ofThePlugin().discover();

        assertCovered(published, EndpointSpecs.byId().keySet());
        assertThat(published).extracting(Endpoint::id).containsAll(EndpointSpecs.byId().keySet());
    }

    @Test
    void discoveryFindsEveryKindOfEndpoint() {
        List<Endpoint> published = EndpointDiscovery.ofThePlugin().discover();

        assertThat(published).extracting(Endpoint::id).contains(
                "GET /rest/pmo/1.0/raid/heatmap", "PUT /rest/pmo/1.0/raid/entries/{key}",
                "DELETE /rest/pmo/1.0/raid/matrix", "GET /plugins/servlet/pmo/raid/log",
                "WEB-PANEL raid-issue-panel", "DASHBOARD-ITEM raid-exposure-item");
        assertThat(published).extracting(Endpoint::id)
                .as("test-only resources share the app's package but are not published")
                .noneMatch(id -> id.contains("probe"));
    }

    /** The proof that forgetting a spec fails the build: a resource added without one is named. */
    @Test
    void aResourceAddedWithoutASpecFailsNamingEachOfItsMethods() {
        EndpointDiscovery withProbe = new EndpointDiscovery(type -> type == UnspeccedReportResource.class
                || EndpointDiscovery.ofThePlugin().isPublished(type));

        assertThatThrownBy(() -> assertCovered(withProbe.discover(), EndpointSpecs.byId().keySet()))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("GET /rest/pmo/1.0/probe/report")
                .hasMessageContaining("POST /rest/pmo/1.0/probe/report/{id}/share")
                .hasMessageContaining(UnspeccedReportResource.class.getName());
    }

    @Test
    void everyReadIsRecomputedOrSaysWhyItHasNoFigures() {
        assertFiguresCovered(EndpointSpecs.all().stream().map(EndpointSpec::id).toList());
        assertThat(AggregatesHttpTest.RECOMPUTED.keySet()).doesNotContainAnyElementsOf(
                AggregatesHttpTest.WITHOUT_FIGURES.keySet());
    }

    /** The proof that a new read cannot go without a recomputation of its figures. */
    @Test
    void aReadAddedWithoutARecomputationFailsNamingIt() {
        List<String> withProbe = new ArrayList<>(EndpointSpecs.byId().keySet());
        withProbe.add("GET /rest/pmo/1.0/probe/report");

        assertThatThrownBy(() -> assertFiguresCovered(withProbe)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("GET /rest/pmo/1.0/probe/report");
    }

    /** Every read (a REST GET, a page, a web panel, a dashboard item) is recomputed or explained, and only those. */
    static void assertFiguresCovered(List<String> specified) {
        Set<String> reads = new TreeSet<>();
        specified.stream().filter(id -> !EndpointSpec.writes(id)).forEach(reads::add);
        Set<String> accounted = new TreeSet<>(AggregatesHttpTest.RECOMPUTED.keySet());
        accounted.addAll(AggregatesHttpTest.WITHOUT_FIGURES.keySet());
        Set<String> missing = new TreeSet<>(reads);
        missing.removeAll(accounted);
        if (!missing.isEmpty()) {
            throw new AssertionError("Reads whose figures nobody recomputes: " + missing + ". Add a recomputation to"
                    + " AggregatesHttpTest.RECOMPUTED, or say in WITHOUT_FIGURES why the answer carries none.");
        }
        assertThat(reads).as("entries of AggregatesHttpTest that name no read").containsAll(accounted);
    }

    static void assertCovered(List<Endpoint> published, Set<String> specified) {
        Set<String> missing = new TreeSet<>();
        published.stream().filter(endpoint -> !specified.contains(endpoint.id()))
                .forEach(endpoint -> missing.add(endpoint.id() + " (" + endpoint.origin() + ")"));
        if (!missing.isEmpty()) {
            throw new AssertionError("Endpoints without a request spec in EndpointSpecs: " + missing
                    + ". Add one: the security harness checks only endpoints it can call.");
        }
    }
}
