package org.pmosuite.jira.portfolio;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import com.atlassian.jira.bc.issue.IssueService;
import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.config.IssueTypeManager;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueInputParameters;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.search.SearchException;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.jira.util.ErrorCollection;
import com.atlassian.jira.util.MessageSet;
import com.atlassian.jira.web.bean.PagerFilter;
import com.atlassian.query.Query;
import org.pmosuite.core.common.Actor;
import org.pmosuite.core.common.FieldError;
import org.pmosuite.core.common.InvalidRequestException;
import org.pmosuite.core.portfolio.Initiative;
import org.pmosuite.core.portfolio.InitiativeNotEditableException;
import org.pmosuite.core.portfolio.InitiativeSource;
import org.pmosuite.core.portfolio.PortfolioScope;
import org.pmosuite.core.portfolio.scoring.ScoringInput;
import org.pmosuite.core.portfolio.scoring.ScoringInputs;
import org.pmosuite.jira.platform.Jql;
import org.pmosuite.jira.portfolio.field.ScoringFieldTypes;
import org.springframework.stereotype.Component;

/**
 * A portfolio's initiatives in Jira: JQL searches run as the viewer ({@code SearchService.search}, so that browse
 * permission and issue security apply in Jira's own search), the scoring inputs from the app's scoring fields (by
 * the keys of their types), and writes through {@code IssueService} as the actor, validate first, then update.
 *
 * <p><b>Paging.</b> JQL cannot compare or sort issue ids: {@code id}, {@code issue}, {@code key} and
 * {@code issuekey} are one clause, and {@code id > 10500} means "in the project of issue 10500, with a greater issue
 * number" (Jira resolves the issue, which the viewer must see, and compares key numbers); {@code ORDER BY key} sorts
 * by project key, then issue number. So pages follow that order, one project at a time, the scope's projects in
 * key order: a page is one search {@code project = P AND issuetype in (...) [AND (filter)] [AND id > after] ORDER BY
 * key ASC} with {@code startAt} 0 and at most {@code max} results, so no request reaches past Jira's search window;
 * only when a project runs out does the same page go on with the next project (one more search each). A page
 * continues after the issue the previous one ended with, wherever that issue is now: if it was deleted, hidden or
 * moved out of the portfolio in between, the read is refused ({@value #AFTER}) rather than silently skip the rest of
 * its project; if it moved to another of the portfolio's projects, the read goes on from there.
 *
 * <p><b>Fields.</b> {@code SearchService.search} loads whole issues; Jira 11's document search
 * ({@code IssueDocumentSearchService}), which Atlassian describes for reading "a limited amount of data from each
 * issue", has no method signature in any public source found (only {@code getHitCount}), so the adapter does not
 * restrict the fields a search loads.
 *
 * <p><b>The scope's JQL filter</b> is text a portfolio owner typed. It is parsed on its own first, so that only a
 * complete filter is ever combined with the generated clauses (a text that closes the parenthesis it is put in, such
 * as {@code x) OR (y}, does not parse alone), validated on its own, so that Jira's messages are about the filter,
 * and then parsed as the last clause of the generated query, in parentheses, which refuses anything but a condition
 * (an {@code ORDER BY}). Jira's refusals come back under {@value #SCOPE_JQL} with Jira's own messages.
 */
@Component
public class JiraInitiativeSource implements InitiativeSource {

    /** The request fields Jira's refusals are reported under. */
    static final String SCOPE_ISSUE_TYPES = "scope.issueTypes";
    static final String SCOPE_JQL = "scope.jql";
    static final String ISSUE_KEY = "issueKey";
    static final String AFTER = "afterIssueId";
    static final String INITIATIVE = "initiative";

