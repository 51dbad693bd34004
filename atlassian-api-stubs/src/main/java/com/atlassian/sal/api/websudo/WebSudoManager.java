/*
 * Stub of com.atlassian.sal.api.websudo.WebSudoManager (interface).
 * Checked against: https://docs.atlassian.com/sal-parent/3.0.0/apidocs/com/atlassian/sal/api/websudo/WebSudoManager.html
 *   (SAL 3.0.0: boolean canExecuteRequest(HttpServletRequest), void enforceWebSudoProtection(HttpServletRequest,
 *   HttpServletResponse), void willExecuteWebSudoRequest(HttpServletRequest) throws WebSudoSessionException) and
 *   https://docs.atlassian.com/ConfluenceServer/javadoc/9.3.2/com/atlassian/sal/confluence/websudo/ConfluenceWebSudoManager.html
 *   (Confluence 9.3.2, same three methods, still javax.servlet).
 * Platform 8 / Jira 11: servlet types switched to jakarta.servlet (Jakarta EE 10) per RFC-77
 *   https://community.developer.atlassian.com/t/rfc-77-upgrades-to-spring-and-jakarta-versions/87025
 *   unverified: no SAL 7 / Platform 8 javadoc page with jakarta signatures exists in the docs corpus.
 */
package com.atlassian.sal.api.websudo;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

public interface WebSudoManager {
    boolean canExecuteRequest(HttpServletRequest request);

    void enforceWebSudoProtection(HttpServletRequest request, HttpServletResponse response);

    void willExecuteWebSudoRequest(HttpServletRequest request) throws WebSudoSessionException;
}
