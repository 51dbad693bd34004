package org.pmosuite.sandbox.host;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Reads and discards what is left of a request body once the request is answered, up to {@link #MAX_DISCARDED}
 * bytes, as Jira's Tomcat does ({@code maxSwallowSize}, 2 MB by default). Without it, a write refused before its
 * body is read (a missing websudo session, an XSRF failure, a method that takes no body) closes the connection
 * while the client is still sending, and the client sees a broken connection instead of the refusal.
 */
public final class UnreadBodyFilter extends HttpFilter {
    private static final long serialVersionUID = 1L;

    static final long MAX_DISCARDED = 2L * 1024 * 1024;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } finally {
            long length = request.getContentLengthLong();
            if (length > 0 && length <= MAX_DISCARDED) {
                discardTheRest(request);
            }
        }
    }

    private static void discardTheRest(HttpServletRequest request) {
        try {
            try {
                request.getInputStream().transferTo(OutputStream.nullOutputStream());
            } catch (IllegalStateException readAsText) {
                request.getReader().transferTo(Writer.nullWriter());
            }
        } catch (IOException gone) {
            // The client went away: there is nobody left to answer.
        }
    }
}
