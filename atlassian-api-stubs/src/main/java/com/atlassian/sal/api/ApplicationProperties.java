/*
 * Stub of com.atlassian.sal.api.ApplicationProperties (interface), only the member we call.
 * Checked against:
 *   - docs.atlassian.com/atlassian-confluence/5.5 ConfluenceApplicationProperties (implements it):
 *     `String getBaseUrl(com.atlassian.sal.api.UrlMode urlMode)`, since SAL 2.10 / Confluence 5.2;
 *   - a Jira 11.0.0 app, atlassian-labs/atlassian-slack-integration-server,
 *     manager/impl/DefaultDedicatedChannelManager.java: `applicationProperties.getBaseUrl(UrlMode.CANONICAL)`.
 */
package com.atlassian.sal.api;

public interface ApplicationProperties {
    String getBaseUrl(UrlMode urlMode);
}
