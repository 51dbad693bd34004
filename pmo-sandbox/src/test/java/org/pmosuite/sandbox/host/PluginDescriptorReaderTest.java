package org.pmosuite.sandbox.host;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import jakarta.servlet.http.HttpServlet;
import org.junit.jupiter.api.Test;

/** The sandbox reads the plugin's real, Maven-filtered descriptor and finds everything it hosts. */
class PluginDescriptorReaderTest {

    private final ClassLoader classLoader = getClass().getClassLoader();
    private final PluginDescriptor descriptor = PluginDescriptorReader.fromClasspath(classLoader);

    @Test
    void readsThePluginKeyAndTheI18nBundle() {
        assertThat(descriptor.pluginKey()).isEqualTo("org.pmosuite.pmo-jira-plugin");
        assertThat(descriptor.i18nLocation()).isEqualTo("i18n/pmo");
        assertThat(classLoader.getResource(descriptor.i18nLocation() + ".properties")).isNotNull();
    }

    @Test
    void findsTheRestModuleAndItsPackages() {
        assertThat(descriptor.restModules()).singleElement().satisfies(rest -> {
            assertThat(rest.basePath()).isEqualTo("/rest/pmo/1.0");
            assertThat(rest.packages()).containsExactly("org.pmosuite.jira");
        });
    }

    @Test
    void findsTheHeatMapServletAndItsClass() throws Exception {
        assertThat(descriptor.servlets()).anySatisfy(servlet -> {
            assertThat(servlet.key()).isEqualTo("raid-heatmap-servlet");
            assertThat(servlet.urlPatterns()).containsExactly("/pmo/raid/heatmap");
            assertThat(HttpServlet.class.isAssignableFrom(loadClass(servlet.className()))).isTrue();
        });
    }

    @Test
    void findsTheHeatMapWebResourcesWithFilesThatExist() {
        PluginDescriptor.WebResourceModule page = descriptor.webResource("raid-heatmap").orElseThrow();
        PluginDescriptor.WebResourceModule view = descriptor.webResource("raid-heatmap-view").orElseThrow();
        PluginDescriptor.WebResourceModule common = descriptor.webResource("pmo-common").orElseThrow();

        assertThat(page.dependencies()).containsExactly(descriptor.pluginKey() + ":raid-heatmap-view");
        assertThat(page.resources()).extracting(PluginDescriptor.DownloadResource::name)
                .containsExactly("heatmap-page.js");
        assertThat(view.dependencies()).containsExactly(descriptor.pluginKey() + ":pmo-common");
        assertThat(view.resources()).extracting(PluginDescriptor.DownloadResource::name)
                .containsExactly("heatmap-view.js", "raid-heatmap.css");
        assertThat(common.dependencies()).contains(WebResources.AUI, WebResources.AUI_FLAG,
                WebResources.CONTEXT_PATH, WebResources.I18N);
        assertThat(descriptor.webResources()).allSatisfy(module -> assertThat(module.resources()).allSatisfy(
                resource -> assertThat(classLoader.getResource(resource.location())).as(resource.location())
                        .isNotNull()));
    }

    @Test
    void everyWebResourceWithJavaScriptDeclaresTheJsI18nTransformer() {
        assertThat(descriptor.webResources()).allSatisfy(module -> assertThat(module.resources())
                .filteredOn(resource -> resource.name().endsWith(".js"))
                .allSatisfy(resource -> assertThat(module.transforms(resource.name(), "jsI18n"))
                        .as(module.key() + "/" + resource.name()).isTrue()));
    }

    @Test
    void everyAllowlistedMethodExists() {
        assertThat(descriptor.velocityAllowlist()).isNotEmpty().allSatisfy(entry -> {
            String type = entry.substring(0, entry.indexOf('#'));
            String method = entry.substring(entry.indexOf('#') + 1, entry.indexOf('('));
            assertThat(Arrays.stream(loadClass(type).getMethods()).map(Method::getName)).as(entry).contains(method);
        });
    }

