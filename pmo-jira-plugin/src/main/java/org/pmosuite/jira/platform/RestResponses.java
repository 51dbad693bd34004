package org.pmosuite.jira.platform;

import java.util.Optional;
import java.util.function.Function;

import com.atlassian.sal.api.message.I18nResolver;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.pmosuite.core.common.Actor;
import org.pmosuite.core.common.CurrentActor;

/** Answers every REST resource gives alike. */
public final class RestResponses {

    private RestResponses() {
    }

    /** 401 in Jira's error shape, as JSON even from a resource that produces something else (a CSV). */
    public static Response notLoggedIn(I18nResolver i18n) {
        return Response.status(Response.Status.UNAUTHORIZED).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(ErrorCollection.of(i18n.getText("pmo.common.error.login"))).build();
    }

    /** The answer for the logged-in actor, or 401 when nobody is logged in. */
    public static Response asActor(CurrentActor currentActor, I18nResolver i18n, Function<Actor, Response> answer) {
        Optional<Actor> actor = currentActor.get();
        if (actor.isEmpty()) {
            return notLoggedIn(i18n);
        }
        return answer.apply(actor.get());
    }

    /** An answer no cache keeps: it is computed for one user. */
    public static Response noStore(Response.Status status, Object body) {
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        return Response.status(status).entity(body).cacheControl(noStore).build();
    }
}
