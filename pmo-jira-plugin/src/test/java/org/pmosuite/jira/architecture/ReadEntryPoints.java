package org.pmosuite.jira.architecture;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * The code that answers a read: the methods a GET request, an issue view or a dashboard runs.
 *
 * <ul>
 *     <li>JAX-RS resource methods annotated {@code jakarta.ws.rs.GET};</li>
 *     <li>{@code doGet} of the app's servlets (the plugin's, and in the sandbox the host's own pages);</li>
 *     <li>{@code getHtml} and {@code writeHtml} of web panels;</li>
 *     <li>{@code getContextMap} of context providers (of dashboard items, web panels and web items), and every class
 *     the plugin descriptor names as a {@code <context-provider>};</li>
 *     <li>the methods the descriptor's {@code <velocity-allowlist>} lets templates call while a page renders.</li>
 * </ul>
 */
public final class ReadEntryPoints {

    private static final String DESCRIPTOR = "atlassian-plugin.xml";
    private static final Set<String> WEB_PANELS = Set.of("com.atlassian.plugin.web.model.WebPanel",
            "com.atlassian.plugin.web.api.model.WebPanel");
    private static final Set<String> CONTEXT_PROVIDERS = Set.of("com.atlassian.plugin.web.ContextProvider",
            "com.atlassian.plugin.web.api.ContextProvider");

    private ReadEntryPoints() {
    }

    /** The entry points among the app's classes (those under {@code org.pmosuite}). */
    public static DescribedPredicate<JavaCodeUnit> answeringReads() {
        Descriptor descriptor = Descriptor.read();
        return DescribedPredicate.describe("answer a read (GET, doGet, web panel, context provider, template method)",
                unit -> unit.getOwner().getPackageName().startsWith("org.pmosuite")
                        && (isGetResource(unit) || isServletGet(unit) || isWebPanelRender(unit)
                                || isContextProvider(unit, descriptor) || descriptor.isTemplateMethod(unit)));
    }

    private static boolean isGetResource(JavaCodeUnit unit) {
        return unit.isAnnotatedWith("jakarta.ws.rs.GET");
    }

    private static boolean isServletGet(JavaCodeUnit unit) {
        return unit.getName().equals("doGet") && unit.getOwner().isAssignableTo("jakarta.servlet.http.HttpServlet");
    }

    private static boolean isWebPanelRender(JavaCodeUnit unit) {
        return (unit.getName().equals("getHtml") || unit.getName().equals("writeHtml"))
                && WEB_PANELS.stream().anyMatch(unit.getOwner()::isAssignableTo);
    }

    private static boolean isContextProvider(JavaCodeUnit unit, Descriptor descriptor) {
        return unit.getName().equals("getContextMap")
                && (CONTEXT_PROVIDERS.stream().anyMatch(unit.getOwner()::isAssignableTo)
                        || descriptor.contextProviders.contains(unit.getOwner().getName()));
    }

    /** What the plugin descriptor names: context provider classes, and template methods as {@code Class#method}. */
    private record Descriptor(Set<String> contextProviders, Set<String> templateMethods) {

        static Descriptor read() {
            try (InputStream in = ReadEntryPoints.class.getClassLoader().getResourceAsStream(DESCRIPTOR)) {
                if (in == null) {
                    throw new IllegalStateException(DESCRIPTOR + " is not on the class path");
                }
                DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
                factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
                Document document = factory.newDocumentBuilder().parse(in);
                Set<String> providers = new HashSet<>();
                for (Element provider : elements(document, "context-provider")) {
                    providers.add(provider.getAttribute("class"));
                }
                Set<String> methods = new HashSet<>();
                for (Element method : elements(document, "velocity-allowlist")) {
                    for (Element entry : elements(method, "method")) {
                        methods.add(entry.getTextContent().trim().replace("()", ""));
                    }
                }
                return new Descriptor(Set.copyOf(providers), Set.copyOf(methods));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (ParserConfigurationException | SAXException e) {
                throw new IllegalStateException("Could not read " + DESCRIPTOR, e);
            }
        }

        boolean isTemplateMethod(JavaCodeUnit unit) {
            return unit.getRawParameterTypes().isEmpty()
                    && templateMethods.contains(unit.getOwner().getName() + "#" + unit.getName());
        }

        private static List<Element> elements(Document document, String name) {
            return elements(document.getElementsByTagName(name));
        }

        private static List<Element> elements(Element parent, String name) {
            return elements(parent.getElementsByTagName(name));
        }

        private static List<Element> elements(NodeList nodes) {
            List<Element> elements = new ArrayList<>();
            for (int i = 0; i < nodes.getLength(); i++) {
                elements.add((Element) nodes.item(i));
            }
            return elements;
        }
    }
}
