package org.pmosuite.sandbox.platform;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import com.atlassian.sal.api.message.I18nResolver;

/**
 * Which methods templates may call, as Jira 10+ decides it: a few platform basics every template needs, and
 * methods of the app's own classes only when the descriptor's {@code velocity-allowlist} lists them. Anything else
 * is refused.
 */
public final class VelocityAllowlist {

    static final String APP_PACKAGE = "org.pmosuite.";
    static final String SANDBOX_PACKAGE = "org.pmosuite.sandbox.";

    private static final Set<String> COLLECTION_METHODS = Set.of("isEmpty", "size", "iterator");
    private static final Set<String> VALUE_METHODS = Set.of("equals", "toString", "compareTo", "length", "isEmpty",
            "isBlank", "trim", "contains", "startsWith", "endsWith", "toLowerCase", "toUpperCase", "booleanValue",
            "intValue", "longValue", "doubleValue");

    private final Set<Entry> entries;
    private final Predicate<Class<?>> scope;

    /**
     * The app's allowlist: its entries apply to the app's classes, not the sandbox's.
     *
     * @param methods entries as the descriptor writes them, {@code fqcn#method()} or {@code fqcn#method(type, type)}
     */
    public VelocityAllowlist(Collection<String> methods) {
        this(methods, VelocityAllowlist::isAppClass);
    }

    private VelocityAllowlist(Collection<String> methods, Predicate<Class<?>> scope) {
        this.entries = methods.stream().map(Entry::parse).collect(Collectors.toUnmodifiableSet());
        this.scope = scope;
    }

    /**
     * An allowlist whose entries apply to the classes of one package and its subpackages only, such as the
     * sandbox's own page models; the platform basics apply as for the app.
     *
     * @param packagePrefix for example {@code org.pmosuite.sandbox.host.page.}
     */
    public static VelocityAllowlist forPackage(String packagePrefix, Collection<String> methods) {
        return new VelocityAllowlist(methods, type -> type.getName().startsWith(packagePrefix));
    }

    /**
     * @param parameterTypes the parameter types of the method a template resolved
     */
    public boolean allows(Class<?> target, String method, List<Class<?>> parameterTypes) {
        if (I18nResolver.class.isAssignableFrom(target)) {
            return method.equals("getText");
        }
        if (Collection.class.isAssignableFrom(target)) {
            return COLLECTION_METHODS.contains(method);
        }
        if (Map.class.isAssignableFrom(target)) {
            return method.equals("get") || COLLECTION_METHODS.contains(method);
        }
        if (target == String.class || target == Boolean.class || Number.class.isAssignableFrom(target)) {
            return VALUE_METHODS.contains(method);
        }
        return scope.test(target) && supertypes(target).stream().anyMatch(type -> entries.stream()
                .anyMatch(entry -> entry.matches(type.getName(), method, parameterTypes)));
    }

    /** The app's classes; the sandbox's own platform classes answer to the platform rules above. */
    private static boolean isAppClass(Class<?> type) {
        return type.getName().startsWith(APP_PACKAGE) && !type.getName().startsWith(SANDBOX_PACKAGE);
    }

    private static Set<Class<?>> supertypes(Class<?> type) {
        Set<Class<?>> seen = new HashSet<>();
        Deque<Class<?>> queue = new ArrayDeque<>(List.of(type));
        while (!queue.isEmpty()) {
            Class<?> next = queue.pop();
            if (seen.add(next)) {
                if (next.getSuperclass() != null) {
                    queue.add(next.getSuperclass());
                }
                queue.addAll(Arrays.asList(next.getInterfaces()));
            }
        }
        return seen;
    }

    /** One {@code <method>} of the allowlist; parameter types match by simple or qualified name. */
    private record Entry(String className, String method, List<String> parameterTypes) {

        static Entry parse(String text) {
            String trimmed = text.trim();
            int hash = trimmed.indexOf('#');
            int open = trimmed.indexOf('(', hash);
            if (hash < 1 || open < 0 || !trimmed.endsWith(")")) {
                throw new IllegalArgumentException("Not an allowlist method (fqcn#method(types)): " + text);
            }
            String parameters = trimmed.substring(open + 1, trimmed.length() - 1).trim();
            List<String> types = parameters.isEmpty() ? List.of()
                    : Arrays.stream(parameters.split(",")).map(String::trim).toList();
            return new Entry(trimmed.substring(0, hash), trimmed.substring(hash + 1, open), types);
        }

        boolean matches(String type, String name, List<Class<?>> actualTypes) {
            if (!className.equals(type) || !method.equals(name) || parameterTypes.size() != actualTypes.size()) {
                return false;
            }
            for (int i = 0; i < parameterTypes.size(); i++) {
                Class<?> actual = actualTypes.get(i);
                String expected = parameterTypes.get(i);
                if (!expected.equals(actual.getName()) && !expected.equals(actual.getSimpleName())
                        && !expected.equals(actual.getCanonicalName())) {
                    return false;
                }
            }
            return true;
        }
    }
}
