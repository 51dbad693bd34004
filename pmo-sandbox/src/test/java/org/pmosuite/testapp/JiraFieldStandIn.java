package org.pmosuite.testapp;

/** Stands in for the Jira custom field a field type's template reads ({@code $customField.id}, {@code .name}). */
public final class JiraFieldStandIn {

    private final String id;
    private final String name;

    public JiraFieldStandIn(String id, String name) {
        this.id = id;
        this.name = name;
    }

    public String getId() {
        return id;
    }

    public String getName() {
        return name;
    }
}
