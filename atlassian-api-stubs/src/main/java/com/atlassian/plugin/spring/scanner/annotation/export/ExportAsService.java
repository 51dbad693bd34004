/*
 * Stub of com.atlassian.plugin.spring.scanner.annotation.export.ExportAsService.
 * Checked against: decompiled atlassian-spring-scanner-annotation 2.x class, GitHub wjkennedy/DECOMPanalytics
 *   com/atlassian/plugin/spring/scanner/annotation/export/ExportAsService.java
 * unverified: identical in scanner 6.0.0.
 */
package com.atlassian.plugin.spring.scanner.annotation.export;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

@Target({ElementType.TYPE, ElementType.FIELD})
@Retention(RetentionPolicy.RUNTIME)
public @interface ExportAsService {
    Class<?>[] value() default {};
}
