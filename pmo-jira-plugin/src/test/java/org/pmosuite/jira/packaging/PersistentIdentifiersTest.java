package org.pmosuite.jira.packaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/** Module types the app does not use yet are covered as they come, without a change to the derivation. */
class PersistentIdentifiersTest {

    @Test
    void everyTopLevelModuleWithAKeyAndWhatJiraStoresOfIt() throws Exception {
        Element descriptor = parse("""
                <atlassian-plugin key="org.example.app">
                    <plugin-info><version>1</version></plugin-info>
                    <resource type="i18n" name="i18n" location="i18n/x"/>
                    <dashboard-item key="raid-exposure"><label key="x.label"/></dashboard-item>
                    <customfield-type key="raid-probability" class="org.example.Cf"/>
                    <customfield-searcher key="raid-probability-searcher" class="org.example.Searcher"/>
                    <workflow-condition key="gate-approved" class="org.example.Factory">
                        <condition-class>org.example.GateApprovedCondition</condition-class>
                    </workflow-condition>
                    <ao key="ao-module"/>
                    <ao key="ao-legacy" namespace="org.example.old"/>
                    <global-permission key="gate-keeper" i18n-name-key="x.name" i18n-description-key="x.description"/>
                    <servlet-filter key="filter"><url-pattern>/pmo/*</url-pattern></servlet-filter>
                    <rest key="rest" path="/pmo/" version="2.0"><package>org.pmosuite.jira.packaging</package></rest>
                </atlassian-plugin>
                """);

        assertThat(PersistentIdentifiers.of(descriptor, List.of(Gates.class.getName(), String.class.getName()),
                PersistentIdentifiersTest::load)).containsExactly(
                        "ao-namespace org.example.app",
                        "ao-namespace org.example.old",
                        "global-permission gate-keeper",
                        "module-key ao-legacy",
                        "module-key ao-module",
                        "module-key filter",
                        "module-key gate-approved",
                        "module-key gate-keeper",
                        "module-key raid-exposure",
                        "module-key raid-probability",
                        "module-key raid-probability-searcher",
                        "module-key rest",
                        "plugin-key org.example.app",
                        "rest DELETE /rest/pmo/2.0/gates/{id}",
                        "rest GET /rest/pmo/2.0/gates",
                        "rest POST /rest/pmo/2.0/gates/{id}/decisions",
                        "rest-base /rest/pmo/2.0",
                        "url-pattern /pmo/*",
                        "workflow-class org.example.GateApprovedCondition");
    }

    @Test
    void anAoEntityWithoutATableAnnotationIsRefused() throws Exception {
        Element descriptor = parse("""
                <atlassian-plugin key="org.example.app">
                    <ao key="ao-module"><entity>%s</entity></ao>
                </atlassian-plugin>
                """.formatted(Gates.class.getName()));

        assertThatThrownBy(() -> PersistentIdentifiers.of(descriptor, List.of(), PersistentIdentifiersTest::load))
                .hasMessageContaining(Gates.class.getName()).hasMessageContaining("@net.java.ao.schema.Table");
    }

    @Path("/gates/")
    public static class Gates {
        @GET
        public String list() {
            return "";
        }

        @DELETE
        @Path("{id}")
        public void delete() {
        }

        @Path("{id}")
        public Decisions decisions() {
            return new Decisions();
        }
    }

    public static class Decisions {
        @POST
        @Path("/decisions")
        public void decide() {
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new AssertionError(e);
        }
    }

    private static Element parse(String xml) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))).getDocumentElement();
    }
}
