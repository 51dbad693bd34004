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
    void findsTheHeatMapWebResourceWithFilesThatExist() {
        PluginDescriptor.WebResourceModule module = descriptor.webResource("raid-heatmap").orElseThrow();

        assertThat(module.dependencies()).containsExactly(WebResources.AUI);
        assertThat(module.resources()).extracting(PluginDescriptor.DownloadResource::name)
                .containsExactly("raid-heatmap.js", "raid-heatmap.css");
        assertThat(module.resources()).allSatisfy(resource ->
                assertThat(classLoader.getResource(resource.location())).as(resource.location()).isNotNull());
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
    void ignoresModuleTypesItDoesNotHost() throws Exception {
        String xml = """
                <atlassian-plugin key="org.example.plugin" name="Example">
                    <web-item key="menu" section="system.top.navigation.bar"/>
                    <servlet key="page" name="Page" class="org.example.Page"><url-pattern>/example</url-pattern></servlet>
                </atlassian-plugin>""";

        PluginDescriptor read = PluginDescriptorReader.read(new ByteArrayInputStream(
                xml.getBytes(StandardCharsets.UTF_8)));

        assertThat(read.pluginKey()).isEqualTo("org.example.plugin");
        assertThat(read.servlets()).extracting(PluginDescriptor.ServletModule::key).containsExactly("page");
        assertThat(read.restModules()).isEmpty();
    }

    private Class<?> loadClass(String name) {
        try {
            return Class.forName(name, false, classLoader);
        } catch (ClassNotFoundException e) {
            throw new AssertionError(name + " is not on the classpath", e);
        }
    }
}
