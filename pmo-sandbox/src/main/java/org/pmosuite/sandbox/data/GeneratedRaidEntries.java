package org.pmosuite.sandbox.data;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The generator's part for RAID entries: which issues are RAID entries and every RAID field they carry. Its random
 * numbers are its own, and it draws the same number for every issue to decide whether it is a RAID entry, so what
 * other parts generate never changes the RAID data.
 *
 * <p>Dates are relative to the generation date, so the data looks alike whichever day it is generated: reviews and
 * need-by dates around today, some of them passed.
 */
final class GeneratedRaidEntries {

    /** Percent of issues that are RAID entries. */
    static final int RAID_SHARE = 30;
    /** Percent of dependencies on an issue of another project. */
    static final int CROSS_PROJECT_SHARE = 35;

    private final SplittableRandom random;
    private final List<PeopleAndProjects.Project> projects;
    private final LocalDateTime now;
    private final LocalDate today;
    private PeopleAndProjects.Project project;
    private int riskAppetite;
    private int hostilePlans;

    GeneratedRaidEntries(SplittableRandom random, List<PeopleAndProjects.Project> projects, LocalDateTime now) {
        this.random = random;
        this.projects = projects;
        this.now = now;
        this.today = now.toLocalDate();
    }

    void startProject(PeopleAndProjects.Project next) {
        project = next;
        // Each project has its own risk appetite, so portfolios of different projects look different.
        riskAppetite = random.nextInt(-1, 2);
    }

    /** Makes the row a RAID entry and answers true, or answers false and leaves it to another part. */
    boolean fill(IssueRow row) {
        if (random.nextInt(100) >= RAID_SHARE) {
            return false;
        }
        int kind = random.nextInt(100);
        String[] summaries;
        if (kind < 40) {
            row.raidType = "RISK";
            row.issueType = "Risk";
            summaries = PortfolioTexts.RISKS;
        } else if (kind < 65) {
            row.raidType = "ISSUE";
            row.issueType = "Issue";
            summaries = PortfolioTexts.ISSUES;
        } else if (kind < 85) {
            row.raidType = "DEPENDENCY";
            row.issueType = "Dependency";
            summaries = PortfolioTexts.DEPENDENCIES;
        } else {
            row.raidType = "ASSUMPTION";
            row.issueType = "Assumption";
            summaries = PortfolioTexts.ASSUMPTIONS;
        }
        row.summary = PortfolioTexts.pick(summaries, random);
        int state = random.nextInt(100);
        row.status(state < 35 ? "Open" : state < 70 ? (row.raidType.equals("ISSUE") ? "In Progress" : "Mitigating")
                : "Closed");
        row.lifecycle(random, now);
        rate(row);
        row.ownerKey = owner();
        row.roamStatus = roam(row);
        row.responsePlan = responsePlan(row);
        dates(row);
        return true;
    }

    private void rate(IssueRow row) {
        int rated = random.nextInt(100);
        if (rated < 7) {
            return;
        }
        row.probability = rating();
        row.impact = rating();
        if (rated < 12) {
            // Half rated: one of the two is still missing.
            if (random.nextBoolean()) {
                row.probability = null;
            } else {
                row.impact = null;
            }
        }
    }

    /** A 1-5 rating, most often in the middle, shifted by the project's risk appetite. */
    private int rating() {
        int roll = random.nextInt(100);
        int rating = roll < 15 ? 1 : roll < 40 ? 2 : roll < 70 ? 3 : roll < 90 ? 4 : 5;
        return Math.max(1, Math.min(5, rating + (random.nextInt(3) == 0 ? riskAppetite : 0)));
    }

    /** Mostly the project's team, then its lead and the PMO lead; some entries have no owner yet. */
    private String owner() {
        int who = random.nextInt(100);
        if (who < 8) {
            return null;
        }
        if (who < 26) {
            return project.lead();
        }
        if (who < 33) {
            return PortfolioGenerator.PMO_LEAD;
        }
        return project.team().get(who < 63 ? 0 : who < 85 ? 1 : 2);
    }

