/*
 * Stub of com.atlassian.plugins.rest.api.security.annotation.UnlicensedSiteAccess (marker annotation, no elements).
 * Checked against: REST v2 (atlassian-rest-v2-api, Platform 7+). Names confirmed by https://developer.atlassian.com/platform/marketplace/dc-apps-platform-7-preparing-for-secure-endpoints/ and by real Jira 10 / Crowd plugin sources importing com.atlassian.plugins.rest.api.security.annotation.UnlicensedSiteAccess.
 * unverified: exact @Target. RUNTIME retention is required (checked at request time) and is what the REST v1
 *   predecessor com.atlassian.plugins.rest.common.security.UnrestrictedAccess uses (decompiled: RUNTIME,
 *   {TYPE, METHOD, PACKAGE}). The stub uses that same, possibly broader, target set: @Target only affects
 *   compilation, while the RUNTIME retention written into our class files is what the real framework reads.
 */
package com.atlassian.plugins.rest.api.security.annotation;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

@Target({ElementType.TYPE, ElementType.METHOD, ElementType.PACKAGE})
@Retention(RetentionPolicy.RUNTIME)
public @interface UnlicensedSiteAccess {
}
