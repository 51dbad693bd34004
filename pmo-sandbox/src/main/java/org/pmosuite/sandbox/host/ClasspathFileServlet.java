package org.pmosuite.sandbox.host;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Serves files from the classpath: the plugin's download resources and the sandbox's own static files (AUI).
 * Reading through the class loader works the same from folders and from jars.
 */
public final class ClasspathFileServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("css", "text/css;charset=UTF-8"), Map.entry("js", "text/javascript;charset=UTF-8"),
            Map.entry("json", "application/json"), Map.entry("svg", "image/svg+xml"), Map.entry("png", "image/png"),
            Map.entry("gif", "image/gif"), Map.entry("jpg", "image/jpeg"), Map.entry("ico", "image/x-icon"),
            Map.entry("woff", "font/woff"), Map.entry("woff2", "font/woff2"), Map.entry("ttf", "font/ttf"),
            Map.entry("eot", "application/vnd.ms-fontobject"), Map.entry("html", "text/html;charset=UTF-8"));

    private final transient ClassLoader classLoader;
    private final transient Function<String, Optional<String>> locations;
    private final transient Function<String, Optional<UnaryOperator<String>>> transforms;

    /**
     * @param locations maps the request's path info (without the leading slash) to a classpath location
     */
    public ClasspathFileServlet(ClassLoader classLoader, Function<String, Optional<String>> locations) {
        this(classLoader, locations, path -> Optional.empty());
    }

    /**
     * @param transforms for a path, the transformation its text (read and written as UTF-8) goes through, if any
     */
    public ClasspathFileServlet(ClassLoader classLoader, Function<String, Optional<String>> locations,
            Function<String, Optional<UnaryOperator<String>>> transforms) {
        this.classLoader = classLoader;
        this.locations = locations;
        this.transforms = transforms;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = Optional.ofNullable(request.getPathInfo()).orElse("/").substring(1);
        Optional<String> location = path.contains("..") || path.contains("\\") ? Optional.empty()
                : locations.apply(path);
        try (InputStream in = location.filter(l -> !l.endsWith("/")).map(classLoader::getResourceAsStream)
                .orElse(null)) {
            if (in == null) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            String extension = path.substring(path.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
            response.setContentType(TYPES.getOrDefault(extension, "application/octet-stream"));
            response.setHeader("Cache-Control", "no-cache");
            Optional<UnaryOperator<String>> transform = transforms.apply(path);
            if (transform.isPresent()) {
                String text = transform.get().apply(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                response.getOutputStream().write(text.getBytes(StandardCharsets.UTF_8));
            } else {
                in.transferTo(response.getOutputStream());
            }
        }
    }
}
