package org.pmosuite.jira.platform;

import com.atlassian.sal.api.message.I18nResolver;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Answers every REST resource gives alike. */
public final class RestResponses {

    private RestResponses() {
    }

    /** 401 in Jira's error shape, as JSON even from a resource that produces something else (a CSV). */
    public static Response notLoggedIn(I18nResolver i18n) {
        return Response.status(Response.Status.UNAUTHORIZED).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(ErrorCollection.of(i18n.getText("pmo.common.error.login"))).build();
    }
}
