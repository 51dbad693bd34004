package org.pmosuite.sandbox.platform;

import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;

/**
 * SAL's application properties, as far as the app asks: its base URL relative to the server, the context path. An
 * absolute (canonical) base URL is refused: the sandbox knows no configured public address, and nothing of the app
 * may rely on one here.
 */
public final class SandboxApplicationProperties implements ApplicationProperties {

    private final String contextPath;

    public SandboxApplicationProperties(String contextPath) {
        this.contextPath = contextPath;
    }

    @Override
    public String getBaseUrl(UrlMode urlMode) {
        if (urlMode != UrlMode.RELATIVE) {
            throw new UnsupportedOperationException("The sandbox has no configured base URL; ask for UrlMode.RELATIVE");
        }
        return contextPath;
    }
}
