package org.pmosuite.core.portfolio;

import org.pmosuite.core.common.Actor;

/** Port: who holds the app's "PMO lead" global permission. */
public interface PmoLeadAccess {

    /** The global permission's key, as the descriptor declares it. Stored in customers' data: never change it. */
    String PERMISSION_KEY = "pmo-lead";

    boolean isPmoLead(Actor actor);
}