    static final String ISSUE_TYPE_UNKNOWN = "pmo.portfolio.error.scope.issue-type.unknown";
    static final String FILTER_INVALID = "pmo.portfolio.error.scope.jql.invalid";
    static final String FILTER_NOT_A_CONDITION = "pmo.portfolio.error.scope.jql.not-a-condition";
    static final String CURSOR_GONE = "pmo.portfolio.error.page.cursor-gone";
    static final String NOT_FOUND = "pmo.portfolio.error.initiative.not-found";
    static final String SET_AND_CLEARED = "pmo.portfolio.error.input.set-and-cleared";
    static final String NO_FIELD = "pmo.portfolio.error.input.no-field";
    static final String JIRA_REFUSED = "pmo.portfolio.error.jira";

    private static final String ORDER_BY = " ORDER BY key ASC";

    private final SearchService searchService;
    private final IssueService issueService;
    private final IssueManager issueManager;
    private final IssueTypeManager issueTypes;
    private final PermissionManager permissions;
    private final CustomFieldManager customFields;
    private final UserManager users;

    public JiraInitiativeSource(SearchService searchService, IssueService issueService, IssueManager issueManager,
            IssueTypeManager issueTypes, PermissionManager permissions, CustomFieldManager customFields,
            UserManager users) {
        this.searchService = searchService;
        this.issueService = issueService;
        this.issueManager = issueManager;
        this.issueTypes = issueTypes;
        this.permissions = permissions;
        this.customFields = customFields;
        this.users = users;
    }

    @Override
    public List<Initiative> page(Actor actor, PortfolioScope scope, long afterIssueId, int max) {
        if (max < 1 || max > MAX_PAGE) {
            throw new IllegalArgumentException("a page holds 1 to " + MAX_PAGE + " initiatives, not " + max);
        }
        ApplicationUser user = user(actor);
        InitiativeFields fields = InitiativeFields.of(customFields);
        List<String> projects = scope.projectKeys().stream().sorted().toList();
        List<Initiative> page = new ArrayList<>();
        int next = 0;
        if (afterIssueId > 0) {
            String project = cursorProject(user, projects, afterIssueId);
            read(user, scope, project, " AND id > " + afterIssueId, max, fields, page);
            next = projects.indexOf(project) + 1;
        }
        for (int i = next; i < projects.size() && page.size() < max; i++) {
            read(user, scope, projects.get(i), "", max - page.size(), fields, page);
        }
        return page;
    }

    /** One search: the project's initiatives in key order, after the cursor when there is one. */
    private void read(ApplicationUser user, PortfolioScope scope, String project, String after, int max,
            InitiativeFields fields, List<Initiative> page) {
        String where = "project = " + Jql.quote(project) + " AND issuetype in (" + Jql.quoted(scope.issueTypes())
                + ")";
        for (Issue issue : search(user, scoped(user, scope, where + after, ORDER_BY), max)) {
            page.add(fields.read(issue));
        }
    }

    /**
     * The project of the issue a previous page ended with, as Jira resolves {@code id > afterIssueId}: the issue as
     * it is now, which the viewer must still see, in one of the scope's projects.
     */
    private String cursorProject(ApplicationUser user, List<String> projects, long afterIssueId) {
        MutableIssue cursor = issueManager.getIssueObject(afterIssueId);
        String project = cursor == null || cursor.getProjectObject() == null ? null
                : cursor.getProjectObject().getKey();
        if (project == null || !projects.contains(project)
                || !permissions.hasPermission(ProjectPermissions.BROWSE_PROJECTS, cursor, user)) {
            throw new InvalidRequestException(List.of(FieldError.of(AFTER, CURSOR_GONE, afterIssueId)));
        }
        return project;
    }

    @Override
    public Optional<Initiative> find(Actor actor, PortfolioScope scope, String issueKey) {
        ApplicationUser user = user(actor);
        return inScope(user, scope, issueKey).map(InitiativeFields.of(customFields)::read);
    }

    /** The issue, when it is in the scope and the user may see it: one search, and none for a key Jira lacks. */
    private Optional<Issue> inScope(ApplicationUser user, PortfolioScope scope, String issueKey) {
        if (issueKey == null || issueKey.isBlank() || issueManager.getIssueByCurrentKey(issueKey) == null) {
            return Optional.empty();
        }
        String where = "project in (" + Jql.quoted(scope.projectKeys()) + ") AND issuetype in ("
                + Jql.quoted(scope.issueTypes()) + ") AND issuekey = " + Jql.quote(issueKey);
        return search(user, scoped(user, scope, where, ""), 1).stream().findFirst();
    }

