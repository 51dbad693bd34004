/*
 * Stub of com.atlassian.jira.security.JiraAuthenticationContext (interface, @PublicApi).
 * Checked against: https://docs.atlassian.com/DAC/javadoc/jira/reference/com/atlassian/jira/security/JiraAuthenticationContext.html
 *   (older DAC reference, Jira 6.x era, where getLoggedInUser() still returned the crowd User and was deprecated).
 * unverified: `ApplicationUser getLoggedInUser()` (Jira 7+ form) - no Jira 7+/10/11 page for this class was found.
 *   Corroborated by https://docs.atlassian.com/jira/latest/com/atlassian/jira/bc/JiraServiceContext.html (Jira 7.x),
 *   where the analogous getLoggedInUser() returns ApplicationUser.
 */
package com.atlassian.jira.security;

import com.atlassian.jira.user.ApplicationUser;

public interface JiraAuthenticationContext {
    ApplicationUser getLoggedInUser();
}
