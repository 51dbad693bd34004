package org.pmosuite.jira.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.atlassian.jira.bc.issue.IssueService;
import com.atlassian.jira.util.ErrorCollection;
import org.junit.jupiter.api.Test;
import org.pmosuite.core.common.Actor;
import org.pmosuite.core.common.FieldError;
import org.pmosuite.core.common.InvalidRequestException;
import org.pmosuite.core.portfolio.Estimates;
import org.pmosuite.core.portfolio.Initiative;
import org.pmosuite.core.portfolio.InitiativeNotEditableException;
import org.pmosuite.core.portfolio.InitiativeSource;
import org.pmosuite.core.portfolio.PortfolioScope;
import org.pmosuite.core.portfolio.scoring.ScoringInput;
import org.pmosuite.core.portfolio.scoring.ScoringInputs;
import org.pmosuite.core.portfolio.scoring.ScoringMessages;
import org.pmosuite.jira.portfolio.field.ScoringFieldTypes;

/**
 * The portfolio's initiatives in Jira, over {@link PortfolioJira}, whose search means what Jira's JQL means: how a
 * whole scope is read in pages, what each search asks, and how reads and writes answer.
 */
class JiraInitiativeSourceTest {

    private static final Actor PM = new Actor("pm-key", "Pat");
    private static final Set<String> TYPES = Set.of("Epic", "Initiative");

    private final PortfolioJira jira = new PortfolioJira("pm-key");
    private final JiraInitiativeSource source = new JiraInitiativeSource(jira.searchService, jira.issueService,
            jira.issueManager, jira.issueTypes, jira.permissions, jira.customFields, jira.users);

    private static PortfolioScope scope(String jql, String... projects) {
        return new PortfolioScope(Set.of(projects), TYPES, jql);
    }

    /** Reads the scope the way the domain does: page after page, each after the last issue of the one before. */
    private List<List<Initiative>> readAll(PortfolioScope scope) {
        List<List<Initiative>> pages = new ArrayList<>();
        long after = 0;
        while (true) {
            List<Initiative> page = source.page(PM, scope, after, InitiativeSource.MAX_PAGE);
            pages.add(page);
            if (page.size() < InitiativeSource.MAX_PAGE) {
                return pages;
            }
            after = page.get(page.size() - 1).issueId();
        }
    }

    @Test
    void aScopeOf2500IsReadInThreeSearchesFromTheStartEachAfterTheLastIssueOfThePageBefore() {
        // Issue ids run against the key order (ids fall as numbers rise): pages follow keys, as JQL does.
        List<String> visible = new ArrayList<>();
        for (int number = 1; visible.size() < 2_500; number++) {
            String type = number % 28 == 0 ? "Story" : "Epic";
            PortfolioJira.Stored stored = jira.add(100_000L - number, "PAY", number, type);
            stored.visible = number % 10 != 3;
            if (stored.visible && type.equals("Epic")) {
                visible.add(stored.key());
            }
        }
        assertThat(jira.issues).hasSizeGreaterThan(2_700);

        List<List<Initiative>> pages = readAll(scope(null, "PAY"));

        assertThat(pages).extracting(List::size).containsExactly(1_000, 1_000, 500);
        assertThat(jira.searches).hasSize(3);
        assertThat(jira.searches).extracting(PortfolioJira.Search::start).containsOnly(0);
        assertThat(jira.searches).extracting(PortfolioJira.Search::max).allSatisfy(max ->
                assertThat(max).isLessThanOrEqualTo(InitiativeSource.MAX_PAGE));
        String scoped = "project = \"PAY\" AND issuetype in (\"Epic\", \"Initiative\")";
        assertThat(jira.searches.get(0).jql()).isEqualTo(scoped + " ORDER BY key ASC");
        assertThat(jira.searches.get(1).jql()).isEqualTo(scoped + " AND id > " + last(pages.get(0))
                + " ORDER BY key ASC");
        assertThat(jira.searches.get(2).jql()).isEqualTo(scoped + " AND id > " + last(pages.get(1))
                + " ORDER BY key ASC");
        List<String> read = pages.stream().flatMap(List::stream).map(Initiative::issueKey).toList();
        assertThat(read).containsExactlyElementsOf(visible).doesNotHaveDuplicates();
    }

