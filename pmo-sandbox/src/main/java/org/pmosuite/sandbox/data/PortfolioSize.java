package org.pmosuite.sandbox.data;

import java.util.Locale;
import java.util.Optional;

/**
 * How big a generated portfolio is. {@code ENTERPRISE} matches the enterprise dataset of Atlassian's Data Center
 * app performance toolkit (about 500 projects and 1M issues).
 *
 * @param projects             projects generated
 * @param issues               issues generated across all projects
 * @param restrictedProjects   projects the project manager may browse
 */
public enum PortfolioSize {
    DEMO(20, 5_000, 4),
    ENTERPRISE(500, 1_000_000, 100);

    private final int projects;
    private final int issues;
    private final int restrictedProjects;

    PortfolioSize(int projects, int issues, int restrictedProjects) {
        this.projects = projects;
        this.issues = issues;
        this.restrictedProjects = restrictedProjects;
    }

    public int projects() {
        return projects;
    }

    public int issues() {
        return issues;
    }

    /** How many projects the project manager may browse. */
    public int restrictedProjects() {
        return restrictedProjects;
    }

    /** The name used on the command line and for the data subfolder, e.g. {@code demo}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<PortfolioSize> parse(String text) {
        for (PortfolioSize size : values()) {
            if (size.id().equalsIgnoreCase(text == null ? "" : text.trim())) {
                return Optional.of(size);
            }
        }
        return Optional.empty();
    }
}
