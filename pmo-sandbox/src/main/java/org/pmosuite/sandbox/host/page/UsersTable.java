package org.pmosuite.sandbox.host.page;

import java.util.List;

/** The demo users, each with a button that logs in as them and goes to {@code destination}. */
public record UsersTable(String switchAction, String destination, List<UserRow> rows) {

    public UsersTable {
        rows = List.copyOf(rows);
    }

    public record UserRow(String displayName, String key, String rights, int browsableProjects) {
    }
}
