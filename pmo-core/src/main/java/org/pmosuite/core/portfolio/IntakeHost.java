package org.pmosuite.core.portfolio;

import org.pmosuite.core.common.Actor;
import org.pmosuite.core.portfolio.scoring.ScoringInputs;

/** Port: what intake needs of the host: who may request, and turning an accepted request into an issue. */
public interface IntakeHost {

    /** Whether the actor may create issues in the project (Jira's "create issues" permission). */
    boolean mayCreateIssues(Actor actor, String projectKey);

    /**
     * Creates the initiative an accepted request becomes, as the actor who accepted it, with the request's scoring
     * inputs, and answers its key.
     *
     * @param issueType    the issue type to create, one of the portfolio's
     * @param description  the issue's description: the business case and the sponsor
     */
    String createInitiative(Actor actor, String projectKey, String issueType, String title, String description,
            ScoringInputs inputs);
}
