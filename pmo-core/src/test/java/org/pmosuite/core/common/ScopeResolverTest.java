package org.pmosuite.core.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class ScopeResolverTest {

    private final Actor actor = new Actor("pm", null);
    private final ScopeResolver resolver = new ScopeResolver(
            a -> List.of(new ProjectRef(1, "A", "Alpha"), new ProjectRef(2, "B", "Beta")));

    @Test
    void noRequestedProjectsMeansAllBrowsable() {
        assertThat(resolver.resolve(actor, List.of())).extracting(ProjectRef::key).containsExactly("A", "B");
    }

    @Test
    void keepsRequestOrderAndDropsDuplicates() {
        assertThat(resolver.resolve(actor, List.of("B", "A", "B"))).extracting(ProjectRef::key)
                .containsExactly("B", "A");
    }

    @Test
    void refusesAProjectOutsideTheActorsView() {
        assertThatThrownBy(() -> resolver.resolve(actor, List.of("A", "SECRET")))
                .isInstanceOf(ProjectNotVisibleException.class)
                .hasMessageContaining("SECRET");
    }

    @Test
    void keysMatchWhateverTheirCaseOrSurroundingSpace() {
        assertThat(resolver.resolve(actor, List.of(" b", "a", "B"))).extracting(ProjectRef::key)
                .containsExactly("B", "A");
    }

    @Test
    void actorDisplayNameFallsBackToKey() {
        assertThat(actor.displayName()).isEqualTo("pm");
    }
}
