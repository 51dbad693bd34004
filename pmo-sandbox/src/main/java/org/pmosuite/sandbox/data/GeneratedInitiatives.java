package org.pmosuite.sandbox.data;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.SplittableRandom;

/**
 * The generator's part for a portfolio's items: every Epic and Initiative that {@link WorkItems} made gets a title
 * and a row of {@code initiative_field}: scoring inputs on their scales, estimates that agree with the job size, a
 * theme and an assignee from the project's people. A project whose issue type scheme offers no Initiative (one
 * with {@link GeneratedConfiguration#hasOwnConfiguration its own configuration}) has epics instead.
 *
 * <p>About {@value #MISSING_SHARE}% of the items lack at least one input, as a portfolio does before every score is
 * in. Its random numbers are its own, drawn only for the portfolio items, so the other parts' data stays as it was.
 */
final class GeneratedInitiatives {

    static final String INSERT = "INSERT INTO initiative_field (issue_id, business_value, time_criticality, "
            + "risk_reduction, job_size, reach, impact, confidence, effort, ease, moscow, cost_of_delay, "
            + "duration_weeks, story_points, person_days, budget, theme, assignee_user_key) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    /** Percent of portfolio items missing at least one scoring input. */
    static final int MISSING_SHARE = 5;
    /** Percent of titles taken from {@link PortfolioTexts#MARKUP_TITLES}, in order. */
    static final int MARKUP_SHARE = 2;

    private static final double[] FIBONACCI = {1, 2, 3, 5, 8, 13, 20};
    /** How often each Fibonacci value is given, for value-like inputs (business value, ...) and for job size. */
    private static final int[] VALUE_WEIGHTS = {10, 18, 22, 20, 15, 10, 5};
    private static final int[] SIZE_WEIGHTS = {4, 10, 20, 26, 22, 12, 6};
    private static final double[] IMPACT = {0.25, 0.5, 1, 2, 3};
    private static final int[] IMPACT_WEIGHTS = {10, 25, 35, 20, 10};
    private static final double[] CONFIDENCE = {100, 80, 50};
    private static final int[] CONFIDENCE_WEIGHTS = {30, 45, 25};
    /** Won't, Could, Should, Must. */
    private static final int[] MOSCOW_WEIGHTS = {12, 28, 35, 25};
    private static final int[] THEME_WEIGHTS = {34, 28, 20, 18};
    private static final double[] STORY_POINTS = {1, 2, 3, 5, 8, 13, 20, 40, 100};
    /** The twelve inputs and three estimates, in {@link #INSERT}'s order from its second parameter. */
    private static final int NUMBERS = 15;

    private final SplittableRandom random;
    private PeopleAndProjects.Project project;
    private int markupTitles;
    /** The numbers of the current item, as {@link #INSERT} binds them from its second parameter; null: missing. */
    private final Double[] numbers = new Double[NUMBERS];

    GeneratedInitiatives(SplittableRandom random) {
        this.random = random;
    }

    /** Whether the row is a portfolio item: an Epic or an Initiative. */
    static boolean isPortfolioItem(IssueRow row) {
        return "Epic".equals(row.issueType) || "Initiative".equals(row.issueType);
    }

    void startProject(PeopleAndProjects.Project next) {
        project = next;
    }

    /**
     * Gives a portfolio item its title and its fields, added to {@code insert}'s batch, and answers true; answers
     * false for any other row and leaves it as it is.
     */
    boolean fill(IssueRow row, PreparedStatement insert) throws SQLException {
        if (!isPortfolioItem(row)) {
            return false;
        }
        if (row.issueType.equals("Initiative") && GeneratedConfiguration.hasOwnConfiguration(project.index())) {
            row.issueType = "Epic";
        }
        row.summary = title();
        inputsAndEstimates();
        insert.setLong(1, row.id);
        for (int i = 0; i < NUMBERS; i++) {
            if (numbers[i] == null) {
                insert.setNull(i + 2, Types.DOUBLE);
            } else {
                insert.setDouble(i + 2, numbers[i]);
            }
        }
        int themeRoll = random.nextInt(100);
        insert.setString(17, themeRoll < 4 ? null : PortfolioTexts.THEMES[weighted(THEME_WEIGHTS)]);
        insert.setString(18, assignee());
        insert.addBatch();
        return true;
    }

