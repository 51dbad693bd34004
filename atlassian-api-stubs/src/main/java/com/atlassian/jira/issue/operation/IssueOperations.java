/*
 * Stub of com.atlassian.jira.issue.operation.IssueOperations: the operations that have screens.
 * Checked against: https://docs.atlassian.com/jira/latest/com/atlassian/jira/issue/operation/IssueOperations.html
 *   (Jira 7.x): public static final ScreenableIssueOperation CREATE_ISSUE_OPERATION, EDIT_ISSUE_OPERATION,
 *   VIEW_ISSUE_OPERATION.
 * unverified: on Jira 10/11 (ScreenableIssueOperation itself is seen in JSW 10.4.0). The constants are distinct
 *   stand-ins, so that tests can tell the operations apart; they are not compile-time constants, so the app's
 *   bytecode reads Jira's own fields.
 */
package com.atlassian.jira.issue.operation;

public final class IssueOperations {
    public static final ScreenableIssueOperation CREATE_ISSUE_OPERATION = new Operation("create");
    public static final ScreenableIssueOperation EDIT_ISSUE_OPERATION = new Operation("edit");
    public static final ScreenableIssueOperation VIEW_ISSUE_OPERATION = new Operation("view");

    private IssueOperations() {
    }

    private record Operation(String name) implements ScreenableIssueOperation {
    }
}
