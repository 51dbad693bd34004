package org.pmosuite.jira.architecture;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import com.tngtech.archunit.core.domain.AccessTarget;
import com.tngtech.archunit.core.domain.JavaClass;

/**
 * The calls that change stored state: what no read may reach ({@link WriteReachability}). A call matches when the
 * type it is made on is, or is a subtype of, one of these types and the method has one of these names; types are
 * named as strings, so a type that is only stubbed for compilation matches all the same.
 */
public final class StateChangingCalls {

    /** A type and the names of its methods that write. */
    public record Write(String type, Set<String> methods) {
        public static Write of(String type, String... methods) {
            return new Write(type, Set.of(methods));
        }
    }

    /** JDBC: the sandbox's H2 store and the Active Objects host's model version table. */
    static final List<Write> JDBC = List.of(
            Write.of("java.sql.PreparedStatement", "executeUpdate", "executeLargeUpdate", "executeBatch",
                    "executeLargeBatch", "execute"),
            Write.of("java.sql.Statement", "executeUpdate", "executeLargeUpdate", "executeBatch", "executeLargeBatch",
                    "execute"));

    /** Active Objects: the app's own tables (risk matrices, RAID owners), through the facade or AO itself. */
    static final List<Write> ACTIVE_OBJECTS = List.of(
            Write.of("com.atlassian.activeobjects.external.ActiveObjects", "create", "delete", "deleteWithSQL",
                    "migrate", "migrateDestructively"),
            Write.of("net.java.ao.EntityManager", "create", "delete", "deleteWithSQL", "migrate",
                    "migrateDestructively"),
            Write.of("net.java.ao.RawEntity", "save"));

    /**
     * Jira: issues (JiraRaidEntries), and what RAID setup changes (JiraRaidSetup): custom fields, issue types, the
     * issue type scheme and screen tabs. The rest of Jira's write API that sits next to these is listed too, so that a
     * new call to it counts from the start.
     */
    static final List<Write> JIRA = List.of(
            Write.of("com.atlassian.jira.bc.issue.IssueService", "create", "update", "delete", "transition",
                    "assign"),
            Write.of("com.atlassian.jira.issue.IssueManager", "createIssueObject", "updateIssue", "deleteIssue",
                    "deleteIssueNoEvent"),
            Write.of("com.atlassian.jira.issue.CustomFieldManager", "createCustomField", "removeCustomField",
                    "updateCustomField"),
            Write.of("com.atlassian.jira.config.IssueTypeManager", "createIssueType", "updateIssueType",
                    "removeIssueType"),
            Write.of("com.atlassian.jira.issue.fields.config.manager.IssueTypeSchemeManager", "create", "update",
                    "addOptionToDefault", "deleteScheme"),
            Write.of("com.atlassian.jira.issue.fields.screen.FieldScreenTab", "addFieldScreenLayoutItem",
                    "moveFieldScreenLayoutItemToPosition", "remove", "rename", "store"),
            Write.of("com.atlassian.jira.issue.fields.screen.FieldScreen", "addTab", "addFieldScreenLayoutItem",
                    "removeTab", "removeFieldScreenLayoutItem", "store", "remove"),
            Write.of("com.atlassian.jira.issue.fields.screen.FieldScreenManager", "createFieldScreen",
                    "updateFieldScreen", "removeFieldScreen", "createFieldScreenTab", "updateFieldScreenTab",
                    "removeFieldScreenTabs", "createFieldScreenLayoutItem", "updateFieldScreenLayoutItem",
                    "removeFieldScreenLayoutItem"),
            Write.of("com.atlassian.jira.issue.customfields.manager.OptionsManager", "createOption", "updateOptions",
                    "deleteOptionAndChildren", "setValue", "enableOption", "disableOption"));

    /** Every write the app makes, in Jira and in the sandbox. */
    public static final StateChangingCalls ALL = new StateChangingCalls(
            Stream.of(JDBC, ACTIVE_OBJECTS, JIRA).flatMap(List::stream).toList());

    private final List<Write> writes;

    public StateChangingCalls(List<Write> writes) {
        this.writes = List.copyOf(writes);
    }

    boolean changesState(AccessTarget.CodeUnitAccessTarget target) {
        JavaClass owner = target.getOwner();
        return writes.stream().anyMatch(write -> write.methods().contains(target.getName())
                && (owner.getName().equals(write.type()) || owner.isAssignableTo(write.type())));
    }

    /** Every listed call as {@code type.method}, for a report. */
    public List<String> describe() {
        return writes.stream().flatMap(write -> write.methods().stream().sorted().map(m -> write.type() + "." + m))
                .toList();
    }
}
