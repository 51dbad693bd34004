package org.pmosuite.jira.portfolio.field;

/** One choice of a scoring input on a discrete scale, for the edit template. */
public record ScoringFieldOption(String value, String label) {

    public String getValue() {
        return value;
    }

    public String getLabel() {
        return label;
    }
}
