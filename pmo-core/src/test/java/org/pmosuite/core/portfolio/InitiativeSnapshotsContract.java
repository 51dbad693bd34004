package org.pmosuite.core.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pmosuite.core.common.ProjectRef;
import org.pmosuite.core.portfolio.scoring.ScoringInputs;

/**
 * What every {@link InitiativeSnapshots} adapter must mean: the fake of the domain tests and the plugin's store over
 * Atlassian Cache. Extend it and hand over an empty store.
 */
public abstract class InitiativeSnapshotsContract {

    private static final PortfolioScope SCOPE = new PortfolioScope(Set.of("PAY", "HR"), Set.of("Initiative"), null);
    private static final Initiative PAY_1 = new Initiative(11, "PAY-1", new ProjectRef(1, "PAY", "Payments"),
            "Instant payments", "To Do", "new", null, null, null, ScoringInputs.empty(), Estimates.NONE);

    private static final Instant READ_AT = Instant.parse("2026-12-03T07:15:00Z");

    private InitiativeSnapshots snapshots;

    /** The adapter under test, over a store holding nothing. */
    protected abstract InitiativeSnapshots emptySnapshots() throws Exception;

    @BeforeEach
    void startEmpty() throws Exception {
        snapshots = emptySnapshots();
    }

    @Test
    void aSnapshotIsFoundUnderItsOwnKeyOnly() {
        long generation = snapshots.generation(1);
        InitiativeSnapshots.Key key = new InitiativeSnapshots.Key(1, generation, "lead", SCOPE);
        snapshots.keep(key, new InitiativeSnapshots.Snapshot(List.of(PAY_1), READ_AT));

        assertThat(snapshots.find(new InitiativeSnapshots.Key(1, generation, "lead", SCOPE)))
                .isEqualTo(new InitiativeSnapshots.Snapshot(List.of(PAY_1), READ_AT));
        assertThat(snapshots.find(new InitiativeSnapshots.Key(1, generation, "manager", SCOPE))).isNull();
        assertThat(snapshots.find(new InitiativeSnapshots.Key(1, generation, "lead",
                new PortfolioScope(Set.of("PAY"), Set.of("Initiative"), null)))).isNull();
        assertThat(snapshots.find(new InitiativeSnapshots.Key(1, generation, "lead",
                new PortfolioScope(Set.of("PAY", "HR"), Set.of("Initiative"), "status = Done")))).isNull();
        assertThat(snapshots.find(new InitiativeSnapshots.Key(2, generation, "lead", SCOPE))).isNull();
        assertThat(snapshots.find(new InitiativeSnapshots.Key(1, generation + 1, "lead", SCOPE))).isNull();
    }

    @Test
    void aGenerationStaysUntilItsPortfolioIsForgottenAndOnlyThen() {
        long one = snapshots.generation(1);
        long two = snapshots.generation(2);
        assertThat(snapshots.generation(1)).isEqualTo(one);

        snapshots.forget(1);

        assertThat(snapshots.generation(1)).isNotEqualTo(one);
        assertThat(snapshots.generation(1)).isEqualTo(snapshots.generation(1));
        assertThat(snapshots.generation(2)).isEqualTo(two);
    }

    @Test
    void aForgottenPortfoliosSnapshotsAreNotFoundUnderItsNewGeneration() {
        InitiativeSnapshots.Key before = new InitiativeSnapshots.Key(1, snapshots.generation(1), "lead", SCOPE);
        snapshots.keep(before, new InitiativeSnapshots.Snapshot(List.of(PAY_1), READ_AT));

        snapshots.forget(1);

        assertThat(snapshots.find(new InitiativeSnapshots.Key(1, snapshots.generation(1), "lead", SCOPE))).isNull();
    }

    /** Forgetting lets a portfolio's snapshots go on this node at once, not at expiry; other portfolios keep theirs. */
    @Test
    void aForgottenPortfoliosSnapshotsAreDroppedAndNoOtherPortfoliosAre() {
        InitiativeSnapshots.Key lead = new InitiativeSnapshots.Key(1, snapshots.generation(1), "lead", SCOPE);
        InitiativeSnapshots.Key manager = new InitiativeSnapshots.Key(1, snapshots.generation(1), "manager", SCOPE);
        InitiativeSnapshots.Key other = new InitiativeSnapshots.Key(2, snapshots.generation(2), "lead", SCOPE);
        InitiativeSnapshots.Snapshot snapshot = new InitiativeSnapshots.Snapshot(List.of(PAY_1), READ_AT);
        snapshots.keep(lead, snapshot);
        snapshots.keep(manager, snapshot);
        snapshots.keep(other, snapshot);

        snapshots.forget(1);

        assertThat(snapshots.find(lead)).isNull();
        assertThat(snapshots.find(manager)).isNull();
        assertThat(snapshots.find(other)).isEqualTo(snapshot);
    }

    @Test
    void anEmptySnapshotIsKeptToo() {
        InitiativeSnapshots.Key key = new InitiativeSnapshots.Key(1, snapshots.generation(1), "lead", SCOPE);
        snapshots.keep(key, new InitiativeSnapshots.Snapshot(List.of(), READ_AT));

        assertThat(snapshots.find(key).initiatives()).isEmpty();
        assertThat(snapshots.find(key).readAt()).isEqualTo(READ_AT);
    }
}
