package org.pmosuite.scanner;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;

/** Compiles in-memory sources with {@link SpringScannerIndexProcessor} into a directory and exposes the result. */
final class Compilation {

    /** Test copies of the annotations the processor matches by name (same FQNs as Spring, Jakarta and the scanner). */
    private static final Map<String, String> ANNOTATIONS = Map.ofEntries(
            annotation("org.springframework.stereotype", "Component", "TYPE", "String value() default \"\";"),
            annotation("org.springframework.stereotype", "Service", "TYPE", "String value() default \"\";"),
            annotation("org.springframework.context.annotation", "Primary", "TYPE", ""),
            annotation("jakarta.inject", "Named", "TYPE, ElementType.FIELD, ElementType.PARAMETER",
                    "String value() default \"\";"),
            annotation("javax.inject", "Named", "TYPE", "String value() default \"\";"),
            annotation("com.atlassian.plugin.spring.scanner.annotation", "Profile", "TYPE", "String[] value();"),
            annotation("com.atlassian.plugin.spring.scanner.annotation.component", "JiraComponent", "TYPE",
                    "String value() default \"\";"),
            annotation("com.atlassian.plugin.spring.scanner.annotation.imports", "ComponentImport",
                    "PARAMETER, ElementType.FIELD", "String value() default \"\";"),
            annotation("com.atlassian.plugin.spring.scanner.annotation.imports", "JiraImport",
                    "PARAMETER, ElementType.FIELD", "String value() default \"\";"),
            annotation("com.atlassian.plugin.spring.scanner.annotation.export", "ExportAsService", "TYPE",
                    "Class<?>[] value() default {};"),
            annotation("com.atlassian.plugin.spring.scanner.annotation.export", "ExportAsDevService", "TYPE",
                    "Class<?>[] value() default {};"));

    final boolean success;
    final List<String> errors;
    private final Path output;

    private Compilation(boolean success, List<String> errors, Path output) {
        this.success = success;
        this.errors = errors;
        this.output = output;
    }

    /** Compiles the given sources (fully qualified class name to code) plus the annotation copies into {@code output}. */
    static Compilation compile(Path output, Map<String, String> sources) {
        Map<String, String> all = new LinkedHashMap<>(ANNOTATIONS);
        all.putAll(sources);
        List<JavaFileObject> files = all.entrySet().stream()
                .map(source -> (JavaFileObject) new Source(source.getKey(), source.getValue()))
                .toList();
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        JavaCompiler.CompilationTask task = compiler.getTask(null, null, diagnostics,
                List.of("-d", output.toString(), "--release", "17"), null, files);
        task.setProcessors(List.of(new SpringScannerIndexProcessor()));
        boolean success = task.call();
        List<String> errors = diagnostics.getDiagnostics().stream()
                .filter(diagnostic -> diagnostic.getKind() == Diagnostic.Kind.ERROR)
                .map(diagnostic -> diagnostic.getMessage(Locale.ROOT))
                .toList();
        return new Compilation(success, errors, output);
    }

    /** The index file's exact text, if it was written. */
    Optional<String> index(String file) {
        Path path = output.resolve(SpringScannerIndexProcessor.INDEX_DIR + file);
        try {
            return Files.exists(path) ? Optional.of(Files.readString(path, StandardCharsets.UTF_8)) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Paths of all index files written, relative to {@code META-INF/plugin-components/}. */
    List<String> indexFiles() {
        Path dir = output.resolve(SpringScannerIndexProcessor.INDEX_DIR);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            return paths.filter(Files::isRegularFile)
                    .map(path -> dir.relativize(path).toString().replace('\\', '/'))
                    .sorted()
                    .collect(Collectors.toCollection(ArrayList::new));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map.Entry<String, String> annotation(String pkg, String name, String targets, String body) {
        return Map.entry(pkg + "." + name, "package " + pkg + ";\n"
                + "import java.lang.annotation.*;\n"
                + "@Retention(RetentionPolicy.RUNTIME) @Target({ElementType." + targets + "})\n"
                + "public @interface " + name + " { " + body + " }\n");
    }

    private static final class Source extends SimpleJavaFileObject {
        private final String code;

        Source(String className, String code) {
            super(URI.create("string:///" + className.replace('.', '/') + Kind.SOURCE.extension), Kind.SOURCE);
            this.code = code;
        }

        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
            return code;
        }
    }
}
