/*
 * Stub of com.atlassian.jira.util.MessageSet (interface).
 * Checked against: https://docs.atlassian.com/DAC/javadoc/jira/reference/com/atlassian/jira/util/AbstractMessageSet.html
 *   (implementation lists "Returns a unique set of all the English error messages").
 * unverified: exact return type Set<String> of getErrorMessages() (member names not shown in that excerpt);
 *   no MessageSet interface page found.
 */
package com.atlassian.jira.util;

import java.util.Set;

public interface MessageSet {
    Set<String> getErrorMessages();
}
