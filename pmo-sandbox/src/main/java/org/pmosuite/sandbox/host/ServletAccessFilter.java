package org.pmosuite.sandbox.host;

import java.io.IOException;
import java.lang.reflect.Method;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.pmosuite.sandbox.host.page.AccessDeniedView;
import org.pmosuite.sandbox.host.page.SandboxTemplates;
import org.pmosuite.sandbox.platform.RequestScope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Enforces the {@code com.atlassian.annotations.security} level of one servlet: the annotation on its
 * {@code doGet}/{@code doPost}/... method, else on the class, else {@code LicensedOnly}. Refusals are pages in the
 * sandbox layout ({@code access-denied.vm}) that link to the log-in page, with the same status codes as REST.
 */
public final class ServletAccessFilter extends HttpFilter {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(ServletAccessFilter.class);

    private final transient AccessPolicy policy;
    private final transient RequestScope requestScope;
    private final transient SandboxTemplates templates;
    private final Map<String, AccessLevel> levels = new HashMap<>();
    private final AccessLevel classLevel;

    public ServletAccessFilter(Class<? extends HttpServlet> servlet, AccessPolicy policy, RequestScope requestScope,
            SandboxTemplates templates) {
        this.policy = policy;
        this.requestScope = requestScope;
        this.templates = templates;
        Optional<AccessLevel> declared = AccessLevel.declaredOn(servlet, AccessLevel.SERVLET_PACKAGE);
        for (Method method : servlet.getDeclaredMethods()) {
            if (method.getName().startsWith("do") && method.getName().length() > 2) {
                AccessLevel.declaredOn(method, AccessLevel.SERVLET_PACKAGE).ifPresent(level -> levels.put(
                        method.getName().substring(2).toUpperCase(Locale.ROOT), level));
            }
        }
        if (declared.isEmpty() && levels.isEmpty()) {
            LOG.warn("Servlet {} has no access annotation; treating it as LicensedOnly, the platform default. "
                    + "Annotate it explicitly.", servlet.getName());
        }
        this.classLevel = declared.orElse(AccessLevel.LICENSED);
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        AccessLevel level = levels.getOrDefault(request.getMethod(), classLevel);
        Optional<AccessPolicy.Denial> denial = policy.check(level, requestScope.user());
        if (denial.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(denial.get().status());
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write(templates.render("access-denied.vm", Map.of("denied",
                new AccessDeniedView(denial.get().message(), LoginPage.uriFor(request)))));
    }
}