    @Test
    void readsThePmoMenuOfTheTopNavigationBar() {
        assertThat(descriptor.webItems(TopNavigation.TOP_SECTION)).singleElement().satisfies(item -> {
            assertThat(item.key()).isEqualTo("pmo-top-menu");
            assertThat(item.weight()).isEqualTo(60);
            assertThat(item.labelKey()).isEqualTo("pmo.menu.label");
            assertThat(item.linkId()).isEqualTo("pmo-top-menu-link");
            assertThat(item.link()).isEqualTo("/plugins/servlet/pmo/raid/heatmap");
            assertThat(item.hasVariables()).isFalse();
        });
        assertThat(descriptor.webSections("pmo-top-menu-link")).singleElement().satisfies(section -> {
            assertThat(section.key()).isEqualTo("pmo-top-menu-section");
            assertThat(section.weight()).isEqualTo(10);
        });
        assertThat(descriptor.webItems("pmo-top-menu-link/pmo-top-menu-section")).singleElement().satisfies(item -> {
            assertThat(item.key()).isEqualTo("pmo-menu-raid-heatmap");
            assertThat(item.labelKey()).isEqualTo("pmo.raid.heatmap.title");
            assertThat(item.linkId()).isEqualTo("pmo-menu-raid-heatmap-link");
            assertThat(item.link()).isEqualTo("/plugins/servlet/pmo/raid/heatmap");
        });
    }

    @Test
    void readsTheProjectSidebarItemWithItsParams() {
        assertThat(descriptor.webItems(ProjectPages.SIDEBAR_SECTION)).singleElement().satisfies(item -> {
            assertThat(item.key()).isEqualTo("raid-heatmap-project-link");
            assertThat(item.weight()).isEqualTo(300);
            assertThat(item.link()).isEqualTo("/plugins/servlet/pmo/raid/heatmap?project=$pathEncodedProjectKey");
            assertThat(item.hasVariables()).isTrue();
            assertThat(item.params()).containsEntry("iconClass", "aui-icon-large aui-iconfont-warning");
        });
    }

    @Test
    void ordersWebItemsAndSectionsByWeightWithJirasDefault() throws Exception {
        PluginDescriptor read = read("""
                <atlassian-plugin key="org.example.plugin" name="Example">
                    <web-item key="heavy" section="menu/main" weight="200"><link linkId="h">/h</link></web-item>
                    <web-item key="unweighted" section="menu/main"><label key="x"/></web-item>
                    <web-item key="light" section="menu/main" weight="5"><param name="p">text</param></web-item>
                    <web-section key="second" location="menu" weight="20"/>
                    <web-section key="first" location="menu" weight="10"><label key="first.label"/></web-section>
                </atlassian-plugin>""");

        assertThat(read.webItems("menu/main")).extracting(PluginDescriptor.WebItemModule::key)
                .containsExactly("light", "heavy", "unweighted");
        assertThat(read.webItems("menu/main").get(2).weight()).isEqualTo(PluginDescriptor.DEFAULT_WEIGHT);
        assertThat(read.webItems("menu/main").get(0).params()).containsEntry("p", "text");
        assertThat(read.webItems("menu/main").get(1).linkId()).isEqualTo("h");
        assertThat(read.webSections("menu")).extracting(PluginDescriptor.WebSectionModule::key)
                .containsExactly("first", "second");
        assertThat(read.webSections("menu").get(0).labelKey()).isEqualTo("first.label");
    }

    @Test
    void ignoresModuleTypesItDoesNotHost() throws Exception {
        PluginDescriptor read = read("""
                <atlassian-plugin key="org.example.plugin" name="Example">
                    <web-panel key="panel" location="atl.header"/>
                    <servlet key="page" name="Page" class="org.example.Page"><url-pattern>/example</url-pattern></servlet>
                </atlassian-plugin>""");

        assertThat(read.pluginKey()).isEqualTo("org.example.plugin");
        assertThat(read.servlets()).extracting(PluginDescriptor.ServletModule::key).containsExactly("page");
        assertThat(read.restModules()).isEmpty();
        assertThat(read.webItems()).isEmpty();
    }

    private static PluginDescriptor read(String xml) throws Exception {
        return PluginDescriptorReader.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private Class<?> loadClass(String name) {
        try {
            return Class.forName(name, false, classLoader);
        } catch (ClassNotFoundException e) {
            throw new AssertionError(name + " is not on the classpath", e);
        }
    }
}
