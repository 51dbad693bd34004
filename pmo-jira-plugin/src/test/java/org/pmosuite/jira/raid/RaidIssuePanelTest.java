package org.pmosuite.jira.raid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.pmosuite.core.raid.RaidEntryBuilder.entry;

import java.io.StringWriter;
import java.io.Writer;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.atlassian.jira.issue.Issue;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.pmosuite.core.common.Actor;
import org.pmosuite.core.common.ProjectRef;
import org.pmosuite.core.common.ScopeResolver;
import org.pmosuite.core.raid.EnglishRiskMatrixTexts;
import org.pmosuite.core.raid.InMemoryRaidEntries;
import org.pmosuite.core.raid.InMemoryRaidLog;
import org.pmosuite.core.raid.InMemoryRiskMatrixRepository;
import org.pmosuite.core.raid.RaidEntries;
import org.pmosuite.core.raid.RaidEntry;
import org.pmosuite.core.raid.RaidIssueOverviewService;
import org.pmosuite.core.raid.RaidLogService;
import org.pmosuite.core.raid.RaidType;
import org.pmosuite.core.raid.RiskMatrixService;
import org.pmosuite.jira.platform.BundleI18nResolver;

class RaidIssuePanelTest {

    private static final Instant NOW = Instant.parse("2025-03-01T09:30:00Z");
    private static final LocalDate YESTERDAY = LocalDate.now().minusDays(1);
    private static final ProjectRef PAY = new ProjectRef(11, "PAY", "Payments");
    private static final ProjectRef PLAT = new ProjectRef(12, "PLAT", "Platform");
    private static final List<RaidEntry> ENTRIES = List.of(
            entry("PAY-1").summary("Vendor may fold").rated(4, 5).owner("ann", "Ann Archer")
                    .reviewDate(YESTERDAY.toString()).build(),
            entry("PLAT-7").summary("Card vault").type(RaidType.DEPENDENCY).dependsOn("PAY-1", false)
                    .needBy(YESTERDAY.toString()).owner("bob", "Bob Baker").build(),
            entry("PLAT-8").summary("Fraud model").type(RaidType.DEPENDENCY).dependsOn("PAY-1", false).build());

    private final TemplateRenderer renderer = mock(TemplateRenderer.class);
    private final PageBuilderService pageBuilder = mock(PageBuilderService.class, RETURNS_DEEP_STUBS);
    private final ApplicationProperties application = mock(ApplicationProperties.class);
    private final RiskMatrixService riskMatrices = new RiskMatrixService(
            new InMemoryRiskMatrixRepository(Clock.fixed(NOW, ZoneOffset.UTC)), new EnglishRiskMatrixTexts());
    private final ScopeResolver scope = new ScopeResolver(actor -> List.of(PAY, PLAT));
    private Optional<Actor> actor = Optional.of(new Actor("pm", "Pat"));

    private RaidIssuePanel panelOver(RaidEntries entries) {
        when(application.getBaseUrl(UrlMode.RELATIVE)).thenReturn("/jira");
        RaidIssueOverviewService overviews = new RaidIssueOverviewService(entries,
                new RaidLogService(new InMemoryRaidLog(ENTRIES), scope, riskMatrices), scope, riskMatrices);
        return new RaidIssuePanel(overviews, () -> actor, renderer, pageBuilder, new BundleI18nResolver(),
                application, viewer -> LocalDate.now());
    }

    private RaidIssuePanel panel() {
        InMemoryRaidEntries entries = new InMemoryRaidEntries(Clock.fixed(NOW, ZoneOffset.UTC), Set.of());
        ENTRIES.forEach(entries::store);
        return panelOver(entries);
    }

    private static Map<String, Object> viewing(String key) {
        Issue issue = mock(Issue.class);
        when(issue.getKey()).thenReturn(key);
        return Map.of("issue", issue);
    }

    private RaidIssuePanelView rendered(Writer writer) throws Exception {
        @SuppressWarnings("unchecked")
        ArgumentCaptor<Map<String, Object>> context = ArgumentCaptor.forClass(Map.class);
        verify(renderer).render(eq(RaidIssuePanel.TEMPLATE), context.capture(), eq(writer));
        return (RaidIssuePanelView) context.getValue().get("panel");
    }