    private static long last(List<Initiative> page) {
        return page.get(page.size() - 1).issueId();
    }

    @Test
    void aPageGoesOnWithTheNextProjectInKeyOrderAskingOnlyForWhatItStillHolds() {
        for (int number = 1; number <= 3; number++) {
            jira.add(500L + number, "OPS", number, "Initiative");
        }
        for (int number = 1; number <= 5; number++) {
            jira.add(100L + number, "PAY", number, "Epic");
        }

        List<Initiative> first = source.page(PM, scope(null, "PAY", "OPS"), 0, 4);
        List<Initiative> second = source.page(PM, scope(null, "PAY", "OPS"), last(first), 4);
        List<Initiative> third = source.page(PM, scope(null, "PAY", "OPS"), last(second), 4);

        assertThat(first).extracting(Initiative::issueKey).containsExactly("OPS-1", "OPS-2", "OPS-3", "PAY-1");
        assertThat(second).extracting(Initiative::issueKey).containsExactly("PAY-2", "PAY-3", "PAY-4", "PAY-5");
        assertThat(third).isEmpty();
        assertThat(jira.searches).extracting(PortfolioJira.Search::jql, PortfolioJira.Search::max).containsExactly(
                tuple("project = \"OPS\" AND issuetype in (\"Epic\", \"Initiative\") ORDER BY key ASC", 4),
                tuple("project = \"PAY\" AND issuetype in (\"Epic\", \"Initiative\") ORDER BY key ASC", 1),
                tuple("project = \"PAY\" AND issuetype in (\"Epic\", \"Initiative\") AND id > 101 ORDER BY key ASC",
                        4),
                tuple("project = \"PAY\" AND issuetype in (\"Epic\", \"Initiative\") AND id > 105 ORDER BY key ASC",
                        4));
    }

    @Test
    void onlyWhatJirasSearchLetsThroughIsReturnedAndNothingIsAddedBack() {
        jira.add(1L, "PAY", 1, "Epic");
        jira.add(2L, "PAY", 2, "Epic").visible = false;
        jira.add(3L, "PAY", 3, "Epic");

        List<Initiative> page = source.page(PM, scope(null, "PAY"), 0, 10);

        assertThat(page).extracting(Initiative::issueKey).containsExactly("PAY-1", "PAY-3");
        verify(jira.issueManager, never()).getIssueObject(anyLong());
        verify(jira.issueManager, never()).getIssueByCurrentKey(any());
    }

    @Test
    void aPageAfterAnIssueThatIsGoneHiddenOrOutOfTheScopeIsRefusedNotSkipped() {
        jira.add(1L, "PAY", 1, "Epic");
        jira.add(2L, "PAY", 2, "Epic").visible = false;
        jira.add(3L, "HR", 1, "Epic");

        for (long after : new long[] {99L, 2L, 3L}) {
            InvalidRequestException refused = catchThrowableOfType(InvalidRequestException.class,
                    () -> source.page(PM, scope(null, "PAY"), after, 10));
            assertThat(refused.errors()).extracting(FieldError::field, FieldError::messageKey)
                    .containsExactly(tuple(JiraInitiativeSource.AFTER, JiraInitiativeSource.CURSOR_GONE));
        }
        assertThat(jira.searches).isEmpty();
    }

