/*
 * Stub of com.atlassian.jira.bc.issue.IssueService (interface, @PublicApi): create and update issues as a user, each
 * validated first, with the user's permissions, the screens and the field types' own checks.
 * Checked against:
 *   - validateUpdate(ApplicationUser, Long, IssueInputParameters) -> UpdateValidationResult and
 *     update(ApplicationUser, UpdateValidationResult) -> IssueResult: JSW 11.3.0-m0002 and 10.6 javadoc of
 *     com.atlassian.greenhopper.service.issue.IssueUpdateService(Impl), which declares and delegates exactly these;
 *   - newIssueInputParameters(), validateCreate(ApplicationUser, IssueInputParameters) -> CreateValidationResult,
 *     create(ApplicationUser, CreateValidationResult) -> IssueResult: Jira 7.0.8 javadoc
 *     (https://docs.atlassian.com/jira/7.0.8/com/atlassian/jira/bc/issue/package-summary.html,
 *     IssueService.IssueResult.html); the "Performing issue operations" guide on developer.atlassian.com (2026)
 *     still describes the validate-then-act pattern;
 *   - result types: IssueValidationResult extends ServiceResultImpl (isValid(), getErrorCollection()), getIssue()
 *     returns MutableIssue (Jira 7.x javadoc).
 * unverified: create and its validation on Jira 10/11.
 * Deviation: the results declare isValid/getErrorCollection themselves (ServiceResultImpl is not stubbed); the
 *   constructors are public so that tests can build results (they are @Internal in Jira).
 */
package com.atlassian.jira.bc.issue;

import com.atlassian.jira.issue.IssueInputParameters;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.ErrorCollection;

public interface IssueService {
    IssueInputParameters newIssueInputParameters();

    CreateValidationResult validateCreate(ApplicationUser user, IssueInputParameters issueInputParameters);

    IssueResult create(ApplicationUser user, CreateValidationResult createValidationResult);

    UpdateValidationResult validateUpdate(ApplicationUser user, Long issueId,
            IssueInputParameters issueInputParameters);

    IssueResult update(ApplicationUser user, UpdateValidationResult updateValidationResult);

    class IssueValidationResult {
        private final MutableIssue issue;
        private final ErrorCollection errors;

        public IssueValidationResult(MutableIssue issue, ErrorCollection errors) {
            this.issue = issue;
            this.errors = errors;
        }

        public MutableIssue getIssue() {
            return issue;
        }

        public boolean isValid() {
            return errors == null || !errors.hasAnyErrors();
        }

        public ErrorCollection getErrorCollection() {
            return errors;
        }
    }

    class CreateValidationResult extends IssueValidationResult {
        public CreateValidationResult(MutableIssue issue, ErrorCollection errors) {
            super(issue, errors);
        }
    }

    class UpdateValidationResult extends IssueValidationResult {
        public UpdateValidationResult(MutableIssue issue, ErrorCollection errors) {
            super(issue, errors);
        }
    }

    class IssueResult extends IssueValidationResult {
        public IssueResult(MutableIssue issue, ErrorCollection errors) {
            super(issue, errors);
        }
    }
}
