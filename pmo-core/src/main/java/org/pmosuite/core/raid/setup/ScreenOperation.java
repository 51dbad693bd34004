package org.pmosuite.core.raid.setup;

/** What a project's screen is used for: Jira's create, edit and view issue operations. */
public enum ScreenOperation {
    CREATE, EDIT, VIEW
}
