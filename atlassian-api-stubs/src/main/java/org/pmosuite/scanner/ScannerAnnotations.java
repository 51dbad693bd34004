package org.pmosuite.scanner;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Fully qualified names of the annotations Spring Scanner 6 indexes, and how they map to index files. */
final class ScannerAnnotations {

    static final String SCANNER = "com.atlassian.plugin.spring.scanner.annotation.";

    /** Cross-product component stereotypes; each may carry a bean name as {@code value}. */
    static final Set<String> COMPONENTS = Set.of(
            "org.springframework.stereotype.Component",
            "org.springframework.stereotype.Service",
            "org.springframework.stereotype.Repository",
            "org.springframework.stereotype.Controller",
            "jakarta.inject.Named");

    /** Scanner 6 no longer indexes the javax flavour; using it silently drops the bean, so it is a compile error. */
    static final String JAVAX_NAMED = "javax.inject.Named";

    static final String COMPONENT_IMPORT = SCANNER + "imports.ComponentImport";
    static final String EXPORT_AS_SERVICE = SCANNER + "export.ExportAsService";
    static final String EXPORT_AS_DEV_SERVICE = SCANNER + "export.ExportAsDevService";
    static final String PROFILE = SCANNER + "Profile";
    static final String PRIMARY = "org.springframework.context.annotation.Primary";

    /** Products of the scanner's {@code ProductFilter} enum; the index file suffix is the lower-case name. */
    private static final Set<String> PRODUCTS =
            Set.of("jira", "confluence", "bamboo", "bitbucket", "stash", "crowd", "fecru", "refapp");

    private static final Pattern PRODUCT_COMPONENT =
            Pattern.compile(Pattern.quote(SCANNER + "component.") + "(\\w+)Component");
    private static final Pattern PRODUCT_IMPORT =
            Pattern.compile(Pattern.quote(SCANNER + "imports.") + "(\\w+)Import");

    private ScannerAnnotations() {
    }

    /** Index file stem for a component annotation ({@code component} or {@code component-jira}), if it is one. */
    static Optional<String> componentFile(String annotation) {
        if (COMPONENTS.contains(annotation)) {
            return Optional.of("component");
        }
        return product(PRODUCT_COMPONENT, annotation).map(product -> "component-" + product);
    }

    /** Index file stem for an import annotation ({@code imports} or {@code imports-jira}), if it is one. */
    static Optional<String> importFile(String annotation) {
        if (COMPONENT_IMPORT.equals(annotation)) {
            return Optional.of("imports");
        }
        return product(PRODUCT_IMPORT, annotation).map(product -> "imports-" + product);
    }

    private static Optional<String> product(Pattern pattern, String annotation) {
        Matcher matcher = pattern.matcher(annotation);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        String product = matcher.group(1).toLowerCase(Locale.ROOT);
        return PRODUCTS.contains(product) ? Optional.of(product) : Optional.empty();
    }
}
