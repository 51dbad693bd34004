package org.pmosuite.sandbox.host.page;

import java.util.List;

/**
 * Jira's issue view, as far as the app's web panels need it: the issue's header, and the panels of the right column.
 * Without an issue ({@code key} empty) the page says Jira's "does not exist or no permission" message, the same for a
 * missing issue and a hidden one.
 *
 * @param askedKey the key in the URL, shown in the refusal
 */
public record IssueView(String key, String askedKey, String summary, String issueType, String status,
        String projectName, String projectHref, List<Panel> panels) {

    public IssueView {
        panels = List.copyOf(panels);
    }

    /** The refusal page for a key that names no issue the viewer may see. */
    public static IssueView notFound(String askedKey) {
        return new IssueView("", askedKey, "", "", "", "", "", List.of());
    }

    /**
     * One web panel.
     *
     * @param bodyHtml what the panel class wrote: HTML the app escaped itself, inserted as it is
     */
    public record Panel(String key, String label, String bodyHtml) {
    }
}
