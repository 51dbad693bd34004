package org.pmosuite.core.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.pmosuite.core.common.ProjectRef;
import org.pmosuite.core.portfolio.scoring.ScoringInput;
import org.pmosuite.core.portfolio.scoring.ScoringInputs;

class SharedValuesTest {

    @Test
    void repeatedValuesAreHeldOnceAndEveryInitiativeStaysEqualToTheOneGiven() {
        SharedValues shared = new SharedValues();
        Initiative first = initiative(1, "PAY-1", null);
        Initiative second = initiative(2, "PAY-2", null);
        Initiative unowned = initiative(3, "PAY-3", "none");

        Initiative a = shared.of(first);
        Initiative b = shared.of(second);
        Initiative c = shared.of(unowned);

        assertThat(a).isEqualTo(first);
        assertThat(b).isEqualTo(second);
        assertThat(c).isEqualTo(unowned);
        assertThat(b.project()).isSameAs(a.project()).isNotSameAs(second.project());
        assertThat(b.status()).isSameAs(a.status()).isNotSameAs(second.status());
        assertThat(b.statusCategory()).isSameAs(a.statusCategory());
        assertThat(b.theme()).isSameAs(a.theme());
        assertThat(b.ownerKey()).isSameAs(a.ownerKey());
        assertThat(b.ownerName()).isSameAs(a.ownerName());
        assertThat(b.estimates()).isSameAs(a.estimates());
        assertThat(c.ownerKey()).isNull();
        assertThat(b.title()).isEqualTo("Initiative PAY-2");
    }

    /** Each call builds new, equal strings and records, as a source reading rows does. */
    private static Initiative initiative(long id, String key, String owner) {
        boolean owned = owner == null;
        return new Initiative(id, key, new ProjectRef(10, new String("PAY"), new String("Payments")),
                "Initiative " + key, new String("In Progress"), new String("indeterminate"), new String("Growth"),
                owned ? new String("ann") : null, owned ? new String("Ann Lee") : null,
                ScoringInputs.of(Map.of(ScoringInput.JOB_SIZE, (double) id)), new Estimates(5.0, null, null));
    }
}
