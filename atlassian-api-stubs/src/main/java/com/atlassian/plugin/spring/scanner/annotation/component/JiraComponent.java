/*
 * Stub of com.atlassian.plugin.spring.scanner.annotation.component.JiraComponent.
 * Checked against: decompiled atlassian-spring-scanner-annotation 2.x class, GitHub wjkennedy/DECOMPanalytics
 *   com/atlassian/plugin/spring/scanner/annotation/component/JiraComponent.java
 * Deviation: the real annotation is meta-annotated with @org.springframework.stereotype.Component and
 *   @OnlyInProduct(ProductFilter.JIRA). Spring is not on this module's classpath, so neither meta-annotation is
 *   reproduced; the index processor must treat JiraComponent as a component annotation by name.
 */
package com.atlassian.plugin.spring.scanner.annotation.component;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

@Target({ElementType.TYPE, ElementType.PARAMETER, ElementType.FIELD})
@Retention(RetentionPolicy.RUNTIME)
public @interface JiraComponent {
    String value() default "";
}
