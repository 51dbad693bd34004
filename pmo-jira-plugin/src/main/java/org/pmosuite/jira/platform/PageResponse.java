package org.pmosuite.jira.platform;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.templaterenderer.TemplateRenderer;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Writes an app page: its template with {@code $i18n} and {@code $page} (a page model of allowlisted getters, escaped
 * by the renderer), as HTML that is never cached, since every page shows what one user may see.
 */
public final class PageResponse {

    private PageResponse() {
    }

    public static void render(HttpServletResponse response, int status, TemplateRenderer renderer, String template,
            I18nResolver i18n, Object page) throws IOException {
        Map<String, Object> context = new HashMap<>();
        context.put("i18n", i18n);
        context.put("page", page);
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        renderer.render(template, context, response.getWriter());
    }
}
