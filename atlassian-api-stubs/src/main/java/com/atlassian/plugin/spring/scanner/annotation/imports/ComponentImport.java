/*
 * Stub of com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport.
 * Checked against: decompiled atlassian-spring-scanner-annotation 2.x class, GitHub wjkennedy/DECOMPanalytics
 *   com/atlassian/plugin/spring/scanner/annotation/imports/ComponentImport.java (and a 2nd CFR decompile in the
 *   code index, same result). No docs.atlassian.com javadoc page for the scanner annotations was found in the
 *   docs corpus; scanner README: https://bitbucket.org/atlassian/atlassian-spring-scanner
 * unverified: that scanner 6.0.0 (Platform 8) keeps the identical targets; the element/targets have been stable 2.x-5.x.
 */
package com.atlassian.plugin.spring.scanner.annotation.imports;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

@Target({ElementType.PARAMETER, ElementType.ANNOTATION_TYPE, ElementType.FIELD})
@Retention(RetentionPolicy.RUNTIME)
public @interface ComponentImport {
    String value() default "";
}
