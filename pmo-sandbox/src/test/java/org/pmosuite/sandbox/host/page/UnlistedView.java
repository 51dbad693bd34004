package org.pmosuite.sandbox.host.page;

/** A test-only model in the page models' package, shaped like AccessDeniedView, that the allowlist does not list. */
public record UnlistedView(String message, String loginHref) {
}
