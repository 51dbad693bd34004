/*
 * Stub of com.atlassian.annotations.security.XsrfProtectionExcluded (marker annotation).
 * Checked against: existence/FQN confirmed in decompiled Confluence / UPM / OAuth2-provider sources in the code index
 *   (e.g. `import com.atlassian.annotations.security.XsrfProtectionExcluded;` on REST resources and actions).
 *   No javadoc page found. unverified: exact @Target; RUNTIME retention is required (read reflectively).
 */
package com.atlassian.annotations.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface XsrfProtectionExcluded {
}
