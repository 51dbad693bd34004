/*
 * Stub of com.atlassian.templaterenderer.RenderingException.
 * Checked against: referenced in throws clauses on
 *   https://docs.atlassian.com/atlassian-template-renderer/1.5.2/apidocs/com/atlassian/templaterenderer/TemplateRenderer.html
 *   but no page for the exception class itself was found.
 * unverified: superclass RuntimeException and the (Throwable) / (String, Throwable) constructors.
 */
package com.atlassian.templaterenderer;

public class RenderingException extends RuntimeException {
    public RenderingException(Throwable cause) {
        throw new UnsupportedOperationException("stub");
    }

    public RenderingException(String message, Throwable cause) {
        throw new UnsupportedOperationException("stub");
    }
}
