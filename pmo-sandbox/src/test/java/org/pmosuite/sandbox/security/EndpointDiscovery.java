package org.pmosuite.sandbox.security;

import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URL;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

import javax.xml.parsers.DocumentBuilderFactory;

import jakarta.servlet.http.HttpServlet;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import org.glassfish.jersey.server.ResourceConfig;
import org.pmosuite.jira.platform.PluginKey;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Lists what the app publishes, from the same sources Jira reads: the JAX-RS resources in the packages of each
 * {@code <rest>} module, and the {@code <servlet>}, {@code <web-panel>} and {@code <dashboard-item>} modules of
 * {@code atlassian-plugin.xml}. A descriptor module of a type this class neither lists as an endpoint nor as
 * publishing none fails discovery, so a new kind of page cannot slip past the harness.
 */
final class EndpointDiscovery {

    /** Module types that publish no page or request handler of their own, each with the reason. */
    static final Set<String> PUBLISH_NOTHING = Set.of(
            "resource",            // i18n bundle and image folder
            "ao",                  // tables, reached only through the REST resources and pages
            "web-resource",        // static JavaScript and CSS, no user data
            "web-item",            // a link to a page listed here
            "web-section",         // a group of links
            "velocity-allowlist",  // which methods templates may call
            "customfield-type",    // templates Jira renders on its own issue screens: RaidFieldTemplatesTest
            "global-permission");  // a permission administrators grant in Jira's own Global permissions page

    private static final Set<String> ENDPOINT_TYPES = Set.of("rest", "servlet", "web-panel", "dashboard-item");

    private final Predicate<Class<?>> published;

    /** @param published which scanned resource classes belong to the app (test classes share the packages) */
    EndpointDiscovery(Predicate<Class<?>> published) {
        this.published = published;
    }

    /** Discovery of the app's own classes: those loaded from the same place as the plugin's main classes. */
    static EndpointDiscovery ofThePlugin() {
        URL pluginClasses = location(PluginKey.class);
        return new EndpointDiscovery(type -> Objects.equals(location(type), pluginClasses));
    }

    boolean isPublished(Class<?> type) {
        return published.test(type);
    }

    List<Endpoint> discover() {
        Element root = descriptor();
        List<Endpoint> endpoints = new ArrayList<>();
        Set<String> unknown = new TreeSet<>();
        NodeList children = root.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (!(children.item(i) instanceof Element module)) {
                continue;
            }
            String type = module.getTagName();
            if (type.equals("plugin-info") || PUBLISH_NOTHING.contains(type)) {
                continue;
            }
            if (!ENDPOINT_TYPES.contains(type)) {
                unknown.add(type);
                continue;
            }
            switch (type) {
                case "rest" -> endpoints.addAll(rest(module));
                case "servlet" -> endpoints.addAll(servlet(module));
                case "web-panel" -> endpoints.add(new Endpoint(Endpoint.Kind.WEB_PANEL, "WEB-PANEL",
                        module.getAttribute("key"), "<web-panel> at " + module.getAttribute("location")));
                default -> endpoints.add(new Endpoint(Endpoint.Kind.DASHBOARD_ITEM, "DASHBOARD-ITEM",
                        module.getAttribute("key"), "<dashboard-item>"));
            }
        }
        if (!unknown.isEmpty()) {
            throw new IllegalStateException("atlassian-plugin.xml has module types the security harness does not "
                    + "know: " + unknown + ". Add each to EndpointDiscovery as an endpoint kind (with specs) or, with "
                    + "the reason, to PUBLISH_NOTHING.");
        }
        endpoints.sort(Comparator.comparing(Endpoint::id));
        return endpoints;
    }

    private List<Endpoint> rest(Element module) {
        String base = "/rest/" + strip(module.getAttribute("path")) + "/" + module.getAttribute("version");
        ResourceConfig scan = new ResourceConfig();
        scan.setClassLoader(getClass().getClassLoader());
        scan.packages(true, texts(module, "package").toArray(String[]::new));
        List<Endpoint> endpoints = new ArrayList<>();
        for (Class<?> resource : scan.getClasses()) {
            if (!resource.isAnnotationPresent(Path.class) || !published.test(resource)) {
                continue;
            }
            String classPath = base + "/" + strip(resource.getAnnotation(Path.class).value());
            for (Method method : resource.getMethods()) {
                String http = httpMethod(method);
                Path path = method.getAnnotation(Path.class);
                if (http == null && path == null) {
                    continue;
                }
                String full = path == null ? classPath : classPath + "/" + strip(path.value());
                // A sub-resource locator has a path and no HTTP method: it gets no spec, so it fails coverage.
                endpoints.add(new Endpoint(Endpoint.Kind.REST, http == null ? "LOCATOR" : http, full,
                        resource.getName() + "#" + method.getName()));
            }
        }
        return endpoints;
    }

    private List<Endpoint> servlet(Element module) {
        String className = module.getAttribute("class");
        Class<?> type;
        try {
            type = Class.forName(className, false, getClass().getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("<servlet> " + module.getAttribute("key") + " names " + className, e);
        }
        List<Endpoint> endpoints = new ArrayList<>();
        for (String pattern : texts(module, "url-pattern")) {
            for (String http : List.of("GET", "POST", "PUT", "DELETE")) {
                if (handles(type, "do" + http.charAt(0) + http.substring(1).toLowerCase())) {
                    endpoints.add(new Endpoint(Endpoint.Kind.SERVLET, http, "/plugins/servlet" + pattern,
                            className));
                }
            }
        }
        return endpoints;
    }

    /** Whether the servlet class itself (not {@link HttpServlet}) implements the handler. */
    private static boolean handles(Class<?> type, String handler) {
        for (Class<?> c = type; c != null && c != HttpServlet.class; c = c.getSuperclass()) {
            for (Method method : c.getDeclaredMethods()) {
                if (method.getName().equals(handler) && !Modifier.isAbstract(method.getModifiers())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String httpMethod(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod http = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (http != null) {
                return http.value();
            }
        }
        return null;
    }

    private static List<String> texts(Element module, String tag) {
        List<String> texts = new ArrayList<>();
        NodeList nodes = module.getElementsByTagName(tag);
        for (int i = 0; i < nodes.getLength(); i++) {
            Node node = nodes.item(i);
            texts.add(node.getTextContent().trim());
        }
        return texts;
    }

    private static String strip(String path) {
        String stripped = path.startsWith("/") ? path.substring(1) : path;
        return stripped.endsWith("/") ? stripped.substring(0, stripped.length() - 1) : stripped;
    }

    private Element descriptor() {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("atlassian-plugin.xml")) {
            if (in == null) {
                throw new IllegalStateException("atlassian-plugin.xml is not on the classpath");
            }
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(in).getDocumentElement();
        } catch (IOException | javax.xml.parsers.ParserConfigurationException | org.xml.sax.SAXException e) {
            throw new IllegalStateException("cannot read atlassian-plugin.xml", e);
        }
    }

    private static URL location(Class<?> type) {
        CodeSource source = type.getProtectionDomain().getCodeSource();
        return source == null ? null : source.getLocation();
    }
}
