/*
 * Stub of com.atlassian.templaterenderer.TemplateRenderer (interface).
 * Checked against: https://docs.atlassian.com/atlassian-template-renderer/1.5.2/apidocs/com/atlassian/templaterenderer/TemplateRenderer.html
 *   (1.5.2, newest page found): `void render(String templateName, Map<String,Object> context, Writer writer)`;
 *   the render overloads are declared `throws RenderingException, IOException` (shown on the Writer-only overload).
 * unverified: newer (Platform 7/8) template-renderer javadoc not found.
 */
package com.atlassian.templaterenderer;

import java.io.IOException;
import java.io.Writer;
import java.util.Map;

public interface TemplateRenderer {
    void render(String templateName, Map<String, Object> context, Writer writer) throws RenderingException, IOException;
}