    @Test
    void showsTheIssuesOwnEntryTranslatedOnItsProjectsMatrix() throws Exception {
        StringWriter writer = new StringWriter();

        panel().writeHtml(writer, viewing("PAY-1"));

        RaidIssuePanelView view = rendered(writer);
        assertThat(view.isEntryShown()).isTrue();
        RaidIssuePanelView.Entry entry = view.getEntry();
        assertThat(entry.getType()).isEqualTo("Risk");
        assertThat(entry.getScore()).isEqualTo("20");
        assertThat(entry.getBandName()).isEqualTo("Critical");
        assertThat(entry.getBandColour()).startsWith("#");
        assertThat(entry.getFields()).extracting(RaidIssuePanelView.Field::getLabel, RaidIssuePanelView.Field::getValue)
                .startsWith(org.assertj.core.groups.Tuple.tuple("Probability", "4 \u00b7 Likely"))
                .contains(org.assertj.core.groups.Tuple.tuple("Owner", "Ann Archer"),
                        org.assertj.core.groups.Tuple.tuple("Response plan", "None"));
        assertThat(entry.getAttention()).containsExactly("Review was due on " + YESTERDAY + ".",
                "Score 20 is Critical, and there is no response plan.");
        assertThat(entry.getLogUrl()).isEqualTo("/jira/plugins/servlet/pmo/raid/log?project=PAY");
        verify(pageBuilder.assembler().resources()).requireWebResource(RaidIssuePanel.WEB_RESOURCE);
    }

    @Test
    void listsWhatDependsOnTheIssueWithTheirBadgesAndALinkToTheRegister() throws Exception {
        StringWriter writer = new StringWriter();

        panel().writeHtml(writer, viewing("pay-1"));

        RaidIssuePanelView view = rendered(writer);
        assertThat(view.getDependentsTotal()).isEqualTo(2);
        assertThat(view.isMoreDependents()).isFalse();
        assertThat(view.getDependents()).extracting(RaidIssuePanelView.Dependent::getKey)
                .containsExactlyInAnyOrder("PLAT-7", "PLAT-8");
        RaidIssuePanelView.Dependent late = view.getDependents().stream().filter(d -> d.getKey().equals("PLAT-7"))
                .findFirst().orElseThrow();
        assertThat(late.getUrl()).isEqualTo("/jira/browse/PLAT-7");
        assertThat(late.getNeedBy()).isEqualTo("Needed by " + YESTERDAY);
        assertThat(late.getOwner()).isEqualTo("Bob Baker");
        assertThat(late.isNeedingAttention()).isTrue();
        assertThat(late.getAttentionText()).contains("PAY-1");
        assertThat(view.getDependentsUrl()).isEqualTo("/jira/plugins/servlet/pmo/raid/log?dependsOn=PAY-1");
    }

    @Test
    void aDependencyShowsWhatItWaitsForAndItsState() throws Exception {
        StringWriter writer = new StringWriter();

        panel().writeHtml(writer, viewing("PLAT-7"));

        assertThat(rendered(writer).getEntry().getFields()).extracting(RaidIssuePanelView.Field::getLabel,
                RaidIssuePanelView.Field::getValue).contains(
                        org.assertj.core.groups.Tuple.tuple("Depends on", "PAY-1 (not resolved)"),
                        org.assertj.core.groups.Tuple.tuple("Need by", YESTERDAY.toString()));
    }

    @Test
    void writesNothingForAnIssueThatIsNoEntryAndThatNothingDependsOn() throws Exception {
        assertThat(panel().getHtml(viewing("PAY-99"))).isEmpty();
        verify(renderer, never()).render(anyString(), anyMap(), any(Writer.class));
    }

    @Test
    void writesNothingWhileTheRaidFieldsDoNotExistSoProjectsWithoutRaidSeeNoPanel() throws Exception {
        // Mockito's CustomFieldManager has no custom fields at all.
        JiraRaidEntries withoutFields = new JiraRaidEntries(mock(com.atlassian.jira.bc.issue.IssueService.class),
                mock(com.atlassian.jira.config.IssueTypeManager.class),
                mock(com.atlassian.jira.issue.IssueManager.class),
                mock(com.atlassian.jira.security.PermissionManager.class),
                mock(com.atlassian.jira.issue.CustomFieldManager.class),
                mock(com.atlassian.jira.user.util.UserManager.class), mock(JiraRaidOwners.class));
        assertThat(panelOver(withoutFields).getHtml(viewing("PAY-1"))).isEmpty();
        verify(renderer, never()).render(anyString(), anyMap(), any(Writer.class));
    }

    @Test
    void writesNothingWithoutAnIssueOrForAnonymousViewers() throws Exception {
        RaidIssuePanel panel = panel();

        assertThat(panel.getHtml(Map.of())).isEmpty();
        assertThat(panel.getHtml(Map.of("issue", "PAY-1"))).isEmpty();
        actor = Optional.empty();
        assertThat(panel.getHtml(viewing("PAY-1"))).isEmpty();
        verify(renderer, never()).render(anyString(), anyMap(), any(Writer.class));
    }
}
