/*
 * Stub of com.atlassian.webresource.api.assembler.RequiredResources (interface).
 * Checked against: no webresource-api javadoc page was found in the docs corpus.
 * unverified: requireWebResource(String) returning RequiredResources (fluent).
 */
package com.atlassian.webresource.api.assembler;

public interface RequiredResources {
    RequiredResources requireWebResource(String moduleCompleteKey);
}
