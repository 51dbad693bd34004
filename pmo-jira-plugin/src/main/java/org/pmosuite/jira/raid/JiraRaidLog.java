package org.pmosuite.jira.raid;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.search.SearchResults;
import com.atlassian.jira.search.issue.IssueDocumentSearchService;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.jira.web.bean.PagerFilter;
import org.pmosuite.core.common.Actor;
import org.pmosuite.core.common.FieldError;
import org.pmosuite.core.common.InvalidRequestException;
import org.pmosuite.core.common.IssueScope;
import org.pmosuite.core.raid.RaidEntry;
import org.pmosuite.core.raid.RaidLog;
import org.pmosuite.core.raid.RaidLogGroup;
import org.pmosuite.core.raid.RaidLogGrouping;
import org.pmosuite.core.raid.RaidLogPage;
import org.pmosuite.core.raid.RaidLogQuery;
import org.pmosuite.core.raid.RiskMatrix;
import org.pmosuite.core.raid.setup.RaidCustomField;
import org.pmosuite.jira.platform.Jql;
import org.springframework.stereotype.Component;

/**
 * The RAID log in Jira: one JQL query per page ({@code SearchService.search} with a {@link PagerFilter}, as the
 * viewer, so that browse permission and issue security apply), totals and group counts from
 * {@code IssueDocumentSearchService.getHitCount}, never from loading issues.
 *
 * <p>Jira answers at most {@value #SEARCH_WINDOW} results of one query, so a page beyond that, or an export of
 * more, is refused with a message to narrow the filters. Where JQL orders differently from the sandbox: the type and
 * ROAM status sort by their names, the owner by user key, and how Jira places empty values. Grouping by owner counts
 * each user ever named an owner ({@link JiraRaidOwners}), two counts per owner with entries. "Needs attention" for a
 * late dependency looks up,
 * first, which depended-on issues are resolved (one search over the late dependencies, one lookup per issue).
 */
@Component
public class JiraRaidLog implements RaidLog {

    /** The most results Jira 11 answers for one query (OpenSearch's {@code max_result_window}). */
    static final int SEARCH_WINDOW = 10_000;
    /** Issues per search when an export reads a whole log. */
    static final int BATCH = 100;

    private final JiraSearches searches;
    private final JiraRaidIssues issues;
    private final JiraRaidOwners owners;
    private final UserManager users;

    public JiraRaidLog(SearchService searchService, IssueDocumentSearchService documentSearch,
            IssueManager issueManager, PermissionManager permissions, CustomFieldManager customFields,
            UserManager users, JiraRaidOwners owners) {
        this.searches = new JiraSearches(searchService, documentSearch);
        this.issues = new JiraRaidIssues(issueManager, permissions, customFields, users);
        this.owners = owners;
        this.users = users;
    }

    @Override
    public RaidLogPage page(Actor actor, IssueScope scope, RaidLogQuery query, RiskMatrix matrix, LocalDate today) {
        Map<RaidCustomField, CustomField> fields = issues.fields();
        ApplicationUser user = issues.user(actor);
        if (scope.projectKeys().isEmpty()) {
            return RaidLogPage.empty(query.startAt(), query.maxResults());
        }
        if ((long) query.startAt() + query.maxResults() > SEARCH_WINDOW) {
            throw new InvalidRequestException(List.of(FieldError.of(RaidLogQuery.START_AT,
                    "pmo.raid.error.log.window", SEARCH_WINDOW)));
        }
        RaidLogJql jql = new RaidLogJql(fields, matrix, today, key -> issues.visible(user, key).isPresent());
        String where = jql.matching(scope, query, resolved(user, jql, scope, fields, query.needsAttention() != null));
        SearchResults<Issue> results = searches.search(user, where + jql.orderBy(query), query.startAt(), query.maxResults());
        List<RaidEntry> entries = new ArrayList<>();
        for (Issue issue : results.getResults()) {
            issues.entry(user, issue, fields).ifPresent(entries::add);
        }
        return new RaidLogPage(entries, results.getTotal(), query.startAt(), query.maxResults());
    }

    @Override
    public void forEach(Actor actor, IssueScope scope, RaidLogQuery query, RiskMatrix matrix, LocalDate today,
            Consumer<RaidEntry> sink) {
        Map<RaidCustomField, CustomField> fields = issues.fields();
        ApplicationUser user = issues.user(actor);
        if (scope.projectKeys().isEmpty()) {
            return;
        }
        RaidLogJql jql = new RaidLogJql(fields, matrix, today, key -> issues.visible(user, key).isPresent());
        String where = jql.matching(scope, query, resolved(user, jql, scope, fields, query.needsAttention() != null));
        long total = searches.count(user, where);
        refuseBeyondTheWindow(total);
        String ordered = where + jql.orderBy(query);
        for (int start = 0; start < total; start += BATCH) {
            SearchResults<Issue> batch = searches.search(user, ordered, start, BATCH);
            for (Issue issue : batch.getResults()) {
                issues.entry(user, issue, fields).ifPresent(sink);
            }
            if (batch.getResults().size() < BATCH) {
                return;
            }
        }
    }

