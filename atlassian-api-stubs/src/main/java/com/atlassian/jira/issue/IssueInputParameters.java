/*
 * Stub of com.atlassian.jira.issue.IssueInputParameters (interface, @PublicApi): the fields of a create or update.
 * Checked against: https://docs.atlassian.com/jira/7.0.8/com/atlassian/jira/issue/IssueInputParameters.html
 *   (Jira 7.0.8): the fluent setters setProjectId(Long), setIssueTypeId(String), setSummary(String),
 *   setReporterId(String) (a username) and addCustomFieldValue(Long, String...) return IssueInputParameters;
 *   setSkipScreenCheck(boolean) and setRetainExistingValuesWhenParameterNotProvided(boolean, boolean) return void
 *   (also in public test implementations of the interface). The type itself is in JSW 11.3 signatures
 *   (IssueUpdateServiceImpl.validateUpdate).
 *   setDescription(String): not in the javadoc excerpts found; called on issueService.newIssueInputParameters() in
 *   public Jira apps beside setSummary/setReporterId, and mocked there as returning IssueInputParameters
 *   (code corpus: `when(issueInputParameters.setDescription(anyString())).thenReturn(issueInputParameters)`).
 * unverified: the members on Jira 10/11. The void setters are called as statements, which compiles either way.
 */
package com.atlassian.jira.issue;

public interface IssueInputParameters {
    IssueInputParameters setProjectId(Long projectId);

    IssueInputParameters setIssueTypeId(String issueTypeId);

    IssueInputParameters setSummary(String summary);

    IssueInputParameters setDescription(String description);

    IssueInputParameters setReporterId(String reporterId);

    /** The value of customfield_{id}; an empty string clears it. */
    IssueInputParameters addCustomFieldValue(Long customFieldId, String... values);

    void setRetainExistingValuesWhenParameterNotProvided(boolean retainExistingValues,
            boolean onlyValidatePresentFields);
}
