package org.pmosuite.sandbox.host;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.pmosuite.sandbox.data.JdbcUserDirectory;
import org.pmosuite.sandbox.platform.RequestScope;

/**
 * Jira's page decoration, SiteMesh style: an HTML page that asks for {@code <meta name="decorator"
 * content="atl.general">} (or {@code atl.admin}, Jira's administration pages) is buffered, split into title, head and body, and written into the sandbox layout
 * together with the web resources it required. Every other response passes through unchanged; REST answers and
 * downloads are not even buffered.
 */
public final class PageDecoratorFilter extends HttpFilter {
    private static final long serialVersionUID = 1L;

    private static final Pattern DECORATOR = Pattern.compile(
            "<meta\\s+name=[\"']decorator[\"']\\s+content=[\"']atl\\.(general|admin)[\"']\\s*/?>", Pattern.CASE_INSENSITIVE);
    private static final Pattern TITLE = Pattern.compile("<title>(.*?)</title>",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern HEAD = Pattern.compile("<head[^>]*>(.*?)</head>",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern BODY = Pattern.compile("<body[^>]*>(.*)</body>",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    private final transient SandboxLayout layout;
    private final transient RequestScope requestScope;
    private final transient JdbcUserDirectory users;

    public PageDecoratorFilter(SandboxLayout layout, RequestScope requestScope, JdbcUserDirectory users) {
        this.layout = layout;
        this.requestScope = requestScope;
        this.users = users;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!decorates(request)) {
            chain.doFilter(request, response);
            return;
        }
        BufferedResponse buffered = new BufferedResponse(response);
        chain.doFilter(request, buffered);
        byte[] body = buffered.body();
        if (body.length == 0 || response.isCommitted()) {
            return;
        }
        String contentType = Optional.ofNullable(buffered.getContentType()).orElse("");
        Charset charset = Charset.forName(buffered.getCharacterEncoding());
        String html = contentType.startsWith("text/html") ? new String(body, charset) : null;
        if (html == null || !DECORATOR.matcher(html).find()) {
            response.getOutputStream().write(body);
            return;
        }
        String head = group(HEAD, html);
        SandboxLayout.Page page = new SandboxLayout.Page(group(TITLE, head).strip(),
                DECORATOR.matcher(TITLE.matcher(head).replaceFirst("")).replaceFirst(""), group(BODY, html));
        byte[] decorated = layout.render(page, requestScope.user(), users.all(), LoginPage.returnUri(request),
                requestScope.requiredWebResources()).getBytes(StandardCharsets.UTF_8);
        response.setContentType("text/html;charset=UTF-8");
        response.setContentLength(decorated.length);
        response.getOutputStream().write(decorated);
    }

    /**
     * Whether a request may be a decorated page at all. REST answers and downloads never are, in Jira as here, and
     * pass straight through: a streamed answer (a CSV export of a whole register) must not be held in memory.
     */
    static boolean decorates(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !path.startsWith("/rest/") && !path.startsWith("/download/");
    }

    private static String group(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        return matcher.find() ? matcher.group(1) : "";
    }

    /** Holds the body back so it can be decorated; status and headers go straight through. */
    private static final class BufferedResponse extends HttpServletResponseWrapper {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private PrintWriter writer;
        private ServletOutputStream stream;

        BufferedResponse(HttpServletResponse response) {
            super(response);
        }

        @Override
        public ServletOutputStream getOutputStream() {
            if (writer != null) {
                throw new IllegalStateException("getWriter() was already called");
            }
            if (stream == null) {
                stream = new ServletOutputStream() {
                    @Override
                    public void write(int b) {
                        bytes.write(b);
                    }

                    @Override
                    public void write(byte[] b, int off, int len) {
                        bytes.write(b, off, len);
                    }

                    @Override
                    public boolean isReady() {
                        return true;
                    }

                    @Override
                    public void setWriteListener(WriteListener listener) {
                        throw new UnsupportedOperationException("the decorator buffers synchronously");
                    }
                };
            }
            return stream;
        }

        @Override
        public PrintWriter getWriter() {
            if (stream != null) {
                throw new IllegalStateException("getOutputStream() was already called");
            }
            if (writer == null) {
                writer = new PrintWriter(new OutputStreamWriter(bytes, Charset.forName(getCharacterEncoding())));
            }
            return writer;
        }

        @Override
        public void setContentLength(int length) {
            // The decorated length differs; it is set when the page is written.
        }

        @Override
        public void setContentLengthLong(long length) {
            // As above.
        }

        @Override
        public void flushBuffer() {
            if (writer != null) {
                writer.flush();
            }
        }

        byte[] body() {
            flushBuffer();
            return bytes.toByteArray();
        }
    }
}
