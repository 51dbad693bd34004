/*
 * Stub of com.atlassian.annotations.security.SystemAdminOnly (marker annotation, no elements).
 * Checked against: atlassian-annotations (servlet / servlet-filter / webwork level). Names confirmed by https://developer.atlassian.com/platform/marketplace/dc-apps-platform-7-preparing-for-secure-endpoints/ ("This update also extends to Servlet and Servlet Filter endpoints") and real Confluence 9 plugin code importing com.atlassian.annotations.security.UnrestrictedAccess.
 * unverified: exact @Target. RUNTIME retention is required (checked at request time) and is what the REST v1
 *   predecessor com.atlassian.plugins.rest.common.security.UnrestrictedAccess uses (decompiled: RUNTIME,
 *   {TYPE, METHOD, PACKAGE}). The stub uses that same, possibly broader, target set: @Target only affects
 *   compilation, while the RUNTIME retention written into our class files is what the real framework reads.
 */
package com.atlassian.annotations.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

@Target({ElementType.TYPE, ElementType.METHOD, ElementType.PACKAGE})
@Retention(RetentionPolicy.RUNTIME)
public @interface SystemAdminOnly {
}
