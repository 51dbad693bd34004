/*
 * Stub of com.atlassian.jira.util.ErrorCollection (interface, @PublicApi): what Jira's services answer with.
 * Checked against: https://docs.atlassian.com/jira/7.0.8/com/atlassian/jira/util/ErrorCollection.html (Jira 7.0.8):
 *   Map<String, String> getErrors() (field id to message), Collection<String> getErrorMessages(),
 *   boolean hasAnyErrors(), Set<ErrorCollection.Reason> getReasons(); Reason constants NOT_FOUND, NOT_LOGGED_IN,
 *   FORBIDDEN, VALIDATION_FAILED, CONFLICT, SERVER_ERROR.
 * unverified: on Jira 10/11 (long-stable).
 */
package com.atlassian.jira.util;

import java.util.Collection;
import java.util.Map;
import java.util.Set;

public interface ErrorCollection {
    Map<String, String> getErrors();

    Collection<String> getErrorMessages();

    boolean hasAnyErrors();

    Set<Reason> getReasons();

    enum Reason {
        NOT_FOUND, NOT_LOGGED_IN, FORBIDDEN, VALIDATION_FAILED, CONFLICT, SERVER_ERROR
    }
}