    /** Closed entries are mostly resolved; open ones a mix, some not yet ROAMed. */
    private String roam(IssueRow row) {
        int roll = random.nextInt(100);
        if (row.done()) {
            return roll < 85 ? "RESOLVED" : roll < 92 ? "MITIGATED" : roll < 97 ? "ACCEPTED" : null;
        }
        if (!row.raidType.equals("RISK") && roll < 30) {
            return null;
        }
        if (row.statusCategory.equals("new")) {
            return roll < 40 ? null : roll < 75 ? "OWNED" : roll < 90 ? "ACCEPTED" : "MITIGATED";
        }
        return roll < 10 ? null : roll < 55 ? "OWNED" : roll < 80 ? "MITIGATED" : roll < 96 ? "ACCEPTED" : "RESOLVED";
    }

    /**
     * Most high risks and issues have a plan, but not all: a high or critical risk without one is what the RAID log
     * flags for attention. Some plans are hostile-looking texts.
     */
    private String responsePlan(IssueRow row) {
        int share = switch (row.raidType) {
            case "RISK" -> row.probability != null && row.impact != null && row.probability * row.impact >= 11 ? 82
                    : 55;
            case "ISSUE" -> 75;
            default -> 25;
        };
        int roll = random.nextInt(100);
        if (roll >= share) {
            // Blank: mostly never filled in, sometimes cleared to spaces.
            return random.nextInt(100) < 92 ? null : random.nextBoolean() ? "" : "   ";
        }
        if (random.nextInt(100) < 3) {
            return PortfolioTexts.HOSTILE_PLANS[hostilePlans++ % PortfolioTexts.HOSTILE_PLANS.length];
        }
        int steps = 1 + random.nextInt(3);
        StringBuilder plan = new StringBuilder(PortfolioTexts.pick(PortfolioTexts.PLAN_STEPS, random));
        boolean list = random.nextInt(4) == 0;
        for (int i = 1; i < steps; i++) {
            plan.append(list ? "\n- " : ". ").append(PortfolioTexts.pick(PortfolioTexts.PLAN_STEPS, random));
        }
        return list ? "- " + plan : plan.append('.').toString();
    }

    private void dates(IssueRow row) {
        boolean open = !row.done();
        LocalDate resolved = open ? null : row.resolved.toLocalDate();
        if ((row.raidType.equals("RISK") || row.raidType.equals("ISSUE")) && random.nextInt(100) < 85) {
            row.proximity = open ? today.plusDays(random.nextInt(-30, 181)) : resolved.minusDays(random.nextInt(30));
        }
        if (random.nextInt(100) < 90) {
            // A fifth of the open entries are overdue for review.
            row.reviewDate = !open ? resolved.minusDays(random.nextInt(21))
                    : random.nextInt(100) < 20 ? today.minusDays(1 + random.nextInt(60))
                    : today.plusDays(random.nextInt(61));
        }
        if (row.raidType.equals("ASSUMPTION") && random.nextInt(100) < 90) {
            row.validateBy = !open ? resolved.minusDays(random.nextInt(30))
                    : random.nextInt(100) < 25 ? today.minusDays(1 + random.nextInt(60))
                    : today.plusDays(random.nextInt(151));
        }
        if (row.raidType.equals("DEPENDENCY") && random.nextInt(100) < 92) {
            row.dependsOnIssueId = dependedOn(row.id);
            if (random.nextInt(100) < 90) {
                row.needBy = !open ? resolved.plusDays(random.nextInt(-20, 10))
                        : random.nextInt(100) < 30 ? today.minusDays(1 + random.nextInt(45))
                        : today.plusDays(random.nextInt(121));
            }
        }
    }

    /** An issue of another project for a share of the dependencies, else another issue of this project. */
    private Long dependedOn(long self) {
        PeopleAndProjects.Project target = project;
        if (projects.size() > 1 && random.nextInt(100) < CROSS_PROJECT_SHARE) {
            do {
                target = projects.get(random.nextInt(projects.size()));
            } while (target == project || target.issues() == 0);
        }
        if (target.issues() < 2 && target == project) {
            return null;
        }
        long id;
        do {
            id = target.firstIssue() + random.nextInt(target.issues());
        } while (id == self);
        return id;
    }
}
