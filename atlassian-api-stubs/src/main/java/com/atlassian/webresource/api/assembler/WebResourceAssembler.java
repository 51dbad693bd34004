/*
 * Stub of com.atlassian.webresource.api.assembler.WebResourceAssembler (interface).
 * Checked against: no webresource-api javadoc page was found in the docs corpus (WebResourceAssemblerFactory from the
 *   same package is referenced on ConfluenceServer 7.19.14 pages).
 * unverified: RequiredResources resources().
 */
package com.atlassian.webresource.api.assembler;

public interface WebResourceAssembler {
    RequiredResources resources();
}
