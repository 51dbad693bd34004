package org.pmosuite.sandbox.platform;

import java.util.Optional;

import org.pmosuite.core.common.Actor;
import org.pmosuite.core.common.CurrentActor;
import org.pmosuite.sandbox.data.SandboxUser;

/** The user chosen with the sandbox's user switcher, for the current request. */
public final class SandboxCurrentActor implements CurrentActor {

    private final RequestScope requestScope;

    public SandboxCurrentActor(RequestScope requestScope) {
        this.requestScope = requestScope;
    }

    @Override
    public Optional<Actor> get() {
        return requestScope.user().map(SandboxUser::actor);
    }
}
