package org.pmosuite.sandbox.host;

import java.beans.Introspector;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.beans.factory.xml.XmlBeanDefinitionReader;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The app's object graph, built the way Jira builds it: the components of the plugin's own Spring Scanner index
 * ({@code META-INF/plugin-components/component}) and the core services declared in {@code META-INF/spring/*.xml},
 * over the host services the sandbox provides in place of Jira's. An indexed component that implements a port the
 * sandbox provides (the Jira adapter of a Jira-data port) is left out; the sandbox's own adapter answers instead.
 * Servlets, REST resources and module classes are then created from this one graph.
 */
public final class PluginContext implements AutoCloseable {

    static final String INDEX = "META-INF/plugin-components/";
    static final String SCANNER_CONTEXT = "plugin-context.xml";

    private static final Logger LOG = LoggerFactory.getLogger(PluginContext.class);

    private final GenericApplicationContext context;
    private final Map<Class<?>, Object> hostServices;

    private PluginContext(GenericApplicationContext context, Map<Class<?>, Object> hostServices) {
        this.context = context;
        this.hostServices = Map.copyOf(hostServices);
    }

    /**
     * @param hostServices what the sandbox provides, by the type the app asks for: Jira's imports it stands in for,
     *                     and its adapters of the Jira-data ports
     * @throws IllegalStateException when a component or service asks for something nobody provides
     */
    public static PluginContext start(ClassLoader classLoader, Map<Class<?>, Object> hostServices) {
        GenericApplicationContext context = new GenericApplicationContext(new DefaultListableBeanFactory());
        context.setClassLoader(classLoader);
        hostServices.forEach((type, instance) -> register(context, type, instance));

        Set<Class<?>> provided = hostServices.keySet();
        List<String> skipped = new ArrayList<>();
        for (String line : indexLines(classLoader, "component")) {
            Class<?> component = load(classLoader, line.split("#")[0]);
            if (provided.stream().anyMatch(port -> port.isInterface() && port.isAssignableFrom(component))) {
                skipped.add(component.getSimpleName());
                continue;
            }
            String name = line.contains("#") ? line.substring(line.indexOf('#') + 1)
                    : Introspector.decapitalize(component.getSimpleName());
            context.registerBean(name, component);
        }
        XmlBeanDefinitionReader declarations = new XmlBeanDefinitionReader(context);
        declarations.setBeanClassLoader(classLoader);
        for (Resource file : serviceDeclarations(classLoader)) {
            declarations.loadBeanDefinitions(file);
        }
        if (!skipped.isEmpty()) {
            LOG.info("Jira adapters replaced by the sandbox's own: {}", skipped);
        }
        try {
            context.refresh();
        } catch (RuntimeException e) {
            throw new IllegalStateException("The app's components could not be wired over the sandbox's services: "
                    + e.getMessage(), e);
        }
        return new PluginContext(context, hostServices);
    }

    private static <T> void register(GenericApplicationContext context, Class<T> type, Object instance) {
        context.registerBean(type.getName(), type, () -> type.cast(instance));
    }

    /** Creates an instance of a class the app names (a servlet, a module class) from the graph, as Jira does. */
    public <T> T create(Class<T> type) {
        return context.getAutowireCapableBeanFactory().createBean(type);
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    /**
     * Every bean in the graph by each type it can be asked for (its classes and interfaces, and for a host service
     * the type it was provided as), where that type names exactly one bean; for injecting into Jersey's resources.
     */
    public Map<Class<?>, Object> beansByType() {
        Map<Class<?>, Set<Object>> candidates = new LinkedHashMap<>();
        hostServices.forEach((type, instance) -> candidates.computeIfAbsent(type, t -> newIdentitySet()).add(instance));
        for (String name : context.getBeanDefinitionNames()) {
            Object bean = context.getBean(name);
            for (Class<?> type = bean.getClass(); type != null && type != Object.class; type = type.getSuperclass()) {
                candidates.computeIfAbsent(type, t -> newIdentitySet()).add(bean);
                for (Class<?> port : type.getInterfaces()) {
                    candidates.computeIfAbsent(port, t -> newIdentitySet()).add(bean);
                }
            }
        }
        Map<Class<?>, Object> unique = new LinkedHashMap<>();
        candidates.forEach((type, beans) -> {
            if (beans.size() == 1) {
                unique.put(type, beans.iterator().next());
            }
        });
        return Collections.unmodifiableMap(unique);
    }

    private static Set<Object> newIdentitySet() {
        return Collections.newSetFromMap(new IdentityHashMap<>());
    }

    static List<String> indexLines(ClassLoader classLoader, String file) {
        List<String> lines = new ArrayList<>();
        try {
            for (URL url : Collections.list(classLoader.getResources(INDEX + file))) {
                try (InputStream in = url.openStream();
                     BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                    reader.lines().map(String::trim).filter(line -> !line.isEmpty()).forEach(lines::add);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the scanner index " + INDEX + file, e);
        }
        return lines;
    }

    private static List<Resource> serviceDeclarations(ClassLoader classLoader) {
        try {
            List<Resource> files = new ArrayList<>();
            for (Resource file : new PathMatchingResourcePatternResolver(classLoader)
                    .getResources("classpath*:META-INF/spring/*.xml")) {
                if (!SCANNER_CONTEXT.equals(file.getFilename())) {
                    files.add(file);
                }
            }
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not list META-INF/spring/*.xml", e);
        }
    }

    private static Class<?> load(ClassLoader classLoader, String name) {
        try {
            return Class.forName(name, false, classLoader);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("The scanner index names " + name + ", which is not on the classpath", e);
        }
    }

    @Override
    public void close() {
        context.close();
    }
}
