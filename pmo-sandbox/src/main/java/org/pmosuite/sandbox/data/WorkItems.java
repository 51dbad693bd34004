package org.pmosuite.sandbox.data;

import java.time.LocalDateTime;
import java.util.SplittableRandom;

/**
 * The generator's part for the issues that are no RAID entries: stories, tasks, bugs, epics and initiatives (which
 * {@link GeneratedInitiatives} then gives their titles and portfolio fields).
 */
final class WorkItems {

    private final SplittableRandom random;
    private final LocalDateTime now;

    WorkItems(SplittableRandom random, LocalDateTime now) {
        this.random = random;
        this.now = now;
    }

    void fill(IssueRow row) {
        int kind = random.nextInt(100);
        row.issueType = kind < 45 ? "Story" : kind < 70 ? "Task" : kind < 88 ? "Bug" : kind < 92 ? "Epic"
                : "Initiative";
        row.summary = PortfolioTexts.pick(PortfolioTexts.WORK, random);
        int state = random.nextInt(100);
        row.status(state < 30 ? "To Do" : state < 55 ? "In Progress" : state < 65 ? "In Review" : "Done");
        row.lifecycle(random, now);
    }
}