    @Test
    void aPageHoldsOneToAThousand() {
        assertThatThrownBy(() -> source.page(PM, scope(null, "PAY"), 0, 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> source.page(PM, scope(null, "PAY"), 0, InitiativeSource.MAX_PAGE + 1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void inputsAreTheScoringFieldsThatHoldANumberAndMissingOnesAreAbsentNotZero() {
        PortfolioJira.Stored stored = jira.add(7L, "PAY", 7, "Epic").value(ScoringInput.BUSINESS_VALUE, 8.0)
                .value(ScoringInput.JOB_SIZE, 3).value(ScoringInput.REACH, "not a number");
        stored.values.put(10051L, 99.0);
        stored.values.put(10500L, 13.0);
        stored.values.put(PortfolioJira.STORY_POINTS_FIELD, 5.0);
        stored.values.put(10050L, "21");
        stored.values.put(PortfolioJira.BUDGET_FIELD, 12_500.0);
        stored.assignee = jira.person("dana-key", "Dana");
        stored.status = "In Progress";
        stored.statusCategory = "indeterminate";
        stored.labels = List.of("growth", "compliance");
        stored.components = List.of("Payments");

        Initiative initiative = source.page(PM, scope(null, "PAY"), 0, 10).get(0);

        assertThat(initiative.inputs().asMap()).containsExactly(Map.entry(ScoringInput.BUSINESS_VALUE, 8.0),
                Map.entry(ScoringInput.JOB_SIZE, 3.0));
        assertThat(initiative.inputs().has(ScoringInput.REACH)).isFalse();
        assertThat(initiative.estimates()).isEqualTo(new Estimates(5.0, null, 12_500.0));
        assertThat(initiative.issueId()).isEqualTo(7L);
        assertThat(initiative.issueKey()).isEqualTo("PAY-7");
        assertThat(initiative.project().key()).isEqualTo("PAY");
        assertThat(initiative.title()).isEqualTo("Initiative PAY-7");
        assertThat(initiative.status()).isEqualTo("In Progress");
        assertThat(initiative.statusCategory()).isEqualTo("indeterminate");
        assertThat(initiative.ownerKey()).isEqualTo("dana-key");
        assertThat(initiative.ownerName()).isEqualTo("Dana");
        assertThat(initiative.theme()).isEqualTo("compliance");
    }

    @Test
    void theThemeIsTheFirstLabelElseTheFirstComponentElseNone() {
        jira.add(1L, "PAY", 1, "Epic").components = List.of("Risk", "Cards");
        jira.add(2L, "PAY", 2, "Epic");

        List<Initiative> page = source.page(PM, scope(null, "PAY"), 0, 10);

        assertThat(page).extracting(Initiative::theme).containsExactly("Cards", null);
        assertThat(page).extracting(Initiative::ownerKey).containsExactly(null, null);
    }

    @Test
    void withoutTheAppsFieldsAnInitiativeHasNoInputsAndNoEstimates() {
        jira.fields.clear();
        jira.add(1L, "PAY", 1, "Epic").value(ScoringInput.BUSINESS_VALUE, 8.0);

        Initiative initiative = source.page(PM, scope(null, "PAY"), 0, 10).get(0);

        assertThat(initiative.inputs()).isEqualTo(ScoringInputs.empty());
        assertThat(initiative.estimates()).isEqualTo(Estimates.NONE);
    }

    @Test
    void theScopesFilterIsParsedAndValidatedAloneThenNarrowsEverySearchAsItsLastClause() {
        jira.filter("labels = strategic", stored -> stored.labels.contains("strategic"));
        jira.add(1L, "PAY", 1, "Epic").labels = List.of("strategic");
        jira.add(2L, "PAY", 2, "Epic");

        List<Initiative> page = source.page(PM, scope("  labels = strategic ", "PAY"), 0, 10);

        assertThat(page).extracting(Initiative::issueKey).containsExactly("PAY-1");
        assertThat(jira.parsed).containsExactly("labels = strategic", "project = \"PAY\" AND issuetype in "
                + "(\"Epic\", \"Initiative\") AND (labels = strategic) ORDER BY key ASC");
        verify(jira.searchService).validateQuery(eq(jira.user), any());
    }

    @Test
    void aFilterThatWouldCloseItsParenthesisIsRefusedAndNeverCombined() {
        PortfolioScope breakingOut = scope("labels = x) OR (project = SECRET", "PAY");

        InvalidRequestException refused = catchThrowableOfType(InvalidRequestException.class,
                () -> source.page(PM, breakingOut, 0, 10));

        assertThat(refused.errors()).singleElement().satisfies(error -> {
            assertThat(error.field()).isEqualTo(JiraInitiativeSource.SCOPE_JQL);
            assertThat(error.messageKey()).isEqualTo(JiraInitiativeSource.FILTER_INVALID);
            assertThat(error.arguments()).singleElement().asString().startsWith("Error in the JQL Query");
        });
        assertThat(jira.parsed).containsExactly("labels = x) OR (project = SECRET");
        assertThat(jira.searches).isEmpty();
    }

    @Test
    void aFilterWithAnOrderIsNoConditionAndAFilterJiraCannotValidateIsRefusedWithJirasMessages() {
        jira.invalid("Teem = Blue", "Field 'Teem' does not exist or you do not have permission to view it.");

        InvalidRequestException ordered = catchThrowableOfType(InvalidRequestException.class,
                () -> source.page(PM, scope("priority = High ORDER BY rank", "PAY"), 0, 10));
        InvalidRequestException unknownField = catchThrowableOfType(InvalidRequestException.class,
                () -> source.find(PM, scope("Teem = Blue", "PAY"), "PAY-1"));
        jira.add(1L, "PAY", 1, "Epic");
        InvalidRequestException onFind = catchThrowableOfType(InvalidRequestException.class,
                () -> source.find(PM, scope("Teem = Blue", "PAY"), "PAY-1"));

        assertThat(ordered.errors()).extracting(FieldError::field, FieldError::messageKey).containsExactly(
                tuple(JiraInitiativeSource.SCOPE_JQL, JiraInitiativeSource.FILTER_NOT_A_CONDITION));
        assertThat(unknownField).isNull();
        assertThat(onFind.errors()).extracting(FieldError::field, FieldError::messageKey, FieldError::arguments)
                .containsExactly(tuple(JiraInitiativeSource.SCOPE_JQL, JiraInitiativeSource.FILTER_INVALID,
                        List.of("Field 'Teem' does not exist or you do not have permission to view it.")));
        assertThat(jira.searches).isEmpty();
    }

    @Test
    void findIsOneSearchForTheKeyWithinTheScopeAndNoneForAKeyJiraDoesNotHave() {
        jira.add(7L, "PAY", 7, "Epic");
        jira.add(8L, "PAY", 8, "Story");
        jira.add(9L, "PAY", 9, "Epic").visible = false;

        assertThat(source.find(PM, scope(null, "PAY", "OPS"), "PAY-7")).map(Initiative::issueId).contains(7L);
        assertThat(source.find(PM, scope(null, "PAY", "OPS"), "PAY-8")).isEmpty();
        assertThat(source.find(PM, scope(null, "PAY", "OPS"), "PAY-9")).isEmpty();
        assertThat(source.find(PM, scope(null, "OPS"), "PAY-7")).isEmpty();
        assertThat(source.find(PM, scope(null, "PAY"), "NOPE-1")).isEmpty();

        assertThat(jira.searches).hasSize(4).allSatisfy(search -> assertThat(search.max()).isEqualTo(1));
        assertThat(jira.searches.get(0).jql()).isEqualTo("project in (\"OPS\", \"PAY\") AND issuetype in "
                + "(\"Epic\", \"Initiative\") AND issuekey = \"PAY-7\"");
    }

    @Test
    void updateWritesEachValueAsPlainDigitsAndClearsAsTheActorThenAnswersTheIssueAsStored() {
        jira.add(7L, "PAY", 7, "Epic").value(ScoringInput.EFFORT, 2.0).value(ScoringInput.EASE, 4.0);

        Initiative updated = source.updateInputs(PM, scope(null, "PAY"), "PAY-7", ScoringInputs.of(Map.of(
                ScoringInput.BUSINESS_VALUE, 13.0, ScoringInput.IMPACT, 0.25)), Set.of(ScoringInput.EFFORT));

        assertThat(jira.written).containsOnly(
                Map.entry(PortfolioJira.FIRST_INPUT_FIELD + ScoringInput.BUSINESS_VALUE.ordinal(), "13"),
                Map.entry(PortfolioJira.FIRST_INPUT_FIELD + ScoringInput.IMPACT.ordinal(), "0.25"),
                Map.entry(PortfolioJira.FIRST_INPUT_FIELD + ScoringInput.EFFORT.ordinal(), ""));
        assertThat(jira.retained).containsExactly("true,true");
        verify(jira.issueService).validateUpdate(eq(jira.user), eq(7L), any());
        verify(jira.issueService).update(eq(jira.user), any());
        assertThat(updated.inputs().asMap()).containsOnly(Map.entry(ScoringInput.BUSINESS_VALUE, 13.0),
                Map.entry(ScoringInput.IMPACT, 0.25), Map.entry(ScoringInput.EASE, 4.0));
    }

    @Test
    void valuesOffTheirScaleAndValuesBothSetAndClearedAreRefusedBeforeAnythingIsAsked() {
        jira.add(7L, "PAY", 7, "Epic");

        InvalidRequestException refused = catchThrowableOfType(InvalidRequestException.class,
                () -> source.updateInputs(PM, scope(null, "PAY"), "PAY-7", ScoringInputs.of(Map.of(
                        ScoringInput.BUSINESS_VALUE, 4.0, ScoringInput.JOB_SIZE, 0.0, ScoringInput.EASE, 5.0)),
                        Set.of(ScoringInput.EASE)));

        assertThat(refused.errors()).extracting(FieldError::field, FieldError::messageKey).containsExactlyInAnyOrder(
                tuple("businessValue", ScoringMessages.INPUT_NOT_ON_SCALE),
                tuple("jobSize", ScoringMessages.INPUT_ZERO_DIVISOR),
                tuple("ease", JiraInitiativeSource.SET_AND_CLEARED));
        assertThat(jira.searches).isEmpty();
        verify(jira.issueService, never()).newIssueInputParameters();
    }

    @Test
    void anInputWithoutItsFieldInJiraIsRefusedNamingTheFieldType() {
        jira.add(7L, "PAY", 7, "Epic");
        jira.removeField(PortfolioJira.FIRST_INPUT_FIELD + ScoringInput.EASE.ordinal());

        InvalidRequestException refused = catchThrowableOfType(InvalidRequestException.class,
                () -> source.updateInputs(PM, scope(null, "PAY"), "PAY-7", ScoringInputs.empty(),
                        Set.of(ScoringInput.EASE)));

        assertThat(refused.errors()).extracting(FieldError::field, FieldError::messageKey, FieldError::arguments)
                .containsExactly(tuple("ease", JiraInitiativeSource.NO_FIELD,
                        List.of(ScoringFieldTypes.moduleKey(ScoringInput.EASE))));
    }

    @Test
    void anInitiativeTheActorMaySeeButNotEditIsNotEditableAndNothingIsWritten() {
        jira.add(7L, "PAY", 7, "Epic").editable = false;

        assertThatThrownBy(() -> source.updateInputs(PM, scope(null, "PAY"), "PAY-7",
                ScoringInputs.of(Map.of(ScoringInput.EASE, 5.0)), Set.of()))
                .isInstanceOfSatisfying(InitiativeNotEditableException.class, e ->
                        assertThat(e.issueKey()).isEqualTo("PAY-7"));
        verify(jira.issueService, never()).newIssueInputParameters();
    }

    @Test
    void anIssueOutsideTheScopeOrHiddenCannotBeUpdatedAndReadsAsMissing() {
        jira.add(7L, "PAY", 7, "Epic").visible = false;
        jira.add(8L, "PAY", 8, "Story");

        for (String key : List.of("PAY-7", "PAY-8", "NOPE-1")) {
            InvalidRequestException refused = catchThrowableOfType(InvalidRequestException.class,
                    () -> source.updateInputs(PM, scope(null, "PAY"), key,
                            ScoringInputs.of(Map.of(ScoringInput.EASE, 5.0)), Set.of()));
            assertThat(refused.errors()).extracting(FieldError::field, FieldError::messageKey, FieldError::arguments)
                    .containsExactly(tuple(JiraInitiativeSource.ISSUE_KEY, JiraInitiativeSource.NOT_FOUND,
                            List.of(key)));
        }
        verify(jira.issueService, never()).newIssueInputParameters();
    }

    @Test
    void jirasValidationErrorsComeBackUnderTheInputsNamesAndNothingIsUpdated() {
        jira.add(7L, "PAY", 7, "Epic");
        String easeField = "customfield_" + (PortfolioJira.FIRST_INPUT_FIELD + ScoringInput.EASE.ordinal());
        IssueService.UpdateValidationResult invalid = new IssueService.UpdateValidationResult(null,
                PortfolioJira.errors(Map.of(easeField, "Not a number", "customfield_99999", "Required"),
                        List.of("The issue is locked."), Set.of(ErrorCollection.Reason.VALIDATION_FAILED)));
        doReturn(invalid).when(jira.issueService).validateUpdate(eq(jira.user), eq(7L), any());

        InvalidRequestException refused = catchThrowableOfType(InvalidRequestException.class,
                () -> source.updateInputs(PM, scope(null, "PAY"), "PAY-7",
                        ScoringInputs.of(Map.of(ScoringInput.EASE, 5.0)), Set.of()));

        assertThat(refused.errors()).extracting(FieldError::field, FieldError::messageKey, FieldError::arguments)
                .containsExactlyInAnyOrder(
                        tuple("ease", JiraInitiativeSource.JIRA_REFUSED, List.of("Not a number")),
                        tuple(JiraInitiativeSource.INITIATIVE, JiraInitiativeSource.JIRA_REFUSED, List.of("Required")),
                        tuple(JiraInitiativeSource.INITIATIVE, JiraInitiativeSource.JIRA_REFUSED,
                                List.of("The issue is locked.")));
        verify(jira.issueService, never()).update(any(), any());
    }

    @Test
    void jirasForbiddenAtValidationMeansNotEditable() {
        jira.add(7L, "PAY", 7, "Epic");
        IssueService.UpdateValidationResult forbidden = new IssueService.UpdateValidationResult(null,
                PortfolioJira.errors(Map.of(), List.of("You do not have permission to edit issues in this project."),
                        Set.of(ErrorCollection.Reason.FORBIDDEN)));
        doReturn(forbidden).when(jira.issueService).validateUpdate(eq(jira.user), eq(7L), any());

        assertThatThrownBy(() -> source.updateInputs(PM, scope(null, "PAY"), "PAY-7",
                ScoringInputs.of(Map.of(ScoringInput.EASE, 5.0)), Set.of()))
                .isInstanceOf(InitiativeNotEditableException.class);
        verify(jira.issueService, never()).update(any(), any());
    }

    @Test
    void checkScopeNamesIssueTypesJiraLacksAndJirasObjectionsToTheFilter() {
        PortfolioScope scope = new PortfolioScope(Set.of("PAY"), new HashSet<>(List.of("epic", "Theme",
                "Initiative", "Bet")), "labels = x) OR (y = 1");
        jira.invalid("Teem = Blue", "Field 'Teem' does not exist or you do not have permission to view it.");

        List<FieldError> errors = source.checkScope(PM, scope);
        List<FieldError> unknownField = source.checkScope(PM, new PortfolioScope(Set.of("PAY"), TYPES,
                "Teem = Blue"));
        jira.filter("labels = strategic", stored -> true);
        List<FieldError> fine = source.checkScope(PM, new PortfolioScope(Set.of("PAY"), TYPES,
                "labels = strategic"));

        assertThat(errors).extracting(FieldError::field, FieldError::messageKey, FieldError::arguments)
                .containsExactly(
                        tuple(JiraInitiativeSource.SCOPE_ISSUE_TYPES, JiraInitiativeSource.ISSUE_TYPE_UNKNOWN,
                                List.of("Bet")),
                        tuple(JiraInitiativeSource.SCOPE_ISSUE_TYPES, JiraInitiativeSource.ISSUE_TYPE_UNKNOWN,
                                List.of("Theme")),
                        tuple(JiraInitiativeSource.SCOPE_JQL, JiraInitiativeSource.FILTER_INVALID,
                                List.of("Error in the JQL Query: Expecting either 'OR' or 'AND' but got ')'. "
                                        + "(line 1, character 11)")));
        assertThat(unknownField).extracting(FieldError::field, FieldError::arguments).containsExactly(tuple(
                JiraInitiativeSource.SCOPE_JQL,
                List.of("Field 'Teem' does not exist or you do not have permission to view it.")));
        assertThat(fine).isEmpty();
        assertThat(jira.searches).isEmpty();
    }

    @Test
    void numbersAreWrittenAsAScreenWouldTypeThem() {
        assertThat(JiraInitiativeSource.plain(13.0)).isEqualTo("13");
        assertThat(JiraInitiativeSource.plain(0.25)).isEqualTo("0.25");
        assertThat(JiraInitiativeSource.plain(1e20)).isEqualTo("100000000000000000000");
        assertThat(JiraInitiativeSource.plain(120_000.5)).isEqualTo("120000.5");
    }
}
