/*
 * Stub of com.atlassian.plugin.spring.scanner.annotation.imports.JiraImport.
 * Checked against: decompiled atlassian-spring-scanner-annotation 2.x class, GitHub wjkennedy/DECOMPanalytics
 *   com/atlassian/plugin/spring/scanner/annotation/imports/JiraImport.java
 * Deviation: the real annotation is also meta-annotated with
 *   @com.atlassian.plugin.spring.scanner.annotation.OnlyInProduct(ProductFilter.JIRA); that meta-annotation (and
 *   ProductFilter) is not stubbed here. @ComponentImport meta-annotation is kept (the index processor may rely on it).
 */
package com.atlassian.plugin.spring.scanner.annotation.imports;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

@Target({ElementType.PARAMETER, ElementType.FIELD})
@Retention(RetentionPolicy.RUNTIME)
@ComponentImport
public @interface JiraImport {
    String value() default "";
}
