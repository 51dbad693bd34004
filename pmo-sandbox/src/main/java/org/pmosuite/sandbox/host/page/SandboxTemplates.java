package org.pmosuite.sandbox.host.page;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.pmosuite.sandbox.platform.VelocityAllowlist;
import org.pmosuite.sandbox.platform.VelocityTemplateRenderer;

/**
 * The sandbox's own pages, rendered from {@code sandbox-templates/*.vm} under the same rules as the app's templates
 * (every reference HTML-escaped, methods only from an allowlist), but with the sandbox's own allowlist for its page
 * models, kept apart from the plugin's.
 */
public final class SandboxTemplates {

    public static final String FOLDER = "sandbox-templates/";
    /** One {@code fqcn#method()} a line, like the descriptor's {@code <method>} entries. */
    public static final String ALLOWLIST = FOLDER + "velocity-allowlist.txt";
    /** The package of every page model the templates may read. */
    public static final String MODEL_PACKAGE = SandboxTemplates.class.getPackageName() + ".";

    private final VelocityTemplateRenderer renderer;

    private SandboxTemplates(VelocityTemplateRenderer renderer) {
        this.renderer = renderer;
    }

    public static SandboxTemplates load(ClassLoader classLoader) {
        return new SandboxTemplates(new VelocityTemplateRenderer(
                VelocityAllowlist.forPackage(MODEL_PACKAGE, allowlist(classLoader))));
    }

    /** The entries of {@link #ALLOWLIST}, without blank lines and {@code #} comments. */
    public static List<String> allowlist(ClassLoader classLoader) {
        try (InputStream in = classLoader.getResourceAsStream(ALLOWLIST)) {
            if (in == null) {
                throw new IllegalStateException(ALLOWLIST + " is not on the classpath");
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().map(String::trim)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + ALLOWLIST, e);
        }
    }

    /**
     * @param template a file name in {@link #FOLDER}, for example {@code home.vm}
     */
    public String render(String template, Map<String, Object> context) {
        StringWriter html = new StringWriter();
        try {
            renderer.render(FOLDER + template, context, html);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not render " + template, e);
        }
        return html.toString();
    }
}
