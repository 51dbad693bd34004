package org.pmosuite.core.common;

import java.util.Optional;

/** Port: who is asking, in the current request. Empty when nobody is logged in. */
public interface CurrentActor {

    Optional<Actor> get();
}
