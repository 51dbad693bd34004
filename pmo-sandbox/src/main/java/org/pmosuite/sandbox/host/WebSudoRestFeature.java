package org.pmosuite.sandbox.host;

import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.atlassian.sal.api.websudo.WebSudoManager;
import com.atlassian.sal.api.websudo.WebSudoRequired;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.pmosuite.sandbox.platform.SandboxWebSudoManager;

/**
 * {@code @com.atlassian.sal.api.websudo.WebSudoRequired} on the app's REST resources: a method, its class or the
 * class's package carrying it answers 401 without an active websudo session of the current user, and an active
 * session counts as used (it lasts another 10 minutes). The check runs after the access level's check, so an
 * anonymous caller of a {@code LicensedOnly} resource is still told to log in first.
 *
 * <p>What Jira answers, and why this body is not Jira's usual {@code {"errorMessages":[],"errors":{}}}: Atlassian's
 * REST module (atlassian-rest, {@code com.atlassian.plugins.rest.common.sal.websudo.WebSudoResourceFilter}) throws
 * {@code WebSudoRequiredException("This resource requires WebSudo.")}, a {@code SecurityException}, which its
 * {@code com.atlassian.plugins.rest.common.security.jersey.SecurityExceptionMapper} answers with
 * {@code Status.unauthorized().message(...)}: status 401 and the REST module's status entity, in JSON
 * {@code {"message":"This resource requires WebSudo.","status-code":401}}. Jira's own front end recognises exactly
 * that: {@code jira/ajs/ajax/ajax-util} {@code isWebSudoFailure(xhr)} is {@code xhr.status === 401 &&
 * /websudo/i.test(xhr.responseText)}, and its QUnit test uses that very body as "websudoValidResponse" (sources
 * read in the code index; SAL's WebSudoRequired javadoc, sal-parent 3.0.0, gives the method &lt; type &lt; package
 * precedence). Unverified: that REST v2 (Platform 7/8, Jira 10/11) keeps this body; no Jira 10/11 source or
 * documentation for it was found. The stubs have no {@code WebSudoNotRequired}, so opting out is not modelled.
 */
public final class WebSudoRestFeature implements DynamicFeature {

    static final String REQUIRES_WEBSUDO = "This resource requires WebSudo.";
    static final String BODY = "{\"message\":\"" + REQUIRES_WEBSUDO + "\",\"status-code\":401}";

    private final SandboxWebSudoManager webSudo;

    @Inject
    public WebSudoRestFeature(WebSudoManager webSudo) {
        this.webSudo = (SandboxWebSudoManager) webSudo;
    }

    @Override
    public void configure(ResourceInfo resourceInfo, FeatureContext context) {
        Class<?> resource = resourceInfo.getResourceClass();
        Method method = resourceInfo.getResourceMethod();
        if (resource == null || method == null || !isAppResource(resource, context) || !requires(resource, method)) {
            return;
        }
        context.register(new Filter(), Priorities.USER + 100);
    }

    static boolean requires(Class<?> resource, Method method) {
        return method.isAnnotationPresent(WebSudoRequired.class) || resource.isAnnotationPresent(WebSudoRequired.class)
                || (resource.getPackage() != null && resource.getPackage().isAnnotationPresent(WebSudoRequired.class));
    }

    private static boolean isAppResource(Class<?> resource, FeatureContext context) {
        Object packages = context.getConfiguration().getProperty(RestAccessFeature.APP_PACKAGES);
        return packages instanceof List<?> list && list.stream()
                .anyMatch(name -> resource.getName().startsWith(name + "."));
    }

    /** Registered to run after the access check, which has the default priority, {@link Priorities#USER}. */
    private final class Filter implements ContainerRequestFilter {
        @Override
        public void filter(ContainerRequestContext request) {
            Map<String, Cookie> cookies = request.getCookies();
            Optional<String> token = Optional.ofNullable(cookies.get(SandboxWebSudoManager.COOKIE))
                    .map(Cookie::getValue).filter(value -> !value.isEmpty());
            if (!webSudo.use(token)) {
                request.abortWith(Response.status(Response.Status.UNAUTHORIZED)
                        .type(MediaType.APPLICATION_JSON_TYPE)
                        .header("Cache-Control", "no-store")
                        .entity(BODY)
                        .build());
            }
        }
    }
}
