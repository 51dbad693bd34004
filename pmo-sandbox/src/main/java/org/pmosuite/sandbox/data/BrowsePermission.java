package org.pmosuite.sandbox.data;

/** The sandbox's permission scheme as SQL: who may browse which project. */
final class BrowsePermission {

    /**
     * A condition on a project row aliased {@code p}; binds the user key twice. A user browses a project when
     * they browse every project, or hold a grant for it.
     */
    static final String CAN_BROWSE = """
            (EXISTS (SELECT 1 FROM sandbox_user u WHERE u.user_key = ? AND u.browses_all)
             OR EXISTS (SELECT 1 FROM project_permission g WHERE g.user_key = ? AND g.project_id = p.id))""";

    private BrowsePermission() {
    }
}
