package org.pmosuite.sandbox.host;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.pmosuite.sandbox.host.module.ModuleHosts;
import org.pmosuite.sandbox.host.module.PluginDescriptor;
import org.pmosuite.sandbox.host.module.PluginDescriptorReader;
import org.pmosuite.sandbox.host.page.SandboxTemplates;
import org.pmosuite.sandbox.platform.PropertiesI18nResolver;

/** The header's entries from web-items and web-sections: menus, order, the current page, and escaping. */
class TopNavigationTest {

    private static final String XML = """
            <atlassian-plugin key="org.example.plugin" name="Example">
                <web-item key="menu" section="system.top.navigation.bar" weight="20">
                    <label key="pmo.menu.label"/><link linkId="menu-link">/plugins/servlet/a</link>
                </web-item>
                <web-item key="plain" section="system.top.navigation.bar" weight="10">
                    <label key="&lt;b&gt;&quot;Plain&quot;"/><link linkId="plain-link">/plain?x=1&amp;y=2</link>
                </web-item>
                <web-item key="sidebar" section="system.top.navigation.bar" weight="30">
                    <link>/browse/$pathEncodedProjectKey</link>
                </web-item>
                <web-section key="later" location="menu-link" weight="20"/>
                <web-section key="sooner" location="menu-link" weight="10"/>
                <web-item key="b" section="menu-link/sooner" weight="2"><label key="pmo.raid.heatmap.title"/>
                    <link linkId="b-link">/plugins/servlet/b</link></web-item>
                <web-item key="a" section="menu-link/sooner" weight="1"><link>/plugins/servlet/a</link></web-item>
                <web-item key="c" section="menu-link/later" weight="0"><link>/plugins/servlet/c</link></web-item>
                <web-item key="elsewhere" section="menu-link/unknown"><link>/plugins/servlet/d</link></web-item>
            </atlassian-plugin>""";

    private final TopNavigation navigation = new TopNavigation("/jira", descriptor(),
            PropertiesI18nResolver.load(getClass().getClassLoader(), "i18n/pmo"),
            SandboxTemplates.load(getClass().getClassLoader()));

    @Test
    void rendersTopLevelItemsByWeightAndAMenuForItemsWithSections() {
        String html = navigation.render("/jira/somewhere");

        assertThat(html).containsSubsequence(
                "<li><a href=\"/jira/plain?x=1&amp;y=2\" id=\"plain-link\">&lt;b&gt;&quot;Plain&quot;</a></li>",
                "<li><a href=\"/jira/plugins/servlet/a\" id=\"menu-link\" class=\"aui-nav-link aui-dropdown2-trigger\""
                        + " aria-haspopup=\"true\" aria-controls=\"menu-link-content\">PMO</a>",
                "<aui-dropdown-menu id=\"menu-link-content\">",
                "<aui-section id=\"menu-link-sooner\">",
                "<aui-item-link href=\"/jira/plugins/servlet/a\">a</aui-item-link>",
                "<aui-item-link href=\"/jira/plugins/servlet/b\" item-id=\"b-link\">RAID heat map</aui-item-link>",
                "<aui-section id=\"menu-link-later\">",
                "<aui-item-link href=\"/jira/plugins/servlet/c\">c</aui-item-link>",
                "</aui-dropdown-menu></li>");
        assertThat(html).doesNotContain("<b>", "pathEncodedProjectKey", "/plugins/servlet/d", "aui-nav-selected");
    }

    @Test
    void marksTheEntryAndMenuItemOfTheCurrentPage() {
        String html = navigation.render("/jira/plugins/servlet/b?project=X");

        assertThat(html).contains("<li class=\"aui-nav-selected\"><a href=\"/jira/plugins/servlet/a\" id=\"menu-link\"",
                "<aui-item-link href=\"/jira/plugins/servlet/b\" item-id=\"b-link\" extra-classes=\"pmo-nav-current\">")
                .containsOnlyOnce("pmo-nav-current").containsOnlyOnce("aui-nav-selected");
        assertThat(navigation.render("/jira/plain")).containsOnlyOnce("aui-nav-selected")
                .contains("<li class=\"aui-nav-selected\"><a href=\"/jira/plain?x=1&amp;y=2\" id=\"plain-link\" "
                        + "aria-current=\"page\">");
    }

    private static PluginDescriptor descriptor() {
        try {
            return PluginDescriptorReader.read(new ByteArrayInputStream(XML.getBytes(StandardCharsets.UTF_8)),
                    ModuleHosts.all());
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
