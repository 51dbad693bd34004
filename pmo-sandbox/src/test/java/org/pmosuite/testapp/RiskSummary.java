package org.pmosuite.testapp;

/** Stands in for an app class handed to a template; only some of its methods are allowlisted in the test. */
public final class RiskSummary {

    private final String title;

    public RiskSummary(String title) {
        this.title = title;
    }

    public String getTitle() {
        return title;
    }

    /** Named like trusted HTML, so the renderer does not escape it. */
    public String getTitleHtml() {
        return "<em>" + title + "</em>";
    }

    public String getOwner() {
        return "Daniel Brandt";
    }
}
