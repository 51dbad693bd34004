package org.pmosuite.sandbox.host;

import java.lang.reflect.Method;
import java.util.List;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.pmosuite.jira.platform.ErrorCollection;
import org.pmosuite.sandbox.platform.RequestScope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Enforces REST v2's access annotations on every resource method: the method's annotation, else the class's, else
 * {@code LicensedOnly}, the platform default (logged as a warning, since every resource should say).
 */
public final class RestAccessFeature implements DynamicFeature {

    /** The configuration property listing the packages of the app's own resources (a {@code List<String>}). */
    public static final String APP_PACKAGES = "org.pmosuite.sandbox.rest.packages";

    private static final Logger LOG = LoggerFactory.getLogger(RestAccessFeature.class);

    private final AccessPolicy policy;
    private final RequestScope requestScope;

    @Inject
    public RestAccessFeature(AccessPolicy policy, RequestScope requestScope) {
        this.policy = policy;
        this.requestScope = requestScope;
    }

    @Override
    public void configure(ResourceInfo resourceInfo, FeatureContext context) {
        Class<?> resource = resourceInfo.getResourceClass();
        Method method = resourceInfo.getResourceMethod();
        if (resource == null || method == null || !isAppResource(resource, context)) {
            return;
        }
        warnAboutServletAnnotations(resource, method);
        AccessLevel level = AccessLevel.declaredOn(method, AccessLevel.REST_PACKAGE)
                .or(() -> AccessLevel.declaredOn(resource, AccessLevel.REST_PACKAGE))
                .orElseGet(() -> {
                    LOG.warn("REST resource {}#{} has no access annotation; treating it as LicensedOnly, the "
                            + "platform default. Annotate it explicitly.", resource.getName(), method.getName());
                    return AccessLevel.LICENSED;
                });
        context.register(new Filter(level));
    }

    /** Jersey's own handlers (such as OPTIONS) are not the app's to annotate. */
    private static boolean isAppResource(Class<?> resource, FeatureContext context) {
        Object packages = context.getConfiguration().getProperty(APP_PACKAGES);
        return packages instanceof List<?> list && list.stream()
                .anyMatch(name -> resource.getName().startsWith(name + "."));
    }

    /** The servlet annotations look alike but REST v2 ignores them; say so rather than silently differ from Jira. */
    private static void warnAboutServletAnnotations(Class<?> resource, Method method) {
        AccessLevel.declaredOn(method, AccessLevel.SERVLET_PACKAGE)
                .or(() -> AccessLevel.declaredOn(resource, AccessLevel.SERVLET_PACKAGE))
                .ifPresent(level -> LOG.warn("REST resource {}#{} uses {}.{}, which REST v2 ignores; use {}.{}",
                        resource.getName(), method.getName(), AccessLevel.SERVLET_PACKAGE, level.annotation(),
                        AccessLevel.REST_PACKAGE, level.annotation()));
    }

    private final class Filter implements ContainerRequestFilter {
        private final AccessLevel level;

        private Filter(AccessLevel level) {
            this.level = level;
        }

        @Override
        public void filter(ContainerRequestContext request) {
            Optional<AccessPolicy.Denial> denial = policy.check(level, requestScope.user());
            denial.ifPresent(refused -> request.abortWith(Response.status(refused.status())
                    .type(MediaType.APPLICATION_JSON_TYPE)
                    .header("Cache-Control", "no-store")
                    .entity(ErrorCollection.of(refused.message()))
                    .build()));
        }
    }
}
