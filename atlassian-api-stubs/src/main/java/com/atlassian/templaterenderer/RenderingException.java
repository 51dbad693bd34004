/*
 * Stub of com.atlassian.templaterenderer.RenderingException.
 * Checked against: referenced in throws clauses on
 *   https://docs.atlassian.com/atlassian-template-renderer/1.5.2/apidocs/com/atlassian/templaterenderer/TemplateRenderer.html
 *   but no page for the exception class itself was found.
 * unverified: superclass RuntimeException and the (Throwable) / (String, Throwable) constructors.
 * The constructors pass their arguments on, so that a host or a test can throw it; nothing else runs.
 */
package com.atlassian.templaterenderer;

public class RenderingException extends RuntimeException {
    public RenderingException(Throwable cause) {
        super(cause);
    }

    public RenderingException(String message, Throwable cause) {
        super(message, cause);
    }
}
