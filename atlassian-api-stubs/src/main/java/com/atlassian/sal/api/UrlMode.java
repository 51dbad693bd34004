/*
 * Stub of com.atlassian.sal.api.UrlMode (enum), only the constants named in public Jira 11 code.
 * Checked against: atlassian-labs/atlassian-slack-integration-server (Jira 11.0.0):
 *   `UrlMode.CANONICAL` (jira-slack-server-integration-plugin, manager/impl/DefaultDedicatedChannelManager.java) and
 *   `UrlMode.RELATIVE` (slack-server-integration-common, soy/PluginResourceUrlSlackFunction.java).
 * SAL's own enum has more constants (ABSOLUTE, AUTO, ...); a constant is linked by name, so the subset is safe.
 */
package com.atlassian.sal.api;

public enum UrlMode {
    RELATIVE,
    CANONICAL
}
