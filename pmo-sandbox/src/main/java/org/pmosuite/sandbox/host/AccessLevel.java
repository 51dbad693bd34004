package org.pmosuite.sandbox.host;

import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The Platform 7+ access levels for REST resources and servlets, from the most open to the most closed. REST v2
 * reads them from {@code com.atlassian.plugins.rest.api.security.annotation}; servlets and filters from
 * {@code com.atlassian.annotations.security}.
 */
public enum AccessLevel {
    UNRESTRICTED("UnrestrictedAccess"),
    ANONYMOUS_SITE("AnonymousSiteAccess"),
    UNLICENSED_SITE("UnlicensedSiteAccess"),
    LICENSED("LicensedOnly"),
    ADMIN("AdminOnly"),
    SYSTEM_ADMIN("SystemAdminOnly");

    public static final String REST_PACKAGE = "com.atlassian.plugins.rest.api.security.annotation";
    public static final String SERVLET_PACKAGE = "com.atlassian.annotations.security";

    private final String annotation;

    AccessLevel(String annotation) {
        this.annotation = annotation;
    }

    public String annotation() {
        return annotation;
    }

    /**
     * The level an element declares with annotations from {@code annotationPackage}.
     *
     * @throws IllegalStateException when it declares more than one, which the platform would not accept either
     */
    public static Optional<AccessLevel> declaredOn(AnnotatedElement element, String annotationPackage) {
        List<AccessLevel> levels = new ArrayList<>();
        for (Annotation present : element.getAnnotations()) {
            for (AccessLevel level : values()) {
                if (present.annotationType().getName().equals(annotationPackage + "." + level.annotation)) {
                    levels.add(level);
                }
            }
        }
        if (levels.size() > 1) {
            throw new IllegalStateException(element + " declares several access levels: " + levels);
        }
        return levels.stream().findFirst();
    }
}
