/*
 * Stub of com.atlassian.jira.user.ApplicationUser (interface).
 * Checked against: https://docs.atlassian.com/jira/7.0.0/com/atlassian/jira/user/ApplicationUser.html (Jira 7.0.0):
 *   String getKey(), String getUsername(), String getDisplayName() - all match.
 * Deviation: real interface extends java.security.Principal, WithId, WithKey; not reproduced (unneeded for compilation).
 * unverified: no Jira 10/11 page in the corpus; members stable since Jira 6.
 */
package com.atlassian.jira.user;

public interface ApplicationUser {
    String getKey();

    String getUsername();

    String getDisplayName();
}
