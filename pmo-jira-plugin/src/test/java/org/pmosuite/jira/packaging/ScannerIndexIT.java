package org.pmosuite.jira.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Parameter;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import com.atlassian.plugin.spring.scanner.annotation.export.ExportAsService;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import org.junit.jupiter.api.Test;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Service;

/**
 * The Spring Scanner index in the jar says exactly what the annotations on the jar's classes say. Expected lines
 * are derived here by reflection, independently of the processor that wrote the index.
 */
class ScannerIndexIT extends PackagedJarTest {

    @Test
    void componentsMatchTheAnnotatedClasses() {
        Set<String> expected = new TreeSet<>();
        for (Class<?> type : appClasses()) {
            String name = beanName(type);
            if (name != null) {
                expected.add(name.isEmpty() ? type.getName() : type.getName() + "#" + name);
            }
        }
        assertThat(expected).as("the app declares components").isNotEmpty();
        assertThat(jar.indexLines("component")).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void importsMatchTheAnnotatedFieldsAndParameters() {
        Set<String> expected = new TreeSet<>();
        for (Class<?> type : appClasses()) {
            for (Field field : type.getDeclaredFields()) {
                addImport(expected, field, field.getType());
            }
            for (Constructor<?> constructor : type.getDeclaredConstructors()) {
                for (Parameter parameter : constructor.getParameters()) {
                    addImport(expected, parameter, parameter.getType());
                }
            }
        }
        assertThat(expected).as("the app imports host services").isNotEmpty();
        assertThat(jar.indexLines("imports")).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void exportsMatchTheExportedClasses() {
        Set<String> expected = new TreeSet<>();
        for (Class<?> type : appClasses()) {
            ExportAsService export = type.getAnnotation(ExportAsService.class);
            if (export != null) {
                List<Class<?>> interfaces = export.value().length > 0 ? List.of(export.value())
                        : List.of(type.getInterfaces());
                expected.add(type.getName() + "#" + String.join(",",
                        interfaces.stream().map(Class::getName).toList()));
            }
        }
        assertThat(jar.indexLines("exports")).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void everyImportedTypeIsAnInterfaceTheHostProvides() {
        for (String line : jar.indexLines("imports")) {
            Class<?> type = jar.indexedClass(line);
            assertThat(type.isInterface()).as(line + " is an interface").isTrue();
            assertThat(type.getName()).startsWith("com.atlassian.");
        }
    }

    @Test
    void theSpringContextReadsTheIndex() {
        String context = jar.text("META-INF/spring/plugin-context.xml").orElseThrow();
        assertThat(context).contains("http://www.atlassian.com/schema/atlassian-scanner/2")
                .contains("<atlassian-scanner:scan-indexes/>");
    }

    private static List<Class<?>> appClasses() {
        return jar.classNames().stream().<Class<?>>map(jar::loadClass).toList();
    }

    /** The bean name a component annotation gives, "" for the default name, or null when not a component. */
    private static String beanName(Class<?> type) {
        for (Annotation annotation : type.getAnnotations()) {
            if (annotation instanceof Component component) {
                return component.value();
            }
            if (annotation instanceof Service service) {
                return service.value();
            }
            if (annotation instanceof jakarta.inject.Named named) {
                return named.value();
            }
        }
        return null;
    }

    private static void addImport(Set<String> expected, AnnotatedElement element, Class<?> type) {
        ComponentImport annotation = element.getAnnotation(ComponentImport.class);
        if (annotation != null) {
            expected.add(annotation.value().isEmpty() ? type.getName() : type.getName() + "#" + annotation.value());
        }
    }
}