    private String title() {
        if (random.nextInt(100) < MARKUP_SHARE) {
            return PortfolioTexts.MARKUP_TITLES[markupTitles++ % PortfolioTexts.MARKUP_TITLES.length];
        }
        String goal = PortfolioTexts.pick(PortfolioTexts.INITIATIVES, random);
        int form = random.nextInt(100);
        if (form < 15) {
            return project.ref().name() + ": " + goal;
        }
        return form < 35 ? goal + ", phase " + (2 + random.nextInt(3)) : goal;
    }

    /**
     * The inputs on their scales, and estimates that agree with the job size: person-days from it, story points,
     * effort (person-months of 20 days) and budget (a day rate) from the person-days, ease the smaller the job.
     */
    private void inputsAndEstimates() {
        int size = weighted(SIZE_WEIGHTS);
        double businessValue = FIBONACCI[weighted(VALUE_WEIGHTS)];
        double timeCriticality = FIBONACCI[weighted(VALUE_WEIGHTS)];
        double riskReduction = FIBONACCI[weighted(VALUE_WEIGHTS)];
        double personDays = Math.max(1, Math.round(FIBONACCI[size] * (6 + random.nextInt(9))));
        double weeks = Math.max(1, Math.ceil(personDays / (5.0 * (2 + random.nextInt(5)))));
        numbers[0] = businessValue;
        numbers[1] = timeCriticality;
        numbers[2] = riskReduction;
        numbers[3] = FIBONACCI[size];
        // Reach per quarter: from a few dozen to a couple of hundred thousand, most in the thousands.
        numbers[4] = (double) Math.round(Math.exp(3.5 + random.nextDouble() * 8.7));
        numbers[5] = IMPACT[weighted(IMPACT_WEIGHTS)];
        numbers[6] = CONFIDENCE[weighted(CONFIDENCE_WEIGHTS)];
        numbers[7] = Math.max(0.5, Math.round(personDays / 20 * 2) / 2.0);
        numbers[8] = (double) Math.max(1, Math.min(10, 9 - size + random.nextInt(-1, 3)));
        numbers[9] = (double) (1 + weighted(MOSCOW_WEIGHTS));
        // Cost of delay per week, in money, rising with the value-like inputs.
        numbers[10] = Math.round((businessValue + timeCriticality + riskReduction) * (400 + random.nextInt(1_200))
                / 100.0) * 100.0;
        numbers[11] = weeks;
        numbers[12] = nearest(STORY_POINTS, personDays / 2.5);
        numbers[13] = personDays;
        numbers[14] = personDays * (550 + 50 * random.nextInt(14));
        if (random.nextInt(100) < MISSING_SHARE) {
            // One to three inputs not filled in yet.
            int missing = 1 + random.nextInt(3);
            for (int i = 0; i < missing; i++) {
                numbers[random.nextInt(12)] = null;
            }
        }
        if (random.nextInt(100) < 4) {
            numbers[12 + random.nextInt(3)] = null;
        }
    }

    /** Mostly the project's team, then its lead and the PMO lead; some items are not assigned yet. */
    private String assignee() {
        int who = random.nextInt(100);
        if (who < 10) {
            return null;
        }
        if (who < 35) {
            return project.lead();
        }
        if (who < 45) {
            return PortfolioGenerator.PMO_LEAD;
        }
        return project.team().get(who < 70 ? 0 : who < 88 ? 1 : 2);
    }

    /** An index drawn with the given weights. */
    private int weighted(int[] weights) {
        int total = 0;
        for (int weight : weights) {
            total += weight;
        }
        int roll = random.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            roll -= weights[i];
            if (roll < 0) {
                return i;
            }
        }
        throw new IllegalStateException("unreachable");
    }

    private static double nearest(double[] values, double target) {
        double best = values[0];
        for (double value : values) {
            if (Math.abs(value - target) < Math.abs(best - target)) {
                best = value;
            }
        }
        return best;
    }
}
