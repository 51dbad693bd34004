/*
 * Stub of com.atlassian.sal.api.websudo.WebSudoRequired (marker annotation).
 * Checked against: https://docs.atlassian.com/sal-parent/3.0.0/apidocs/com/atlassian/sal/api/websudo/WebSudoRequired.html
 *   ("can be applied on the package, type and method level") and the SAL source in the code index:
 *   @Retention(RUNTIME) @Target({PACKAGE, METHOD, TYPE}) @Inherited, since 2.2.
 */
package com.atlassian.sal.api.websudo;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.PACKAGE, ElementType.METHOD, ElementType.TYPE})
@Inherited
public @interface WebSudoRequired {
}
