package org.pmosuite.core.raid.setup;

import org.pmosuite.core.common.Actor;
import org.pmosuite.core.common.ProjectRef;

/**
 * Port: reads and changes the host's configuration that RAID entries need in a project: fields, issue types and
 * screens. The service has checked that the actor administers the project.
 */
public interface RaidSetupHost {

    RaidSetupState state(ProjectRef project);

    /**
     * Makes one change. A change already in place (another administrator was quicker) is not an error: the host
     * leaves it as it is, so that applying stays idempotent.
     */
    void apply(Actor actor, ProjectRef project, RaidSetupChange change);
}
