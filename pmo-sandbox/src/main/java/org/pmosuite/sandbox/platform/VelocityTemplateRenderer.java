package org.pmosuite.sandbox.platform;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import com.atlassian.templaterenderer.TemplateRenderer;
import org.apache.velocity.Template;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;
import org.apache.velocity.runtime.RuntimeConstants;
import org.apache.velocity.runtime.resource.loader.ClasspathResourceLoader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Renders the plugin's Velocity templates from the classpath the way Jira does: HTML auto-escaping and the
 * method allowlist. Failures are logged and thrown, never rendered as half a page.
 */
public final class VelocityTemplateRenderer implements TemplateRenderer {

    private static final Logger LOG = LoggerFactory.getLogger(VelocityTemplateRenderer.class);

    private final VelocityEngine engine;

    public VelocityTemplateRenderer(VelocityAllowlist allowlist) {
        engine = new VelocityEngine();
        engine.setProperty(RuntimeConstants.RESOURCE_LOADERS, "classpath");
        engine.setProperty("resource.loader.classpath.class", ClasspathResourceLoader.class.getName());
        engine.setProperty("resource.loader.classpath.cache", "true");
        engine.setProperty(RuntimeConstants.INPUT_ENCODING, StandardCharsets.UTF_8.name());
        engine.setProperty(RuntimeConstants.UBERSPECT_CLASSNAME, AllowlistUberspector.class.getName());
        engine.setProperty(RuntimeConstants.EVENTHANDLER_REFERENCEINSERTION,
                HtmlEscapingInsertionHandler.class.getName());
        engine.setApplicationAttribute(AllowlistUberspector.ALLOWLIST_ATTRIBUTE, allowlist);
        engine.init();
    }

    /**
     * @throws VelocityAllowlistViolation when the template calls a method the allowlist refuses
     * @throws TemplateRenderingFailure   for any other problem with the template
     */
    @Override
    public void render(String templateName, Map<String, Object> context, Writer writer) throws IOException {
        try {
            Template template = engine.getTemplate(templateName, StandardCharsets.UTF_8.name());
            template.merge(new VelocityContext(new HashMap<>(context)), writer);
        } catch (RuntimeException e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof VelocityAllowlistViolation violation) {
                    throw violation;
                }
            }
            LOG.error("Could not render {}", templateName, e);
            throw new TemplateRenderingFailure("Could not render " + templateName + ": " + e.getMessage(), e);
        }
    }

    /** A template that could not be rendered. (The stubbed RenderingException has no behaviour to construct.) */
    public static final class TemplateRenderingFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TemplateRenderingFailure(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
