/*
 * Stub of com.atlassian.webresource.api.assembler.PageBuilderService (interface).
 * Checked against: FQN confirmed as a constructor parameter type on
 *   https://docs.atlassian.com/ConfluenceServer/javadoc/7.19.14/com/atlassian/confluence/setup/velocity/VelocityFriendlyPageBuilderService.html
 *   No webresource-api javadoc page for the interface itself was found.
 * unverified: WebResourceAssembler assembler().
 */
package com.atlassian.webresource.api.assembler;

public interface PageBuilderService {
    WebResourceAssembler assembler();
}
