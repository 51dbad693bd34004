package org.pmosuite.core.raid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.pmosuite.core.common.FieldError;
import org.pmosuite.core.common.InvalidRequestException;

class RaidHeatMapQueryTest {

    @Test
    void defaultsToAllProjectsAndAllTypes() {
        RaidHeatMapQuery query = RaidHeatMapQuery.parse(List.of(), List.of());

        assertThat(query.projectKeys()).isEmpty();
        assertThat(query.types()).isEmpty();
    }

    @Test
    void normalisesProjectKeysAndTypes() {
        RaidHeatMapQuery query = RaidHeatMapQuery.parse(List.of(" pay "), List.of("risk", "Dependency"));

        assertThat(query.projectKeys()).containsExactly("PAY");
        assertThat(query.types()).containsExactlyInAnyOrder(RaidType.RISK, RaidType.DEPENDENCY);
    }

    @Test
    void reportsEveryInvalidFieldAtOnce() {
        InvalidRequestException error = catchThrowableOfType(InvalidRequestException.class,
                () -> RaidHeatMapQuery.parse(List.of(" "), List.of("BOGUS")));

        assertThat(error.errors()).extracting(FieldError::field).containsExactly("project", "type");
        assertThat(error.errors()).extracting(FieldError::messageKey).containsExactly(
                "pmo.common.error.project.blank", "pmo.raid.error.type.unknown");
        assertThat(error.errors().get(1).arguments()).containsExactly("BOGUS");
    }
}
