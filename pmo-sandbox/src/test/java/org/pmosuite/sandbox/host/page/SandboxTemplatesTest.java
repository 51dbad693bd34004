package org.pmosuite.sandbox.host.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.pmosuite.sandbox.platform.VelocityAllowlist;
import org.pmosuite.sandbox.platform.VelocityAllowlistViolation;
import org.pmosuite.testapp.RiskSummary;

/** The sandbox's own allowlist covers exactly its page models, and its templates escape what they insert. */
class SandboxTemplatesTest {

    private static final List<Class<?>> MODELS = List.of(LayoutView.class, NavigationEntry.class, UsersTable.class,
            HomeView.class, AccessDeniedView.class, PageResources.class, DashboardView.class, IssueView.class);

    private final ClassLoader classLoader = getClass().getClassLoader();
    private final SandboxTemplates templates = SandboxTemplates.load(classLoader);

    @Test
    void theAllowlistListsEveryAccessorOfEveryPageModelAndNothingElse() {
        List<String> accessors = new ArrayList<>();
        for (Class<?> model : MODELS) {
            Stream.concat(Stream.of(model), Arrays.stream(model.getDeclaredClasses())).filter(Class::isRecord)
                    .forEach(record -> Arrays.stream(record.getRecordComponents())
                            .forEach(component -> accessors.add(record.getName() + "#" + component.getName() + "()")));
        }

        assertThat(SandboxTemplates.allowlist(classLoader)).containsExactlyInAnyOrderElementsOf(accessors);
    }

    @Test
    void theSandboxAllowlistDoesNotOpenTheAppsClasses() {
        VelocityAllowlist allowlist = VelocityAllowlist.forPackage(SandboxTemplates.MODEL_PACKAGE,
                List.of(RiskSummary.class.getName() + "#getTitle()"));

        assertThat(allowlist.allows(RiskSummary.class, "getTitle", List.of())).isFalse();
        assertThat(VelocityAllowlist.forPackage(SandboxTemplates.MODEL_PACKAGE,
                SandboxTemplates.allowlist(classLoader)).allows(AccessDeniedView.class, "message", List.of())).isTrue();
    }

    @Test
    void theAccessDeniedPageEscapesTheMessageAndTheLink() {
        String html = templates.render("access-denied.vm", Map.of("denied",
                new AccessDeniedView("<b>No</b> & \"never\"", "/jira/login.jsp?a=1&b=2")));

        assertThat(html).contains("id=\"sandbox-access-denied\"", "<p>&lt;b&gt;No&lt;/b&gt; &amp; &quot;never&quot;</p>",
                "href=\"/jira/login.jsp?a=1&amp;b=2\"", "<meta name=\"decorator\" content=\"atl.general\"/>");
    }

    @Test
    void aTemplateReadingAModelTheAllowlistDoesNotListFails() {
        assertThatThrownBy(() -> templates.render("access-denied.vm",
                Map.of("denied", new UnlistedView("looks like a page model", "/jira/"))))
                .isInstanceOf(VelocityAllowlistViolation.class).hasMessageContaining("UnlistedView#message()");
    }
}
