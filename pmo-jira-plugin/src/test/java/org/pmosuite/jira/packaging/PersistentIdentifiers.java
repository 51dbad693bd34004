package org.pmosuite.jira.packaging;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Function;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import org.w3c.dom.Element;

/**
 * The identifiers a plugin jar writes into customers' Jira data, derived from its descriptor and classes. Each is one
 * line, {@code <kind> <value...>}:
 * <ul>
 * <li>{@code plugin-key KEY}: the descriptor's key.</li>
 * <li>{@code module-key KEY}: every top-level module with a {@code key}, of any type, so a new module type is
 * covered without a change here.</li>
 * <li>{@code url-pattern /x}: every {@code <url-pattern>} of a module (servlets, servlet filters).</li>
 * <li>{@code rest-base /rest/PATH/VERSION} per rest module, and {@code rest METHOD /rest/PATH/VERSION/...} per
 * JAX-RS resource method in the module's packages.</li>
 * <li>{@code ao-namespace NS} per {@code ao} module (its {@code namespace}, or the plugin key), and
 * {@code ao-table NS TABLE} per entity, from its {@code net.java.ao.schema.Table} annotation.</li>
 * <li>{@code workflow-class FQCN}: the {@code *-class} children of {@code workflow-*} modules, which Jira writes into
 * workflow XML.</li>
 * <li>{@code global-permission KEY} per {@code global-permission} module: Jira registers the permission, and stores
 * its grants, under the bare module key, without the plugin key (so it is also global among apps).</li>
 * </ul>
 * Custom field types, searchers and dashboard items are stored by their complete module key, so {@code module-key}
 * covers them.
 */
final class PersistentIdentifiers {

    static final String AO_TABLE_ANNOTATION = "net.java.ao.schema.Table";

    private PersistentIdentifiers() {
    }

    /**
     * Derives the identifiers.
     *
     * @param descriptor the root of {@code atlassian-plugin.xml}, filtered
     * @param classNames every class in the jar, in binary form
     * @param loader     loads one of those classes
     * @throws AssertionError when an identifier cannot be derived, such as an AO entity without {@code @Table}
     */
    static SortedSet<String> of(Element descriptor, List<String> classNames, Function<String, Class<?>> loader) {
        SortedSet<String> ids = new TreeSet<>();
        String pluginKey = descriptor.getAttribute("key");
        ids.add("plugin-key " + pluginKey);
        for (Element module : PluginJar.children(descriptor, null)) {
            String type = module.getTagName();
            if (module.hasAttribute("key")) {
                ids.add("module-key " + module.getAttribute("key"));
            }
            for (Element pattern : PluginJar.children(module, "url-pattern")) {
                ids.add("url-pattern " + pattern.getTextContent().trim());
            }
            if (type.equals("rest")) {
                rest(module, classNames, loader, ids);
            }
            if (type.equals("ao")) {
                ao(module, pluginKey, loader, ids);
            }
            if (type.equals("global-permission")) {
                ids.add("global-permission " + module.getAttribute("key"));
            }
            if (type.startsWith("workflow-")) {
                for (Element child : PluginJar.children(module, null)) {
                    if (child.getTagName().endsWith("-class")) {
                        ids.add("workflow-class " + child.getTextContent().trim());
                    }
                }
            }
        }
        return ids;
    }

    private static void rest(Element module, List<String> classNames, Function<String, Class<?>> loader,
            SortedSet<String> ids) {
        String base = join("/rest", module.getAttribute("path"), module.getAttribute("version"));
        ids.add("rest-base " + base);
        List<String> packages = PluginJar.children(module, "package").stream()
                .map(p -> p.getTextContent().trim() + ".").toList();
        for (String name : classNames) {
            if (packages.isEmpty() || packages.stream().anyMatch(name::startsWith)) {
                Class<?> type = loader.apply(name);
                Path root = type.getAnnotation(Path.class);
                if (root != null && !type.isInterface() && !Modifier.isAbstract(type.getModifiers())) {
                    resourceMethods(type, join(base, root.value()), ids, 0);
                }
            }
        }
    }

    /** The resource methods of a resource class; a sub-resource locator's return type is followed, a few deep. */
    private static void resourceMethods(Class<?> type, String prefix, SortedSet<String> ids, int depth) {
        for (Method method : type.getMethods()) {
            Path path = method.getAnnotation(Path.class);
            String at = path == null ? prefix : join(prefix, path.value());
            Optional<String> http = httpMethod(method);
            if (http.isPresent()) {
                ids.add("rest " + http.get() + " " + at);
            } else if (path != null && depth < 3) {
                resourceMethods(method.getReturnType(), at, ids, depth + 1);
            }
        }
    }

    private static Optional<String> httpMethod(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod http = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (http != null) {
                return Optional.of(http.value());
            }
        }
        return Optional.empty();
    }

    private static void ao(Element module, String pluginKey, Function<String, Class<?>> loader,
            SortedSet<String> ids) {
        String namespace = module.hasAttribute("namespace") ? module.getAttribute("namespace") : pluginKey;
        ids.add("ao-namespace " + namespace);
        for (Element entity : PluginJar.children(module, "entity")) {
            String name = entity.getTextContent().trim();
            Class<?> type;
            try {
                type = loader.apply(name);
            } catch (LinkageError e) {
                throw new AssertionError("AO entity " + name + " does not load (is Active Objects on the test class"
                        + " path?)", e);
            }
            String table = tableName(type).orElseThrow(() -> new AssertionError("AO entity " + name
                    + " has no @" + AO_TABLE_ANNOTATION + ", so its table name would follow the class name; give it"
                    + " an explicit @Table so a rename cannot move customers' data"));
            ids.add("ao-table " + namespace + " " + table);
        }
    }

    /** The entity's {@code @Table} value, read by annotation name so that AO need not be on the class path. */
    static Optional<String> tableName(Class<?> type) {
        for (Annotation annotation : type.getAnnotations()) {
            if (annotation.annotationType().getName().equals(AO_TABLE_ANNOTATION)) {
                try {
                    return Optional.of((String) annotation.annotationType().getMethod("value").invoke(annotation));
                } catch (ReflectiveOperationException e) {
                    throw new AssertionError("cannot read @Table of " + type.getName(), e);
                }
            }
        }
        return Optional.empty();
    }

    /** Joins path segments with single slashes, without a trailing one. */
    static String join(String... segments) {
        List<String> parts = new ArrayList<>();
        for (String segment : segments) {
            for (String part : segment.split("/")) {
                if (!part.isBlank()) {
                    parts.add(part.trim());
                }
            }
        }
        return "/" + String.join("/", parts);
    }
}