    /** Counts the export first: Jira answers at most {@value #SEARCH_WINDOW} results of one query. */
    @Override
    public void checkExport(Actor actor, IssueScope scope, RaidLogQuery query, RiskMatrix matrix, LocalDate today) {
        Map<RaidCustomField, CustomField> fields = issues.fields();
        ApplicationUser user = issues.user(actor);
        if (scope.projectKeys().isEmpty()) {
            return;
        }
        RaidLogJql jql = new RaidLogJql(fields, matrix, today, key -> issues.visible(user, key).isPresent());
        refuseBeyondTheWindow(searches.count(user, jql.matching(scope, query,
                resolved(user, jql, scope, fields, query.needsAttention() != null))));
    }

    private static void refuseBeyondTheWindow(long total) {
        if (total > SEARCH_WINDOW) {
            throw new InvalidRequestException(List.of(FieldError.of("export", "pmo.raid.error.log.exportwindow",
                    total, SEARCH_WINDOW)));
        }
    }

    @Override
    public List<RaidLogGroup> groups(Actor actor, IssueScope scope, RaidLogQuery query, RiskMatrix matrix,
            LocalDate today) {
        Map<RaidCustomField, CustomField> fields = issues.fields();
        ApplicationUser user = issues.user(actor);
        RaidLogJql jql = new RaidLogJql(fields, matrix, today, key -> issues.visible(user, key).isPresent());
        Set<String> resolved = resolved(user, jql, scope, fields, true);
        String attention = " AND " + jql.needsAttention(resolved);
        List<RaidLogGroup> groups = new ArrayList<>();
        if (query.group() == RaidLogGrouping.PROJECT) {
            for (String project : new TreeSet<>(scope.projectKeys())) {
                String inProject = jql.matching(new IssueScope(Set.of(project), scope.issueTypes()), query,
                        resolved);
                long total = searches.count(user, inProject);
                if (total > 0) {
                    groups.add(new RaidLogGroup(project, null, total, searches.count(user, inProject + attention)));
                }
            }
            return groups;
        }
        // By owner: one count for each user ever named an owner, as JQL lists no field's distinct values; then the
        // entries without one. In the grouping's order: by display name, then by key, the unowned last.
        String where = jql.matching(scope, query, resolved);
        String owner = jql.field(RaidCustomField.OWNER);
        for (String key : owners.candidates()) {
            String owned = where + " AND " + owner + " = " + Jql.quote(key);
            long total = searches.count(user, owned);
            if (total > 0) {
                ApplicationUser person = users.getUserByKey(key);
                groups.add(new RaidLogGroup(key, person == null ? null : person.getDisplayName(), total,
                        searches.count(user, owned + attention)));
            }
        }
        groups.sort(Comparator.comparing((RaidLogGroup group) -> group.name() == null)
                .thenComparing(group -> group.name() == null ? "" : group.name().toLowerCase(Locale.ROOT))
                .thenComparing(RaidLogGroup::key));
        String unowned = where + " AND " + owner + " is EMPTY";
        long total = searches.count(user, unowned);
        if (total > 0) {
            groups.add(new RaidLogGroup(null, null, total, searches.count(user, unowned + attention)));
        }
        return groups;
    }

    @Override
    public long countNeedingAttention(Actor actor, IssueScope scope, RiskMatrix matrix, LocalDate today) {
        Map<RaidCustomField, CustomField> fields = issues.fields();
        ApplicationUser user = issues.user(actor);
        if (scope.projectKeys().isEmpty()) {
            return 0;
        }
        RaidLogJql jql = new RaidLogJql(fields, matrix, today, key -> issues.visible(user, key).isPresent());
        return searches.count(user, jql.entries(scope) + " AND " + jql.needsAttention(resolved(user, jql, scope, fields,
                true)));
    }

    /**
     * The depended-on issues of the scope's late dependencies that the viewer may see resolved; empty when the
     * query does not ask about attention.
     */
    private Set<String> resolved(ApplicationUser user, RaidLogJql jql, IssueScope scope,
            Map<RaidCustomField, CustomField> fields, boolean needed) {
        if (!needed || scope.projectKeys().isEmpty()) {
            return Set.of();
        }
        String late = jql.lateDependencies(scope) + " ORDER BY key ASC";
        Set<String> waitedFor = new LinkedHashSet<>();
        CustomField dependsOn = fields.get(RaidCustomField.DEPENDS_ON);
        for (int start = 0; start < SEARCH_WINDOW; start += BATCH) {
            SearchResults<Issue> batch = searches.search(user, late, start, BATCH);
            batch.getResults().forEach(issue -> Optional.ofNullable(issue.getCustomFieldValue(dependsOn))
                    .map(Object::toString).ifPresent(waitedFor::add));
            if (batch.getResults().size() < BATCH || start + BATCH >= batch.getTotal()) {
                break;
            }
        }
        Set<String> resolved = new TreeSet<>();
        for (String key : waitedFor) {
            issues.visible(user, key).filter(JiraRaidIssues::done).ifPresent(issue -> resolved.add(key));
        }
        return resolved;
    }
}
