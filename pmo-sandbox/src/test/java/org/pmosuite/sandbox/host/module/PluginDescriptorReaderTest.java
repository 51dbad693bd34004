package org.pmosuite.sandbox.host.module;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.servlet.http.HttpServlet;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.junit.jupiter.api.Test;
import org.pmosuite.sandbox.host.ProjectPages;
import org.pmosuite.sandbox.host.TopNavigation;
import org.pmosuite.sandbox.host.WebResources;
import org.pmosuite.sandbox.host.module.DownloadResources.DownloadResource;
import org.pmosuite.sandbox.host.module.WebItemModuleHost.WebItem;
import org.pmosuite.sandbox.host.module.WebSectionModuleHost.WebSection;

/**
 * The sandbox reads the plugin's real, Maven-filtered descriptor and each module host finds its modules; a host for a
 * new module type needs nothing but itself.
 */
class PluginDescriptorReaderTest {

    private final ClassLoader classLoader = getClass().getClassLoader();
    private final PluginDescriptor descriptor = PluginDescriptorReader.fromClasspath(classLoader);

    @Test
    void readsThePluginKeyAndTheI18nBundle() {
        assertThat(descriptor.pluginKey()).isEqualTo("org.pmosuite.pmo-jira-plugin");
        assertThat(ResourceModuleHost.i18nLocation(descriptor)).hasValue("i18n/pmo");
        assertThat(classLoader.getResource("i18n/pmo.properties")).isNotNull();
    }

    @Test
    void findsTheRestModuleAndItsPackages() {
        assertThat(descriptor.modules(RestModuleHost.class)).singleElement().satisfies(rest -> {
            assertThat(rest.basePath()).isEqualTo("/rest/pmo/1.0");
            assertThat(rest.packages()).containsExactly("org.pmosuite.jira");
        });
    }

    @Test
    void findsTheHeatMapServletAndItsClass() throws Exception {
        assertThat(descriptor.modules(ServletModuleHost.class)).anySatisfy(servlet -> {
            assertThat(servlet.key()).isEqualTo("raid-heatmap-servlet");
            assertThat(servlet.urlPatterns()).containsExactly("/pmo/raid/heatmap");
            assertThat(HttpServlet.class.isAssignableFrom(loadClass(servlet.className()))).isTrue();
        });
    }

    @Test
    void findsTheHeatMapWebResourcesWithFilesThatExist() {
        WebResourceModuleHost.WebResourceModule page = WebResourceModuleHost.find(descriptor, "raid-heatmap")
                .orElseThrow();
        WebResourceModuleHost.WebResourceModule view = WebResourceModuleHost.find(descriptor, "raid-heatmap-view")
                .orElseThrow();
        WebResourceModuleHost.WebResourceModule common = WebResourceModuleHost.find(descriptor, "pmo-common")
                .orElseThrow();

        assertThat(page.dependencies()).containsExactly(descriptor.pluginKey() + ":raid-heatmap-view");
        assertThat(page.resources()).extracting(DownloadResource::name).containsExactly("heatmap-page.js");
        assertThat(view.dependencies()).containsExactly(descriptor.pluginKey() + ":pmo-common");
        assertThat(view.resources()).extracting(DownloadResource::name)
                .containsExactly("heatmap-view.js", "raid-heatmap.css");
        assertThat(common.dependencies()).contains(WebResources.AUI, WebResources.AUI_FLAG,
                WebResources.CONTEXT_PATH, WebResources.I18N);
        assertThat(descriptor.modules(WebResourceModuleHost.class)).allSatisfy(module ->
                assertThat(module.resources()).allSatisfy(resource ->
                        assertThat(classLoader.getResource(resource.location())).as(resource.location()).isNotNull()));
    }

    @Test
    void everyWebResourceWithJavaScriptDeclaresTheJsI18nTransformer() {
        assertThat(descriptor.modules(WebResourceModuleHost.class)).allSatisfy(module ->
                assertThat(module.resources()).filteredOn(resource -> resource.name().endsWith(".js"))
                        .allSatisfy(resource -> assertThat(module.transforms(resource.name(), "jsI18n"))
                                .as(module.key() + "/" + resource.name()).isTrue()));
    }

    @Test
    void everyAllowlistedMethodExists() {
        assertThat(VelocityAllowlistModuleHost.methods(descriptor)).isNotEmpty().allSatisfy(entry -> {
            String type = entry.substring(0, entry.indexOf('#'));
            String method = entry.substring(entry.indexOf('#') + 1, entry.indexOf('('));
            assertThat(Arrays.stream(loadClass(type).getMethods()).map(Method::getName)).as(entry).contains(method);
        });
    }

