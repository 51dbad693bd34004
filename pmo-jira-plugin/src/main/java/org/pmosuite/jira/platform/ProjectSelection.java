package org.pmosuite.jira.platform;

import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import org.pmosuite.core.common.ProjectRef;

/**
 * The project a page's {@code ?project=} parameter asks for, matched case-insensitively among the projects the viewer
 * may browse. A key that matches none of them is {@link #unknown() unknown}: the page answers 404 and names it.
 *
 * @param requested the trimmed parameter, empty when absent
 * @param selected the matching browsable project
 */
public record ProjectSelection(String requested, Optional<ProjectRef> selected) {

    public static ProjectSelection of(HttpServletRequest request, List<ProjectRef> browsable) {
        String requested = Optional.ofNullable(request.getParameter("project")).map(String::trim).orElse("");
        return new ProjectSelection(requested,
                browsable.stream().filter(p -> p.key().equalsIgnoreCase(requested)).findFirst());
    }

    public boolean unknown() {
        return !requested.isEmpty() && selected.isEmpty();
    }

    public String selectedKey() {
        return selected.map(ProjectRef::key).orElse("");
    }

    /** The requested key when it is unknown, for the page to name; empty otherwise. */
    public String unknownKey() {
        return unknown() ? requested : "";
    }
}
