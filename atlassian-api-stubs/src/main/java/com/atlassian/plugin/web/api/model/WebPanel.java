/*
 * Stub of com.atlassian.plugin.web.api.model.WebPanel (interface).
 * Checked against:
 *   - the webfragment javadoc and source of the interface, then in com.atlassian.plugin.web.model
 *     (docs.atlassian.com/atlassian-plugins-webfragment-parent/5.3.2/xref/com/atlassian/plugin/web/model/WebPanel.html):
 *     `String getHtml(Map<String, Object> context)`, `void writeHtml(Writer writer, Map<String, Object> context)
 *     throws IOException`;
 *   - a Jira 11.0.0 app, atlassian-labs/atlassian-slack-integration-server, jira-slack-server-integration-plugin
 *     web/panels/IssueWebPanel.java: implements com.atlassian.plugin.web.api.model.WebPanel with those two methods,
 *     for a web-panel at atl.jira.view.issue.right.context.
 */
package com.atlassian.plugin.web.api.model;

import java.io.IOException;
import java.io.Writer;
import java.util.Map;

public interface WebPanel {
    String getHtml(Map<String, Object> context);

    void writeHtml(Writer writer, Map<String, Object> context) throws IOException;
}
