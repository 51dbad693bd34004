package org.pmosuite.core.portfolio;

import java.util.Objects;

import org.pmosuite.core.common.ProjectRef;
import org.pmosuite.core.portfolio.scoring.ScoringInputs;

/**
 * A Jira issue in a portfolio's scope, with what the board shows and scores.
 *
 * @param issueId        the issue's id, which never changes
 * @param issueKey       its key, such as {@code PAY-12}
 * @param project        its project
 * @param title          its summary, exactly as typed
 * @param status         its status name
 * @param statusCategory {@code new}, {@code indeterminate} or {@code done}
 * @param theme          the theme it serves (a label or component), or null
 * @param ownerKey       the user key of its assignee, or null
 * @param ownerName      the assignee's display name, or null
 * @param inputs         its scoring inputs; absent ones are missing
 * @param estimates      its size in each capacity unit
 */
public record Initiative(long issueId, String issueKey, ProjectRef project, String title, String status,
        String statusCategory, String theme, String ownerKey, String ownerName, ScoringInputs inputs,
        Estimates estimates) {
    public Initiative {
        Objects.requireNonNull(issueKey, "issueKey");
        Objects.requireNonNull(project, "project");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(inputs, "inputs");
        estimates = estimates == null ? Estimates.NONE : estimates;
    }
}
