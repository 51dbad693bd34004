package org.pmosuite.core.raid;

import java.time.Instant;
import java.util.List;

import org.pmosuite.core.common.Actor;
import org.pmosuite.core.common.FieldError;
import org.pmosuite.core.common.InvalidRequestException;
import org.pmosuite.core.common.IssueKeys;
import org.pmosuite.core.common.ProjectNotVisibleException;
import org.pmosuite.core.common.ProjectRef;
import org.pmosuite.core.common.ScopeResolver;

/**
 * Records and changes RAID entries: finds the project among those the actor may browse, checks the draft against
 * that project's risk matrix, and writes through {@link RaidEntries}.
 */
public final class RaidEntryService {

    private final RaidEntries entries;
    private final ScopeResolver scopeResolver;
    private final RiskMatrixService riskMatrices;

    public RaidEntryService(RaidEntries entries, ScopeResolver scopeResolver, RiskMatrixService riskMatrices) {
        this.entries = entries;
        this.scopeResolver = scopeResolver;
        this.riskMatrices = riskMatrices;
    }

    /**
     * @param projectKey the project to record the entry in, as sent (field {@code project})
     * @throws InvalidRequestException     listing every problem of the draft, or a blank project
     * @throws ProjectNotVisibleException  when the actor may not browse the project
     * @throws RaidEntryNotEditableException when the actor may not create issues in it
     */
    public RaidEntry create(Actor actor, String projectKey, RaidEntryDraft draft) {
        if (projectKey == null || projectKey.isBlank()) {
            throw new InvalidRequestException(List.of(FieldError.of("project", "pmo.common.error.project.blank")));
        }
        ProjectRef project = scopeResolver.resolve(actor, List.of(projectKey)).get(0);
        RaidEntryChange change = draft.validateCreate(riskMatrices.forProject(project).matrix());
        return entries.create(actor, project, change);
    }

    /**
     * @param expectedUpdated the {@code updated} of the entry the change is based on (field {@code updated})
     * @throws RaidEntryNotFoundException    when the entry is absent or not visible
     * @throws StaleRaidEntryException       when it was updated since; checked before the draft, so that the writer
     *                                       reloads rather than fixes a form against an old state
     * @throws InvalidRequestException       listing every problem of the draft, or a missing {@code updated}
     * @throws RaidEntryNotEditableException when the actor may not edit it
     */
    public RaidEntry update(Actor actor, String issueKey, RaidEntryDraft draft, Instant expectedUpdated) {
        String key = IssueKeys.normalised(issueKey);
        RaidEntry current = entries.find(actor, key).orElseThrow(() -> new RaidEntryNotFoundException(key));
        if (expectedUpdated == null) {
            throw new InvalidRequestException(List.of(FieldError.of("updated", "pmo.raid.error.updated.missing")));
        }
        if (!current.updated().equals(expectedUpdated)) {
            throw new StaleRaidEntryException(key, expectedUpdated, current.updated());
        }
        ProjectRef project;
        try {
            project = scopeResolver.resolve(actor, List.of(current.projectKey())).get(0);
        } catch (ProjectNotVisibleException e) {
            throw new RaidEntryNotFoundException(key);
        }
        RaidEntryChange change = draft.validateUpdate(current, riskMatrices.forProject(project).matrix());
        return entries.update(actor, key, change, expectedUpdated);
    }

    /** @throws RaidEntryNotFoundException when the entry is absent or not visible */
    public RaidEntry find(Actor actor, String issueKey) {
        String key = IssueKeys.normalised(issueKey);
        return entries.find(actor, key).orElseThrow(() -> new RaidEntryNotFoundException(key));
    }
}