    @Test
    void readsThePmoMenuOfTheTopNavigationBar() {
        assertThat(WebItemModuleHost.inSection(descriptor, TopNavigation.TOP_SECTION)).singleElement().satisfies(item -> {
            assertThat(item.key()).isEqualTo("pmo-top-menu");
            assertThat(item.weight()).isEqualTo(60);
            assertThat(item.labelKey()).isEqualTo("pmo.menu.label");
            assertThat(item.linkId()).isEqualTo("pmo-top-menu-link");
            assertThat(item.link()).isEqualTo("/plugins/servlet/pmo/raid/heatmap");
            assertThat(item.hasVariables()).isFalse();
        });
        assertThat(WebSectionModuleHost.at(descriptor, "pmo-top-menu-link")).singleElement().satisfies(section -> {
            assertThat(section.key()).isEqualTo("pmo-top-menu-section");
            assertThat(section.weight()).isEqualTo(10);
        });
        assertThat(WebItemModuleHost.inSection(descriptor, "pmo-top-menu-link/pmo-top-menu-section")).hasSize(3)
                .satisfiesExactly(item -> {
                    assertThat(item.key()).isEqualTo("pmo-menu-portfolio-board");
                    assertThat(item.labelKey()).isEqualTo("pmo.portfolio.board.title");
                    assertThat(item.link()).isEqualTo("/plugins/servlet/pmo/portfolio/board");
                }, item -> {
                    assertThat(item.key()).isEqualTo("pmo-menu-raid-heatmap");
                    assertThat(item.labelKey()).isEqualTo("pmo.raid.heatmap.title");
                    assertThat(item.linkId()).isEqualTo("pmo-menu-raid-heatmap-link");
                    assertThat(item.link()).isEqualTo("/plugins/servlet/pmo/raid/heatmap");
                }, item -> {
                    assertThat(item.key()).isEqualTo("pmo-menu-raid-register");
                    assertThat(item.labelKey()).isEqualTo("pmo.raid.register.title");
                    assertThat(item.linkId()).isEqualTo("pmo-menu-raid-register-link");
                    assertThat(item.link()).isEqualTo("/plugins/servlet/pmo/raid/log");
                    assertThat(item.hasVariables()).isFalse();
                });
    }

