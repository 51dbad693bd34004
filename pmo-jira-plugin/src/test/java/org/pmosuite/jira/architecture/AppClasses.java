package org.pmosuite.jira.architecture;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

import org.objectweb.asm.ClassReader;
import org.objectweb.asm.tree.ClassNode;

/**
 * The app's class files on the test class path, read with ASM: the main classes of the modules (from their
 * {@code classes} directories or jars), and, for the rules' own tests, the fixture packages of the test classes.
 * A class found twice (the plugin jar embeds the core) is read once.
 */
public final class AppClasses {

    private AppClasses() {
    }

    /** The main classes in these packages ({@code org/pmosuite/core}, ...), without test classes or test jars. */
    public static List<ClassNode> main(String... packages) {
        return read(packages, false);
    }

    /** The classes of these test packages only, such as a rule's fixtures. */
    public static List<ClassNode> test(String... packages) {
        return read(packages, true);
    }

    private static List<ClassNode> read(String[] packages, boolean tests) {
        Map<String, ClassNode> classes = new LinkedHashMap<>();
        for (String pkg : packages) {
            try {
                for (URL root : Collections.list(AppClasses.class.getClassLoader().getResources(pkg))) {
                    String location = root.toString();
                    boolean testLocation = location.contains("/test-classes/") || location.contains("-tests.jar");
                    if (testLocation == tests) {
                        for (byte[] bytes : classFiles(root, pkg)) {
                            ClassNode node = new ClassNode();
                            new ClassReader(bytes).accept(node, 0);
                            classes.putIfAbsent(node.name, node);
                        }
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return List.copyOf(classes.values());
    }

    private static List<byte[]> classFiles(URL root, String pkg) throws IOException {
        List<byte[]> files = new ArrayList<>();
        if (root.getProtocol().equals("file")) {
            try (Stream<Path> paths = Files.walk(Path.of(root.toURI()))) {
                for (Path path : paths.filter(p -> p.toString().endsWith(".class")).sorted().toList()) {
                    files.add(Files.readAllBytes(path));
                }
            } catch (URISyntaxException e) {
                throw new IllegalStateException(root + " is no file", e);
            }
        } else if (root.getProtocol().equals("jar")) {
            String jar = root.getPath().substring("file:".length(), root.getPath().indexOf("!/"));
            try (JarFile file = new JarFile(URLDecoder.decode(jar, StandardCharsets.UTF_8))) {
                for (JarEntry entry : Collections.list(file.entries())) {
                    if (entry.getName().startsWith(pkg + "/") && entry.getName().endsWith(".class")) {
                        try (InputStream in = file.getInputStream(entry)) {
                            files.add(in.readAllBytes());
                        }
                    }
                }
            }
        }
        return files;
    }
}
