package org.pmosuite.jira.packaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import java.util.ArrayList;
import java.util.List;

import jakarta.ws.rs.Path;
import jakarta.ws.rs.ext.Provider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.xml.XmlBeanDefinitionReader;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.core.io.ByteArrayResource;
import org.w3c.dom.Element;

/**
 * Starts a Spring context the way the scanner would inside Jira: every component from the jar's index, with a
 * Mockito mock standing in for every imported host service, and the core services declared in
 * {@code META-INF/spring/pmo-services.xml}. Then builds every REST resource, provider and servlet
 * the descriptor publishes from that context, so a missing bean fails here and not in a customer's Jira.
 */
class SpringWiringIT extends PackagedJarTest {

    private static AnnotationConfigApplicationContext context;

    @BeforeAll
    static void startContext() throws Exception {
        context = new AnnotationConfigApplicationContext();
        context.setClassLoader(jar.classLoader());
        for (String line : jar.indexLines("imports")) {
            registerMock(jar.indexedBeanName(line), jar.indexedClass(line));
        }
        for (String line : jar.indexLines("component")) {
            context.registerBean(jar.indexedBeanName(line), jar.indexedClass(line));
        }
        XmlBeanDefinitionReader declarations = new XmlBeanDefinitionReader(context);
        declarations.setBeanClassLoader(jar.classLoader());
        for (String entry : serviceDeclarations()) {
            declarations.loadBeanDefinitions(new ByteArrayResource(jar.bytes(entry), entry));
        }
        context.refresh();
    }

    /** Every Spring XML file the jar carries except the scanner's, which the loop over the index stands in for. */
    private static List<String> serviceDeclarations() {
        List<String> files = jar.entryNames().stream()
                .filter(name -> name.startsWith("META-INF/spring/") && name.endsWith(".xml"))
                .filter(name -> !name.equals("META-INF/spring/plugin-context.xml")).toList();
        assertThat(files).as("core service declarations in META-INF/spring").isNotEmpty();
        return files;
    }

    private static <T> void registerMock(String name, Class<T> type) {
        context.registerBean(name, type, () -> mock(type));
    }

    @AfterAll
    static void stop() {
        context.close();
    }

    @Test
    void everyIndexedComponentIsCreated() {
        for (String line : jar.indexLines("component")) {
            assertThat(context.getBeansOfType(jar.indexedClass(line))).as(line).hasSize(1);
        }
    }

    @Test
    void everyRestResourceAndProviderCanBeBuiltFromTheContext() {
        List<Class<?>> restClasses = new ArrayList<>();
        for (Element rest : PluginJar.children(jar.descriptor(), "rest")) {
            for (Element pkg : PluginJar.children(rest, "package")) {
                String prefix = pkg.getTextContent().trim() + ".";
                jar.classNames().stream().filter(n -> n.startsWith(prefix)).map(jar::loadClass)
                        .filter(c -> c.isAnnotationPresent(Path.class)
                                || c.isAnnotationPresent(Provider.class))
                        .forEach(restClasses::add);
            }
        }
        assertThat(restClasses).as("REST classes in the descriptor's packages").isNotEmpty();
        restClasses.forEach(SpringWiringIT::assertBuilds);
    }

    @Test
    void everyServletCanBeBuiltFromTheContext() {
        List<Element> servlets = PluginJar.children(jar.descriptor(), "servlet");
        assertThat(servlets).isNotEmpty();
        servlets.forEach(servlet -> assertBuilds(jar.loadClass(servlet.getAttribute("class"))));
    }

    /** Jira builds a web panel's class like a servlet: autowired from the app's context, as the module. */
    @Test
    void everyWebPanelCanBeBuiltFromTheContext() {
        List<Element> panels = PluginJar.children(jar.descriptor(), "web-panel");
        assertThat(panels).isNotEmpty();
        panels.forEach(panel -> assertBuilds(jar.loadClass(panel.getAttribute("class"))));
    }

    private static void assertBuilds(Class<?> type) {
        Object bean = context.getAutowireCapableBeanFactory().createBean(type);
        assertThat(bean).as(type.getName()).isInstanceOf(type);
    }
}
