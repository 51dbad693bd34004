/*
 * Stub of com.atlassian.jira.issue.fields.screen.FieldScreenScheme (interface): which screen each operation uses.
 * Checked against: https://docs.atlassian.com/jira/7.0.8/com/atlassian/jira/issue/fields/screen/FieldScreenScheme.html
 *   (Jira 7.0.8): FieldScreen getFieldScreen(IssueOperation issueOperation).
 * unverified: the parameter type on Jira 10/11 (IssueOperation here, as 7.0.8 shows it; a later version may take
 *   ScreenableIssueOperation, which would fail at link time). This is the first call to check on a real Jira 11.
 */
package com.atlassian.jira.issue.fields.screen;

import com.atlassian.jira.issue.operation.IssueOperation;

public interface FieldScreenScheme {
    FieldScreen getFieldScreen(IssueOperation issueOperation);
}