    @Override
    public List<FieldError> checkScope(Actor actor, PortfolioScope scope) {
        ApplicationUser user = user(actor);
        List<FieldError> errors = new ArrayList<>();
        Collection<IssueType> known = issueTypes.getIssueTypes();
        Set<String> names = known == null ? Set.of() : known.stream().map(type -> lower(type.getName()))
                .collect(Collectors.toSet());
        scope.issueTypes().stream().sorted().filter(type -> !names.contains(lower(type)))
                .forEach(type -> errors.add(FieldError.of(SCOPE_ISSUE_TYPES, ISSUE_TYPE_UNKNOWN, type)));
        try {
            scoped(user, scope, "project in (" + Jql.quoted(scope.projectKeys()) + ") AND issuetype in ("
                    + Jql.quoted(scope.issueTypes()) + ")", "");
        } catch (InvalidRequestException e) {
            errors.addAll(e.errors());
        }
        return errors;
    }

    /** JQL compares issue type names ignoring case, so the check does too. */
    private static String lower(String name) {
        return name == null ? "" : name.toLowerCase(Locale.ROOT);
    }

    @Override
    public Initiative updateInputs(Actor actor, PortfolioScope scope, String issueKey, ScoringInputs values,
            Set<ScoringInput> cleared) {
        InitiativeFields fields = InitiativeFields.of(customFields);
        List<FieldError> refused = new ArrayList<>(values.errors());
        Set<ScoringInput> written = EnumSet.noneOf(ScoringInput.class);
        written.addAll(values.asMap().keySet());
        written.addAll(cleared);
        for (ScoringInput input : written) {
            if (values.has(input) && cleared.contains(input)) {
                refused.add(FieldError.of(input.fieldName(), SET_AND_CLEARED));
            }
            if (fields.input(input).isEmpty()) {
                refused.add(FieldError.of(input.fieldName(), NO_FIELD, ScoringFieldTypes.moduleKey(input)));
            }
        }
        if (!refused.isEmpty()) {
            throw new InvalidRequestException(refused);
        }
        ApplicationUser user = user(actor);
        Issue issue = inScope(user, scope, issueKey).orElseThrow(() -> new InvalidRequestException(List.of(
                FieldError.of(ISSUE_KEY, NOT_FOUND, issueKey))));
        if (!permissions.hasPermission(ProjectPermissions.EDIT_ISSUES, issue, user)) {
            throw new InitiativeNotEditableException(issue.getKey());
        }
        if (written.isEmpty()) {
            return fields.read(issue);
        }
        IssueInputParameters input = issueService.newIssueInputParameters();
        input.setRetainExistingValuesWhenParameterNotProvided(true, true);
        for (Map.Entry<ScoringInput, Double> value : values.asMap().entrySet()) {
            input.addCustomFieldValue(fields.input(value.getKey()).orElseThrow().getIdAsLong(), plain(value.getValue()));
        }
        for (ScoringInput clear : cleared) {
            input.addCustomFieldValue(fields.input(clear).orElseThrow().getIdAsLong(), "");
        }
        IssueService.UpdateValidationResult validation = issueService.validateUpdate(user, issue.getId(), input);
        refuseUnlessValid(validation, fields, issue.getKey());
        IssueService.IssueResult updated = issueService.update(user, validation);
        refuseUnlessValid(updated, fields, issue.getKey());
        MutableIssue stored = issueManager.getIssueObject(issue.getId());
        return fields.read(stored != null ? stored : updated.getIssue());
    }

