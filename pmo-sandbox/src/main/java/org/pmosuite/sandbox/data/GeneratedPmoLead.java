package org.pmosuite.sandbox.data;

import org.pmosuite.core.common.Actor;
import org.pmosuite.core.portfolio.PmoLeadAccess;

/**
 * The sandbox's answer to who holds the "PMO lead" global permission: the generated PMO lead
 * ({@value PortfolioGenerator#PMO_LEAD}), and nobody else. In Jira an administrator grants the permission to groups
 * in Global permissions; being a Jira administrator does not imply it, so the sandbox's other administrators do not
 * hold it either.
 */
public final class GeneratedPmoLead implements PmoLeadAccess {

    @Override
    public boolean isPmoLead(Actor actor) {
        return PortfolioGenerator.PMO_LEAD.equals(actor.userKey());
    }
}
