package org.pmosuite.core.raid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.pmosuite.core.common.FieldError;
import org.pmosuite.core.common.InvalidRequestException;

class RaidLogQueryTest {

    private static Map<String, List<String>> params(String... namesAndValues) {
        Map<String, List<String>> params = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            params.computeIfAbsent(namesAndValues[i], name -> new ArrayList<>()).add(namesAndValues[i + 1]);
        }
        return params;
    }

    private static List<FieldError> errors(String... namesAndValues) {
        return catchThrowableOfType(InvalidRequestException.class,
                () -> RaidLogQuery.parse(params(namesAndValues))).errors();
    }

    @Test
    void byDefaultShowsTheFirstFiftyOpenEntriesOfEveryProjectHighestScoreFirst() {
        RaidLogQuery query = RaidLogQuery.defaults();

        assertThat(query.projectKeys()).isEmpty();
        assertThat(query.openOnly()).isTrue();
        assertThat(query.needsAttention()).isNull();
        assertThat(query.cell()).isNull();
        assertThat(query.filtersByRoam()).isFalse();
        assertThat(query.sort()).isEqualTo(RaidLogSort.SCORE);
        assertThat(query.order()).isEqualTo(SortOrder.DESC);
        assertThat(query.startAt()).isZero();
        assertThat(query.maxResults()).isEqualTo(50);
    }

    @Test
    void parsesEveryFilterNormalised() {
        RaidLogQuery query = RaidLogQuery.parse(params("project", " pay", "project", "HR", "type", "risk",
                "roam", "owned", "roam", "none", "owner", " ann ", "dependsOn", " plat-7 ", "band", "high",
                "band", "Critical", "needsAttention", "TRUE", "cell", "4x5", "open", "false", "sort", "reviewdate",
                "order", "DESC", "group", "Owner", "startAt", "100", "maxResults", "100", "_", "1700000000"));

        assertThat(query.projectKeys()).containsExactly("PAY", "HR");
        assertThat(query.types()).containsExactly(RaidType.RISK);
        assertThat(query.roams()).containsExactly(RoamStatus.OWNED);
        assertThat(query.unroamed()).isTrue();
        assertThat(query.ownerKeys()).containsExactly("ann");
        assertThat(query.dependsOn()).containsExactly("PLAT-7");
        assertThat(query.group()).isEqualTo(RaidLogGrouping.OWNER);
        assertThat(query.bands()).containsExactlyInAnyOrder(ExposureBand.HIGH, ExposureBand.CRITICAL);
        assertThat(query.needsAttention()).isTrue();
        assertThat(query.cell()).isEqualTo(new RatingCell(4, 5));
        assertThat(query.openOnly()).isFalse();
        assertThat(query.sort()).isEqualTo(RaidLogSort.REVIEW_DATE);
        assertThat(query.order()).isEqualTo(SortOrder.DESC);
        assertThat(query.startAt()).isEqualTo(100);
        assertThat(query.maxResults()).isEqualTo(100);
    }

    @Test
    void aSortWithoutAnOrderTakesTheColumnsMostPressingDirection() {
        assertThat(RaidLogQuery.parse(params("sort", "proximity")).order()).isEqualTo(SortOrder.ASC);
        assertThat(RaidLogQuery.parse(params("sort", "updated")).order()).isEqualTo(SortOrder.DESC);
        assertThat(RaidLogQuery.parse(params("order", "asc")).sort()).isEqualTo(RaidLogSort.SCORE);
    }

    @Test
    void reportsEveryInvalidParameterAtOnce() {
        List<FieldError> errors = errors("project", " ", "type", "RISKY", "roam", "ROAMED", "owner", "",
                "dependsOn", "PLAT 7", "band", "SEVERE", "needsAttention", "yes", "cell", "4by5", "open", "1",
                "group", "colour", "sort", "priority", "order", "up", "startAt", "-1", "maxResults", "101");

        assertThat(errors).extracting(FieldError::field, FieldError::messageKey).containsExactly(
                tuple("project", "pmo.common.error.project.blank"),
                tuple("type", "pmo.raid.error.type.unknown"),
                tuple("roam", "pmo.raid.error.roam.unknown"),
                tuple("owner", "pmo.raid.error.owner.blank"),
                tuple("dependsOn", "pmo.raid.error.dependson.format"),
                tuple("band", "pmo.raid.error.band.unknown"),
                tuple("needsAttention", "pmo.raid.error.param.boolean"),
                tuple("open", "pmo.raid.error.param.boolean"),
                tuple("cell", "pmo.raid.error.cell.format"),
                tuple("group", "pmo.raid.error.group.unknown"),
                tuple("sort", "pmo.raid.error.sort.unknown"),
                tuple("order", "pmo.raid.error.order.unknown"),
                tuple("startAt", "pmo.raid.error.param.range"),
                tuple("maxResults", "pmo.raid.error.param.range"));
    }

    @Test
    void anUnknownSortNamesTheAllowedColumns() {
        assertThat(errors("sort", "priority").get(0).arguments()).containsExactly("priority",
                "key, summary, type, score, probability, impact, roam, owner, proximity, reviewDate, updated, status");
    }

    @Test
    void aPageIsOneToAHundredEntriesLong() {
        assertThat(errors("maxResults", "0").get(0).arguments()).containsExactly(1, 100, "0");
        assertThat(errors("maxResults", "ten")).extracting(FieldError::field).containsExactly("maxResults");
        assertThat(RaidLogQuery.parse(params("maxResults", "1")).maxResults()).isEqualTo(1);
    }

    @Test
    void aSingleValuedParameterGivenTwiceIsAnError() {
        assertThat(errors("sort", "key", "sort", "score")).extracting(FieldError::field, FieldError::messageKey)
                .containsExactly(tuple("sort", "pmo.raid.error.param.repeated"));
    }

    @Test
    void aCellMustLieOnTheScopesMatrix() {
        RaidLogQuery query = RaidLogQuery.parse(params("cell", "4x2"));

        assertThat(query.checkedAgainst(EnglishRiskMatrixTexts.standard(5))).isSameAs(query);
        List<FieldError> errors = catchThrowableOfType(InvalidRequestException.class,
                () -> query.checkedAgainst(EnglishRiskMatrixTexts.standard(3))).errors();
        assertThat(errors).singleElement().satisfies(e -> {
            assertThat(e.field()).isEqualTo("cell");
            assertThat(e.messageKey()).isEqualTo("pmo.raid.error.cell.range");
            assertThat(e.arguments()).containsExactly("4x2", 3);
        });
        assertThat(errors("cell", "6x1")).extracting(FieldError::messageKey)
                .containsExactly("pmo.raid.error.cell.format");
    }
}
