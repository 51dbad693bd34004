package org.pmosuite.core.raid.setup;

import org.pmosuite.core.common.ProjectRef;

class InMemoryRaidSetupHostTest extends RaidSetupHostContract {

    private static final ProjectRef PAY = new ProjectRef(11, "PAY", "Payments");
    private static final ProjectRef HR = new ProjectRef(10, "HR", "People");

    private final InMemoryRaidSetupHost host = new InMemoryRaidSetupHost()
            .project(PAY, "PAY: Issue Type Scheme", "PAY: Default Screen")
            .project(HR, "HR: Issue Type Scheme", "HR: Default Screen");

    @Override
    protected RaidSetupHost host() {
        return host;
    }

    @Override
    protected ProjectRef first() {
        return PAY;
    }

    @Override
    protected ProjectRef second() {
        return HR;
    }
}
