package org.pmosuite.core.raid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.pmosuite.core.common.FieldError;
import org.pmosuite.core.common.InvalidRequestException;

class RaidHeatMapQueryTest {

    @Test
    void defaultsToAllProjectsAllTypesAndFiveByFive() {
        RaidHeatMapQuery query = RaidHeatMapQuery.parse(List.of(), List.of(), null);

        assertThat(query.projectKeys()).isEmpty();
        assertThat(query.types()).isEmpty();
        assertThat(query.size().value()).isEqualTo(5);
    }

    @Test
    void normalisesProjectKeysAndTypes() {
        RaidHeatMapQuery query = RaidHeatMapQuery.parse(List.of(" pay "), List.of("risk", "Dependency"), "3");

        assertThat(query.projectKeys()).containsExactly("PAY");
        assertThat(query.types()).containsExactlyInAnyOrder(RaidType.RISK, RaidType.DEPENDENCY);
        assertThat(query.size().value()).isEqualTo(3);
    }

    @Test
    void reportsEveryInvalidFieldAtOnce() {
        InvalidRequestException error = catchThrowableOfType(InvalidRequestException.class,
                () -> RaidHeatMapQuery.parse(List.of(" "), List.of("BOGUS"), "9"));

        assertThat(error.errors()).extracting(FieldError::field).containsExactly("project", "type", "size");
        assertThat(error.errors()).extracting(FieldError::messageKey).containsExactly(
                "pmo.common.error.project.blank", "pmo.raid.error.type.unknown", "pmo.raid.error.size.range");
        assertThat(error.errors().get(1).arguments()).containsExactly("BOGUS");
    }

    @Test
    void rejectsASizeThatIsNotANumber() {
        InvalidRequestException error = catchThrowableOfType(InvalidRequestException.class,
                () -> RaidHeatMapQuery.parse(List.of(), List.of(), "five"));

        assertThat(error.errors()).extracting(FieldError::field).containsExactly("size");
    }
}
