package org.pmosuite.core.raid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.pmosuite.core.common.Actor;
import org.pmosuite.core.common.FieldError;
import org.pmosuite.core.common.InvalidRequestException;
import org.pmosuite.core.common.ProjectNotVisibleException;
import org.pmosuite.core.common.ProjectRef;
import org.pmosuite.core.common.ScopeResolver;
import org.pmosuite.core.raid.RiskMatrixDraft.BandDraft;

class RaidEntryServiceTest {

    private static final Actor PM = new Actor("pm", "Project Manager");
    private static final ProjectRef PAY = new ProjectRef(11, "PAY", "Payments");
    private static final ProjectRef HR = new ProjectRef(10, "HR", "People");
    private static final Instant NOW = Instant.parse("2025-03-01T09:30:00Z");

    private final InMemoryRiskMatrixRepository matrices = new InMemoryRiskMatrixRepository(
            Clock.fixed(NOW, ZoneOffset.UTC));
    private final RiskMatrixService riskMatrices = new RiskMatrixService(matrices, new EnglishRiskMatrixTexts());
    private final InMemoryRaidEntries entries = new InMemoryRaidEntries(Clock.fixed(NOW, ZoneOffset.UTC),
            Set.of("PAY-99"));
    private final RaidEntryService service = new RaidEntryService(entries,
            new ScopeResolver(actor -> List.of(HR, PAY)), riskMatrices);

    private static RaidEntryDraft draft(Object... namesAndValues) {
        Map<String, Object> fields = new HashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            fields.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return RaidEntryDraft.of(fields);
    }

    @Test
    void recordsAnEntryInABrowsableProject() {
        RaidEntry created = service.create(PM, " pay ", draft("summary", "Vendor may fold", "type", "risk",
                "probability", 4, "impact", 5));

        assertThat(created.issueKey()).isEqualTo("PAY-1");
        assertThat(created.score()).isEqualTo(20);
        assertThat(service.find(PM, "pay-1")).isEqualTo(created);
    }

    @Test
    void checksRatingsAgainstTheProjectsOwnMatrix() {
        List<String> levels = List.of("Low", "Medium", "High");
        riskMatrices.saveForProject(PAY, new RiskMatrixDraft(3, levels, levels, List.of(
                new BandDraft("LOW", "Fine", 1, "#36b37e"), new BandDraft("HIGH", "Act", 4, "#de350b"))), 0, PM);

        InvalidRequestException error = catchThrowableOfType(InvalidRequestException.class,
                () -> service.create(PM, "PAY", draft("summary", "S", "type", "RISK", "impact", 4)));

        assertThat(error.errors()).singleElement().satisfies(e -> assertThat(e.arguments()).containsExactly(1, 3, 4L));
        assertThat(service.create(PM, "HR", draft("summary", "S", "type", "RISK", "impact", 4)).impact())
                .isEqualTo(4);
    }

    @Test
    void refusesAProjectTheActorMayNotBrowseOrABlankOne() {
        assertThatThrownBy(() -> service.create(PM, "OPS", draft("summary", "S", "type", "RISK")))
                .isInstanceOf(ProjectNotVisibleException.class);
        assertThat(catchThrowableOfType(InvalidRequestException.class,
                () -> service.create(PM, " ", draft("summary", "S", "type", "RISK"))).errors())
                .extracting(FieldError::field).containsExactly("project");
    }

    @Test
    void changesOnlyTheGivenFields() {
        RaidEntry created = service.create(PM, "PAY", draft("summary", "Vendor may fold", "type", "RISK",
                "owner", "ann", "probability", 2));

        RaidEntry updated = service.update(PM, "PAY-1", draft("probability", 5, "owner", null), created.updated());

        assertThat(updated.probability()).isEqualTo(5);
        assertThat(updated.ownerKey()).isNull();
        assertThat(updated.summary()).isEqualTo("Vendor may fold");
        assertThat(updated.updated()).isAfter(created.updated());
    }

    @Test
    void aChangeBasedOnAnOlderStateIsRefusedWithTheCurrentOne() {
        RaidEntry created = service.create(PM, "PAY", draft("summary", "S", "type", "RISK"));
        RaidEntry first = service.update(PM, "PAY-1", draft("probability", 3), created.updated());

        StaleRaidEntryException stale = catchThrowableOfType(StaleRaidEntryException.class,
                () -> service.update(PM, "PAY-1", draft("probability", 9), created.updated()));

        assertThat(stale.currentUpdated()).isEqualTo(first.updated());
        assertThat(stale.expectedUpdated()).isEqualTo(created.updated());
        assertThat(entries.find(PM, "PAY-1")).contains(first);
    }

    @Test
    void aChangeNamesTheStateItIsBasedOn() {
        service.create(PM, "PAY", draft("summary", "S", "type", "RISK"));

        assertThat(catchThrowableOfType(InvalidRequestException.class,
                () -> service.update(PM, "PAY-1", draft("probability", 3), null)).errors())
                .extracting(FieldError::field, FieldError::messageKey)
                .containsExactly(tuple("updated", "pmo.raid.error.updated.missing"));
    }

    @Test
    void anAbsentAndAHiddenEntryAnswerAlike() {
        entries.store(RaidEntryBuilder.entry("PAY-99").build());

        for (String key : List.of("PAY-99", "PAY-98")) {
            RaidEntryNotFoundException missing = catchThrowableOfType(RaidEntryNotFoundException.class,
                    () -> service.update(PM, key, draft("probability", 3), NOW));
            assertThat(missing.issueKey()).isEqualTo(key);
            assertThatThrownBy(() -> service.find(PM, key)).isInstanceOf(RaidEntryNotFoundException.class)
                    .hasMessage("RAID entry not found: " + key);
        }
    }

    @Test
    void anEntryInAProjectNoLongerBrowsableIsNotFound() {
        entries.store(RaidEntryBuilder.entry("OPS-1").updated("2025-03-01T09:30:00Z").build());

        assertThatThrownBy(() -> service.update(PM, "OPS-1", draft("probability", 3), NOW))
                .isInstanceOf(RaidEntryNotFoundException.class);
    }
}
