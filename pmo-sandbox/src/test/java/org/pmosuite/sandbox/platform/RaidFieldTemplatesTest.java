package org.pmosuite.sandbox.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.pmosuite.jira.raid.field.RaidFieldOption;
import org.pmosuite.sandbox.host.module.PluginDescriptorReader;
import org.pmosuite.sandbox.host.module.VelocityAllowlistModuleHost;
import org.pmosuite.testapp.JiraFieldStandIn;

/**
 * The RAID field types' view and edit templates, rendered as Jira renders them (escaping every reference, only
 * allowlisted methods, Jira's field macros around the edit control): hostile values stay text, and the edit control
 * carries the field's id and its current value.
 */
class RaidFieldTemplatesTest {

    private static final String HOSTILE = "<script>alert(1)</script>\" onmouseover=\"alert(2)";

    private final VelocityTemplateRenderer renderer = new VelocityTemplateRenderer(new VelocityAllowlist(allowlist()));
    private final PropertiesI18nResolver i18n = PropertiesI18nResolver.load(getClass().getClassLoader(), "i18n/pmo");

    private static List<String> allowlist() {
        List<String> methods = new ArrayList<>(VelocityAllowlistModuleHost.methods(
                PluginDescriptorReader.fromClasspath(RaidFieldTemplatesTest.class.getClassLoader())));
        methods.add(JiraFieldStandIn.class.getName() + "#getId()");
        methods.add(JiraFieldStandIn.class.getName() + "#getName()");
        return methods;
    }

    @Test
    void aViewShowsTheValueAsText() throws Exception {
        String html = render("view-text.vm", Map.of("raidText", HOSTILE));

        assertThat(html).doesNotContain("<script>").doesNotContain("\" onmouseover")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;&quot; onmouseover=&quot;alert(2)");
    }

    @Test
    void theScoreShowsItsBandOnlyWhenItHasOne() throws Exception {
        String banded = render("view-score.vm", Map.of("raidText", "20", "raidBandLabel", "Act <now>",
                "raidBandColour", "#de350b"));
        String unrated = render("view-score.vm", Map.of("raidText", ""));

        assertThat(banded).contains(">20<").contains("Act &lt;now&gt;").contains("border-color: #de350b");
        assertThat(unrated.strip()).isEmpty();
    }

    @Test
    void aSelectListOffersTheChoicesWithTheCurrentOneSelected() throws Exception {
        String html = render("edit-select.vm", Map.of("value", "Owned", "raidOptions", List.of(
                new RaidFieldOption("Resolved", "Resolved"), new RaidFieldOption("Owned", "Owned <b>me</b>"))));

        assertThat(html).contains("<label for=\"customfield_10100\">RAID &lt;Type&gt;</label>")
                .contains("<select class=\"select\" id=\"customfield_10100\" name=\"customfield_10100\">")
                .contains("<option value=\"\">None</option>")
                .contains("<option value=\"Owned\" selected=\"selected\">Owned &lt;b&gt;me&lt;/b&gt;</option>")
                .contains("<option value=\"Resolved\">Resolved</option>");
    }

    @Test
    void textInputsKeepWhatWasTypedAsAnAttributeOrText() throws Exception {
        String line = render("edit-text.vm", Map.of("value", HOSTILE));
        String area = render("edit-textarea.vm", Map.of("value", HOSTILE));
        String date = render("edit-date.vm", Map.of("value", "2026-03-01"));
        String empty = render("edit-text.vm", Map.of());

        assertThat(line).contains("value=\"&lt;script&gt;alert(1)&lt;/script&gt;&quot; onmouseover=&quot;alert(2)\"");
        assertThat(area).contains(">&lt;script&gt;alert(1)&lt;/script&gt;&quot; onmouseover=&quot;alert(2)</textarea>");
        assertThat(date).contains("type=\"date\"").contains("value=\"2026-03-01\"");
        assertThat(empty).contains("value=\"\"");
    }

    private String render(String template, Map<String, Object> values) throws Exception {
        Map<String, Object> context = new HashMap<>(values);
        context.put("fieldTemplate", "templates/raid/field/" + template);
        context.put("customField", new JiraFieldStandIn("customfield_10100", "RAID <Type>"));
        context.put("i18n", i18n);
        StringWriter out = new StringWriter();
        renderer.render("templates/sandbox-test/jira-field.vm", context, out);
        return out.toString();
    }
}
