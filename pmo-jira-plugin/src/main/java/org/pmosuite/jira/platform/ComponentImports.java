package org.pmosuite.jira.platform;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.cache.CacheManager;
import com.atlassian.jira.bc.issue.IssueService;
import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.config.IssueTypeManager;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.customfields.manager.GenericConfigManager;
import com.atlassian.jira.issue.customfields.persistence.CustomFieldValuePersister;
import com.atlassian.jira.issue.fields.config.manager.IssueTypeSchemeManager;
import com.atlassian.jira.issue.fields.screen.FieldScreenManager;
import com.atlassian.jira.issue.fields.screen.issuetype.IssueTypeScreenSchemeManager;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.search.issue.IssueDocumentSearchService;
import com.atlassian.jira.security.GlobalPermissionManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.timezone.TimeZoneManager;
import com.atlassian.sal.api.websudo.WebSudoManager;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;

/**
 * Every host service the app imports, in one place: this file is the app's whole dependency on Jira and the
 * checklist of the stubs it compiles against. The fields are never read; the scanner index is written from them.
 */
@SuppressWarnings("unused")
final class ComponentImports {

    @ComponentImport
    private ActiveObjects activeObjects;
    @ComponentImport
    private SearchService searchService;
    @ComponentImport
    private IssueDocumentSearchService issueDocumentSearchService;
    @ComponentImport
    private CustomFieldManager customFieldManager;
    @ComponentImport
    private JiraAuthenticationContext authenticationContext;
    @ComponentImport
    private PermissionManager permissionManager;
    /** Who holds a global permission, such as the app's "PMO lead". */
    @ComponentImport
    private GlobalPermissionManager globalPermissionManager;
    @ComponentImport
    private UserManager userManager;
    /** SAL's user manager, named apart from Jira's: both are imported. */
    @ComponentImport("salUserManager")
    private com.atlassian.sal.api.user.UserManager salUserManager;
    @ComponentImport
    private ProjectManager projectManager;
    @ComponentImport
    private WebSudoManager webSudoManager;
    @ComponentImport
    private TemplateRenderer templateRenderer;
    @ComponentImport
    private I18nResolver i18nResolver;
    @ComponentImport
    private PageBuilderService pageBuilderService;
    @ComponentImport
    private ApplicationProperties applicationProperties;
    @ComponentImport
    private IssueTypeManager issueTypeManager;
    @ComponentImport
    private IssueTypeSchemeManager issueTypeSchemeManager;
    @ComponentImport
    private IssueTypeScreenSchemeManager issueTypeScreenSchemeManager;
    @ComponentImport
    private FieldScreenManager fieldScreenManager;
    /** What the RAID field types store their values with, as Jira's own single-value types do. */
    @ComponentImport
    private CustomFieldValuePersister customFieldValuePersister;
    @ComponentImport
    private GenericConfigManager genericConfigManager;
    @ComponentImport
    private TimeZoneManager timeZoneManager;
    @ComponentImport
    private IssueService issueService;
    @ComponentImport
    private IssueManager issueManager;
    /** Atlassian Cache: the portfolio board's initiative snapshots. */
    @ComponentImport
    private CacheManager cacheManager;

    private ComponentImports() {
    }
}