    /** A value as a number field reads it from a screen: plain digits, a point for decimals, no exponent. */
    static String plain(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    /** Jira's refusal: not allowed to edit, or per field under the input's REST name, the rest as the initiative's. */
    private static void refuseUnlessValid(IssueService.IssueValidationResult result, InitiativeFields fields,
            String issueKey) {
        refuseUnlessValid(result, fields, issueKey, () -> new InitiativeNotEditableException(issueKey));
    }

    /**
     * Jira's refusal of a create or an update: {@code forbidden} when Jira says the user may not, else every reason,
     * per field under the input's REST name and the rest as the initiative's ({@value #INITIATIVE}).
     */
    static void refuseUnlessValid(IssueService.IssueValidationResult result, InitiativeFields fields,
            String subject, Supplier<RuntimeException> forbidden) {
        if (result.isValid()) {
            return;
        }
        ErrorCollection errors = result.getErrorCollection();
        if (errors.getReasons() != null && errors.getReasons().contains(ErrorCollection.Reason.FORBIDDEN)) {
            throw forbidden.get();
        }
        List<FieldError> refused = new ArrayList<>();
        if (errors.getErrors() != null) {
            errors.getErrors().forEach((fieldId, message) -> refused.add(FieldError.of(
                    fields.inputOf(fieldId).map(ScoringInput::fieldName).orElse(INITIATIVE), JIRA_REFUSED, message)));
        }
        if (errors.getErrorMessages() != null) {
            errors.getErrorMessages().forEach(message -> refused.add(FieldError.of(INITIATIVE, JIRA_REFUSED,
                    message)));
        }
        if (refused.isEmpty()) {
            refused.add(FieldError.of(INITIATIVE, JIRA_REFUSED, subject));
        }
        throw new InvalidRequestException(refused);
    }

    /**
     * The generated clauses, narrowed by the scope's own JQL filter when it has one, as one query parsed as the user;
     * see the class comment for how the filter is checked before it is combined.
     *
     * @throws InvalidRequestException ({@value #SCOPE_JQL}) when Jira refuses the filter
     */
    private Query scoped(ApplicationUser user, PortfolioScope scope, String where, String orderBy) {
        String filter = scope.jql();
        if (filter == null) {
            return parse(user, where + orderBy);
        }
        SearchService.ParseResult alone = searchService.parseQuery(user, filter);
        if (!alone.isValid()) {
            throw refusal(FILTER_INVALID, alone.getErrors());
        }
        MessageSet invalid = searchService.validateQuery(user, alone.getQuery());
        if (invalid != null && invalid.getErrorMessages() != null && !invalid.getErrorMessages().isEmpty()) {
            throw refusal(FILTER_INVALID, invalid);
        }
        SearchService.ParseResult combined = searchService.parseQuery(user, where + " AND (" + filter + ")" + orderBy);
        if (!combined.isValid()) {
            throw refusal(FILTER_NOT_A_CONDITION, combined.getErrors());
        }
        return combined.getQuery();
    }

    private static InvalidRequestException refusal(String messageKey, MessageSet messages) {
        String text = messages == null || messages.getErrorMessages() == null ? ""
                : String.join(" ", messages.getErrorMessages());
        return new InvalidRequestException(List.of(FieldError.of(SCOPE_JQL, messageKey, text)));
    }

    /** Generated JQL: one that does not parse is a bug, never the user's input. */
    private Query parse(ApplicationUser user, String jql) {
        SearchService.ParseResult parsed = searchService.parseQuery(user, jql);
        if (!parsed.isValid()) {
            throw new IllegalStateException("Generated JQL did not parse: " + jql + " "
                    + parsed.getErrors().getErrorMessages());
        }
        return parsed.getQuery();
    }

    /** One page from the start of the query's results: never past Jira's search window. */
    private List<Issue> search(ApplicationUser user, Query query, int max) {
        try {
            return searchService.search(user, query, new PagerFilter<>(0, max)).getResults();
        } catch (SearchException e) {
            throw new IllegalStateException("Jira search failed for the portfolio's initiatives", e);
        }
    }

    private ApplicationUser user(Actor actor) {
        ApplicationUser user = users.getUserByKey(actor.userKey());
        if (user == null) {
            throw new IllegalStateException("Jira has no user with key " + actor.userKey());
        }
        return user;
    }
}
