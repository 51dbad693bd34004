/*
 * Stub of com.atlassian.sal.api.timezone.TimeZoneManager (SAL interface, implemented by every product).
 * Checked against: the SAL implementations' javadoc, e.g.
 *   https://docs.atlassian.com/atlassian-bamboo/9.5.1/com/atlassian/sal/bamboo/timezone/BambooTimeZoneManager.html:
 *   TimeZone getDefaultTimeZone(), TimeZone getUserTimeZone(), @NotNull TimeZone getUserTimeZone(UserKey user);
 *   Platform 8 use in atlassian-labs/atlassian-slack-integration-server at 94c50dc (platform.version 8.0.0):
 *   bitbucket-slack-server-integration-plugin/.../ComponentImports.java:80 imports it, and the Confluence plugin calls
 *   getDefaultTimeZone() (DefaultAttachmentBuilder.java:118).
 * unverified: getUserTimeZone(UserKey) in Jira 11's own implementation (the interface is SAL's, shared by Platform 8).
 */
package com.atlassian.sal.api.timezone;

import java.util.TimeZone;

import com.atlassian.sal.api.user.UserKey;

public interface TimeZoneManager {
    TimeZone getDefaultTimeZone();

    /** The user's time zone, or the default one when the user has none. */
    TimeZone getUserTimeZone(UserKey user);
}
