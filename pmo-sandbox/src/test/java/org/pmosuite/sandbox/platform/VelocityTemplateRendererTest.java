package org.pmosuite.sandbox.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringWriter;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.pmosuite.testapp.RiskSummary;

/** Jira's Velocity rules in the sandbox: auto-escaping, and the method allowlist failing loudly. */
class VelocityTemplateRendererTest {

    private static final String RISK = RiskSummary.class.getName();

    private final VelocityTemplateRenderer renderer = new VelocityTemplateRenderer(new VelocityAllowlist(List.of(
            RISK + "#getTitle()", RISK + "#getTitleHtml()")));
    private final PropertiesI18nResolver i18n = PropertiesI18nResolver.load(getClass().getClassLoader(), "i18n/pmo");

    @Test
    void escapesReferencesButNotThoseNamedAsHtml() throws Exception {
        String html = render("templates/sandbox-test/escaping.vm",
                Map.of("risk", new RiskSummary("<b>Vendor & \"delay\"</b>"), "i18n", i18n));

        assertThat(html).contains("title=&lt;b&gt;Vendor &amp; &quot;delay&quot;&lt;/b&gt;")
                .contains("html=<em><b>Vendor & \"delay\"</b></em>")
                .contains("text=No project could be found with key &#39;&lt;X&gt;&#39;");
    }

    @Test
    void aMethodMissingFromTheAllowlistFailsTheRender() {
        assertThatThrownBy(() -> render("templates/sandbox-test/not-allowlisted.vm",
                Map.of("risk", new RiskSummary("Vendor delay"))))
                .isInstanceOf(VelocityAllowlistViolation.class)
                .hasMessageContaining(RISK + "#getOwner()");
    }

    @Test
    void platformObjectsOutsideTheDefaultsAreRefusedToo() {
        assertThatThrownBy(() -> render("templates/sandbox-test/get-class.vm", Map.of("text", "PAY")))
                .isInstanceOf(VelocityAllowlistViolation.class)
                .hasMessageContaining("java.lang.String#getClass()");
    }

    @Test
    void referenceNamesAreReadLikeJiraReadsThem() {
        assertThat(HtmlEscapingInsertionHandler.lastName("$page.projects")).isEqualTo("projects");
        assertThat(HtmlEscapingInsertionHandler.lastName("$!{page.descriptionHtml}")).isEqualTo("descriptionHtml");
        assertThat(HtmlEscapingInsertionHandler.lastName("$i18n.getText(\"a.b\", $x.renderY())")).isEqualTo("getText");
        assertThat(HtmlEscapingInsertionHandler.isHtmlSafe("$field.renderBody()")).isTrue();
        assertThat(HtmlEscapingInsertionHandler.isHtmlSafe("$field.getRenderedBody()")).isTrue();
        assertThat(HtmlEscapingInsertionHandler.isHtmlSafe("$helper.html")).isFalse();
    }

    private String render(String template, Map<String, Object> context) throws Exception {
        StringWriter out = new StringWriter();
        renderer.render(template, context, out);
        return out.toString();
    }
}