    @Test
    void readsTheProjectSidebarItemWithItsParams() {
        assertThat(WebItemModuleHost.inSection(descriptor, ProjectPages.SIDEBAR_SECTION)).as("by weight")
                .satisfiesExactly(item -> {
                    assertThat(item.key()).isEqualTo("raid-log-project-link");
                    assertThat(item.weight()).isEqualTo(290);
                    assertThat(item.link()).isEqualTo("/plugins/servlet/pmo/raid/log?project=$pathEncodedProjectKey");
                    assertThat(item.hasVariables()).isTrue();
                    assertThat(item.params()).containsEntry("iconClass", "aui-icon-large aui-iconfont-list");
                }, item -> {
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

        assertThat(WebItemModuleHost.inSection(read, "menu/main")).extracting(WebItem::key)
                .containsExactly("light", "heavy", "unweighted");
        assertThat(WebItemModuleHost.inSection(read, "menu/main").get(2).weight()).isEqualTo(ModuleElement.DEFAULT_WEIGHT);
        assertThat(WebItemModuleHost.inSection(read, "menu/main").get(0).params()).containsEntry("p", "text");
        assertThat(WebItemModuleHost.inSection(read, "menu/main").get(1).linkId()).isEqualTo("h");
        assertThat(WebSectionModuleHost.at(read, "menu")).extracting(WebSection::key)
                .containsExactly("first", "second");
        assertThat(WebSectionModuleHost.at(read, "menu").get(0).labelKey()).isEqualTo("first.label");
    }

    @Test
    void ignoresModuleTypesItDoesNotHost() throws Exception {
        PluginDescriptor read = read("""
                <atlassian-plugin key="org.example.plugin" name="Example">
                    <keyboard-shortcut key="shortcut" i18n-name-key="k"/>
                    <servlet key="page" name="Page" class="org.example.Page"><url-pattern>/example</url-pattern></servlet>
                </atlassian-plugin>""");

        assertThat(read.pluginKey()).isEqualTo("org.example.plugin");
        assertThat(read.modules(ServletModuleHost.class)).extracting(ServletModuleHost.ServletModule::key)
                .containsExactly("page");
        assertThat(read.modules(RestModuleHost.class)).isEmpty();
        assertThat(read.modules(WebItemModuleHost.class)).isEmpty();
        assertThat(read.unhostedTypes()).containsExactly("keyboard-shortcut");
    }

    @Test
    void aHostForANewModuleTypeGetsItsElementsAndInstallsThem() throws Exception {
        List<ModuleHost<?>> hosts = new ArrayList<>(ModuleHosts.all());
        hosts.add(new GadgetModuleHost());
        PluginDescriptor read = PluginDescriptorReader.read(stream("""
                <atlassian-plugin key="org.example.plugin" name="Example">
                    <gadget key="first" title="Exposure"/>
                    <keyboard-shortcut key="shortcut" i18n-name-key="k"/>
                    <gadget key="second" title="Gates"/>
                </atlassian-plugin>"""), hosts);

        assertThat(read.modules(GadgetModuleHost.class)).containsExactly(new Gadget("first", "Exposure"),
                new Gadget("second", "Gates"));
        assertThat(read.unhostedTypes()).containsExactly("keyboard-shortcut");

        HostContext host = new HostContext(new ServletContextHandler(), read, null, classLoader, null, null, null);
        read.install(host);
        assertThat(host.offers().all()).extracting(Offers.Offer::path)
                .containsExactly("/gadgets/first", "/gadgets/second");
    }

    @Test
    void webPanelsNeedALocationAndAClassAndWeighLikeJirasDefault() throws Exception {
        PluginDescriptor read = read("""
                <atlassian-plugin key="org.example.plugin" name="Example">
                    <web-panel key="light" location="atl.jira.view.issue.right.context" weight="150" class="org.example.P">
                        <label key="light.label"/>
                    </web-panel>
                    <web-panel key="plain" location="atl.jira.view.issue.right.context" class="org.example.Q"/>
                </atlassian-plugin>""");

        assertThat(read.modules(WebPanelModuleHost.class)).containsExactly(
                new WebPanelModuleHost.WebPanelModule("light", "atl.jira.view.issue.right.context", "org.example.P",
                        150, "light.label"),
                new WebPanelModuleHost.WebPanelModule("plain", "atl.jira.view.issue.right.context", "org.example.Q",
                        1000, ""));
        assertThatThrownBy(() -> read("""
                <atlassian-plugin key="k"><web-panel key="p" location="atl.header"/></atlassian-plugin>"""))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("<web-panel key=\"p\"> has no class");
        assertThatThrownBy(() -> read("""
                <atlassian-plugin key="k"><web-panel key="p" class="org.example.P"/></atlassian-plugin>"""))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("has no location");
    }

    @Test
    void twoHostsForOneTypeAreRefused() {
        List<ModuleHost<?>> hosts = new ArrayList<>(ModuleHosts.all());
        hosts.add(new ServletModuleHost());

        assertThatThrownBy(() -> PluginDescriptorReader.read(stream("<atlassian-plugin key=\"k\"/>"), hosts))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("<servlet>");
    }

    @Test
    void everyModuleTypeHasOneHost() {
        assertThat(ModuleHosts.all()).extracting(ModuleHost::type).doesNotHaveDuplicates()
                .contains("rest", "servlet", "web-resource", "web-item", "web-section", "velocity-allowlist",
                        "resource");
    }

    private static PluginDescriptor read(String xml) throws Exception {
        return PluginDescriptorReader.read(stream(xml), ModuleHosts.all());
    }

    private static ByteArrayInputStream stream(String xml) {
        return new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8));
    }

    /** A made-up module type, hosted by one class and nothing else. */
    record Gadget(String key, String title) {
    }

    static final class GadgetModuleHost implements ModuleHost<Gadget> {
        @Override
        public String type() {
            return "gadget";
        }

        @Override
        public Gadget read(ModuleElement element) {
            return new Gadget(element.key(), element.attribute("title"));
        }

        @Override
        public void install(Gadget gadget, HostContext host) {
            host.offers().add(new Offers.Offer(gadget.title(), "/gadgets/" + gadget.key(), "a made-up gadget"));
        }
    }

    private Class<?> loadClass(String name) {
        try {
            return Class.forName(name, false, classLoader);
        } catch (ClassNotFoundException e) {
            throw new AssertionError(name + " is not on the classpath", e);
        }
    }
}
