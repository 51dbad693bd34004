package org.pmosuite.sandbox.host.page;

/** The page a servlet's access check answers with. */
public record AccessDeniedView(String message, String loginHref) {
}
