package org.pmosuite.jira.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.beans.Introspector;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The packaged plugin jar, as Jira would receive it: its entries, manifest, descriptor and classes. */
final class PluginJar implements AutoCloseable {

    static final String PLUGIN_KEY_CLASS = "org.pmosuite.jira.platform.PluginKey";

    private final Path path;
    private final Map<String, byte[]> entries = new TreeMap<>();
    private final Manifest manifest;
    private final URLClassLoader classLoader;

    private PluginJar(Path path) throws IOException {
        this.path = path;
        try (JarFile jar = new JarFile(path.toFile())) {
            manifest = jar.getManifest();
            for (ZipEntry entry : Collections.list(jar.entries())) {
                if (!entry.isDirectory()) {
                    try (InputStream in = jar.getInputStream(entry)) {
                        entries.put(entry.getName(), in.readAllBytes());
                    }
                }
            }
        }
        classLoader = new AppClassesFirst(path.toUri().toURL(), PluginJar.class.getClassLoader());
    }

    /** Opens the jar the build just packaged (failsafe passes its path). */
    static PluginJar open() throws IOException {
        String location = System.getProperty("pmo.plugin.jar");
        assertThat(location).as("system property pmo.plugin.jar (set by failsafe)").isNotBlank();
        Path jar = Path.of(location);
        assertThat(jar).as("the packaged plugin jar").exists();
        return new PluginJar(jar);
    }


    Manifest manifest() {
        return manifest;
    }

    boolean has(String entry) {
        return entries.containsKey(entry);
    }

    List<String> entryNames() {
        return List.copyOf(entries.keySet());
    }

    Optional<String> text(String entry) {
        return Optional.ofNullable(entries.get(entry)).map(bytes -> new String(bytes, StandardCharsets.UTF_8));
    }

    byte[] bytes(String entry) {
        return entries.get(entry);
    }

    /** Lines of a scanner index file, or none when the file is absent. */
    List<String> indexLines(String file) {
        return text("META-INF/plugin-components/" + file).map(t -> t.lines().filter(l -> !l.isBlank()).toList())
                .orElse(List.of());
    }

    /** The class an index line names ({@code FQCN} or {@code FQCN#beanName}), loaded from the jar. */
    Class<?> indexedClass(String line) {
        return loadClass(line.split("#")[0]);
    }

    /** The bean name of an index line: the explicit one, or the scanner's default, the decapitalised short name. */
    String indexedBeanName(String line) {
        if (line.contains("#")) {
            return line.substring(line.indexOf('#') + 1);
        }
        String type = line.split("#")[0];
        return Introspector.decapitalize(type.substring(type.lastIndexOf('.') + 1));
    }

    /** Names of every class in the jar, in binary form. */
    List<String> classNames() {
        List<String> names = new ArrayList<>();
        for (String entry : entries.keySet()) {
            if (entry.endsWith(".class") && !entry.equals("module-info.class")) {
                names.add(entry.substring(0, entry.length() - ".class".length()).replace('/', '.'));
            }
        }
        return names;
    }

    /** Loads a class from the jar itself, never from the build's class folders. */
    Class<?> loadClass(String name) {
        try {
            return Class.forName(name, false, classLoader);
        } catch (ClassNotFoundException e) {
            throw new AssertionError("class " + name + " is not in " + path.getFileName(), e);
        }
    }

    /** {@code PluginKey.KEY} as the jar's own class holds it (the test's compiled copy of the constant may differ). */
    String pluginKey() {
        try {
            return (String) loadClass(PLUGIN_KEY_CLASS).getField("KEY").get(null);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError("cannot read " + PLUGIN_KEY_CLASS + ".KEY", e);
        }
    }

    ClassLoader classLoader() {
        return classLoader;
    }

    Element descriptor() {
        byte[] xml = entries.get("atlassian-plugin.xml");
        assertThat(xml).as("atlassian-plugin.xml in the jar").isNotNull();
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
            return document.getDocumentElement();
        } catch (Exception e) {
            throw new AssertionError("atlassian-plugin.xml does not parse", e);
        }
    }

    static List<Element> children(Element parent, String tag) {
        List<Element> found = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element element && (tag == null || element.getTagName().equals(tag))) {
                found.add(element);
            }
        }
        return found;
    }

    @Override
    public void close() {
        try {
            classLoader.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }


    /** Loads the app's own classes from the jar first, and everything else (host APIs) from the test class path. */
    private static final class AppClassesFirst extends URLClassLoader {
        AppClassesFirst(URL jar, ClassLoader parent) {
            super(new URL[] {jar}, parent);
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (!name.startsWith("org.pmosuite.")) {
                return super.loadClass(name, resolve);
            }
            synchronized (getClassLoadingLock(name)) {
                Class<?> loaded = findLoadedClass(name);
                if (loaded == null) {
                    loaded = findClass(name);
                }
                if (resolve) {
                    resolveClass(loaded);
                }
                return loaded;
            }
        }
    }
}
