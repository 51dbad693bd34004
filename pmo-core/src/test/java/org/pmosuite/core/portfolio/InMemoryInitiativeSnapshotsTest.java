package org.pmosuite.core.portfolio;

/** The fake the domain tests use means what every adapter means. */
class InMemoryInitiativeSnapshotsTest extends InitiativeSnapshotsContract {

    @Override
    protected InitiativeSnapshots emptySnapshots() {
        return new InMemoryInitiativeSnapshots();
    }
}
