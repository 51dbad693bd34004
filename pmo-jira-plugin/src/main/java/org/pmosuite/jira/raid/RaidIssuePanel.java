package org.pmosuite.jira.raid;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import com.atlassian.jira.issue.Issue;
import com.atlassian.plugin.web.api.model.WebPanel;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import org.pmosuite.core.common.Actor;
import org.pmosuite.core.common.CurrentActor;
import org.pmosuite.core.common.ViewerCalendar;
import org.pmosuite.core.raid.RaidFieldsNotConfiguredException;
import org.pmosuite.core.raid.RaidIssueOverview;
import org.pmosuite.core.raid.RaidIssueOverviewService;
import org.pmosuite.jira.platform.PluginKey;

/**
 * The RAID panel of the issue view ({@code atl.jira.view.issue.right.context}): the issue's own RAID fields with its
 * band and badges when it is a RAID entry, and the open RAID entries of every browsable project that depend on it.
 * Rendered on the server from {@link RaidIssueOverviewService}, as the viewer sees it; every value is escaped by the
 * renderer. The viewed issue comes as context key {@code issue}. The panel writes nothing (so Jira shows no panel)
 * without an issue or a viewer, for an issue that is no RAID entry and that nothing depends on, and while the RAID
 * fields do not exist yet: no noise on the issues of projects that do not use RAID.
 */
public class RaidIssuePanel implements WebPanel {

    static final String TEMPLATE = "templates/raid/issue-panel.vm";
    static final String WEB_RESOURCE = PluginKey.completeKey("raid-issue-panel-resources");

    private final RaidIssueOverviewService overviews;
    private final CurrentActor currentActor;
    private final TemplateRenderer templateRenderer;
    private final PageBuilderService pageBuilderService;
    private final I18nResolver i18n;
    private final ApplicationProperties applicationProperties;
    private final ViewerCalendar calendar;

    public RaidIssuePanel(RaidIssueOverviewService overviews, CurrentActor currentActor,
            TemplateRenderer templateRenderer, PageBuilderService pageBuilderService, I18nResolver i18n,
            ApplicationProperties applicationProperties, ViewerCalendar calendar) {
        this.overviews = overviews;
        this.currentActor = currentActor;
        this.templateRenderer = templateRenderer;
        this.pageBuilderService = pageBuilderService;
        this.i18n = i18n;
        this.applicationProperties = applicationProperties;
        this.calendar = calendar;
    }

    @Override
    public String getHtml(Map<String, Object> context) {
        StringWriter html = new StringWriter();
        try {
            writeHtml(html, context);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return html.toString();
    }

    @Override
    public void writeHtml(Writer writer, Map<String, Object> context) throws IOException {
        Optional<Actor> actor = currentActor.get();
        if (!(context.get("issue") instanceof Issue issue) || issue.getKey() == null || actor.isEmpty()) {
            return;
        }
        RaidIssueOverview overview;
        try {
            overview = overviews.overview(actor.get(), issue.getKey(), calendar.today(actor.get()));
        } catch (RaidFieldsNotConfiguredException e) {
            // Before the RAID fields exist no issue has RAID data; the RAID pages say what is missing.
            return;
        }
        if (overview.isEmpty()) {
            return;
        }
        RaidIssuePanelView view = RaidIssuePanelView.of(overview, applicationProperties.getBaseUrl(UrlMode.RELATIVE),
                i18n);
        pageBuilderService.assembler().resources().requireWebResource(WEB_RESOURCE);
        Map<String, Object> templateContext = new HashMap<>();
        templateContext.put("i18n", i18n);
        templateContext.put("panel", view);
        templateRenderer.render(TEMPLATE, templateContext, writer);
    }
}
