package org.pmosuite.sandbox.data;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.pmosuite.core.common.Actor;
import org.pmosuite.core.common.ProjectAccess;
import org.pmosuite.core.common.ProjectRef;
import org.pmosuite.core.portfolio.IntakeDecision;
import org.pmosuite.core.portfolio.IntakeRequest;
import org.pmosuite.core.portfolio.IntakeState;
import org.pmosuite.core.portfolio.PortfolioDraft;
import org.pmosuite.core.portfolio.PortfolioRepository;
import org.pmosuite.core.portfolio.PortfolioService;
import org.pmosuite.core.portfolio.ScenarioDraft;
import org.pmosuite.core.portfolio.ScenarioService;
import org.pmosuite.core.portfolio.StoredPortfolio;
import org.pmosuite.core.portfolio.scoring.ScoringConfigurationDraft;
import org.pmosuite.core.portfolio.scoring.ScoringInput;
import org.pmosuite.core.portfolio.scoring.ScoringInputs;

/**
 * The demo's portfolios, made through the app's own services on the first start, as the PMO lead would make them.
 * Both presets get a WSJF portfolio of every project's initiatives and epics, a RICE portfolio of the initiatives and epics of
 * the project manager's projects, a what-if scenario and a few intake requests waiting for a decision (one of them
 * waiting for the project manager's answer). Capacity is a third of the story points in scope, so the cut line falls
 * inside the list. On the enterprise preset the first portfolio holds every initiative and epic of its 500 projects (84,145).
 */
public final class DemoPortfolios {

    /** The name of the portfolio of every project's initiatives. */
    public static final String ALL_INITIATIVES = "Digital growth 2027";
    /** The name of the RICE portfolio of the project manager's projects. */
    public static final String CUSTOMER = "Customer experience";

    private DemoPortfolios() {
    }

    public static void ensure(PortfolioService portfolios, ScenarioService scenarios, PortfolioRepository repository,
            ProjectAccess projects, SandboxDatabase database) {
        if (!repository.portfolios().isEmpty()) {
            return;
        }
        Actor lead = new Actor(PortfolioGenerator.PMO_LEAD, "PMO lead");
        Actor manager = new Actor(PortfolioGenerator.PROJECT_MANAGER, "Project manager");
        List<String> all = projects.browsableProjects(lead).stream().map(ProjectRef::key).toList();
        List<String> managed = projects.browsableProjects(manager).stream().map(ProjectRef::key).toList();
        if (all.isEmpty()) {
            return;
        }
        StoredPortfolio growth = portfolios.create(lead, new PortfolioDraft(ALL_INITIATIVES,
                "Every initiative of the portfolio, ranked by weighted shortest job first for the steering committee.",
                all, List.of("Initiative", "Epic"), null, new ScoringConfigurationDraft("WSJF", null, null),
                "STORY_POINTS", capacity(database, all, List.of("Initiative", "Epic")), "2027", List.of(), managed.isEmpty() ? all.get(0)
                        : managed.get(0)));
        if (!managed.isEmpty()) {
            portfolios.create(lead, new PortfolioDraft(CUSTOMER,
                    "Customer-facing work of the delivery teams, by reach, impact, confidence and effort.", managed,
                    List.of("Initiative", "Epic"), null, new ScoringConfigurationDraft("RICE", null, null),
                    "STORY_POINTS", capacity(database, managed, List.of("Initiative", "Epic")), "2027 H1",
                    List.of(PortfolioGenerator.PROJECT_MANAGER), managed.get(0)));
        }
        scenarios.create(lead, growth.id(), new ScenarioDraft("Half as much again", null, null,
                Math.round(growth.definition().capacity().amount() * 1.5) * 1.0, "2027", Map.of()));
        requests(repository, growth, manager, lead);
    }

    /** A third of the story points of the scope's initiatives, whole. */
    private static double capacity(SandboxDatabase database, List<String> projectKeys, List<String> issueTypes) {
        String sql = "SELECT COALESCE(SUM(f.story_points), 0) FROM initiative_field f JOIN issue i ON i.id = f.issue_id"
                + " JOIN project p ON p.id = i.project_id WHERE p.pkey = ANY(?) AND i.issue_type = ANY(?)";
        try (Connection connection = database.connection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setArray(1, connection.createArrayOf("VARCHAR", projectKeys.toArray()));
            statement.setArray(2, connection.createArrayOf("VARCHAR", issueTypes.toArray()));
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return Math.max(1, Math.round(rows.getDouble(1) / 3));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not sum the demo's story points", e);
        }
    }

    private static void requests(PortfolioRepository repository, StoredPortfolio portfolio, Actor manager,
            Actor lead) {
        Instant now = Clock.systemUTC().instant();
        List<Object[]> pending = new ArrayList<>();
        pending.add(new Object[] {"Self-service refunds in the mobile app", "Refund calls are 18% of contact volume;"
                + " self-service would cut them by half.", "Head of Customer Care", 13.0, 8.0, 3.0, 5.0});
        pending.add(new Object[] {"Supplier risk <screening> & onboarding", "Regulators expect screening of every new"
                + " supplier from Q3.", "Chief Risk Officer", 8.0, 20.0, 13.0, 8.0});
        pending.add(new Object[] {"Data platform cost review", "Storage costs grew 40% last year.", "CFO", 5.0, 3.0,
                2.0, null});
        int hours = 30;
        for (Object[] request : pending) {
            Map<ScoringInput, Double> inputs = new EnumMap<>(ScoringInput.class);
            inputs.put(ScoringInput.BUSINESS_VALUE, (Double) request[3]);
            inputs.put(ScoringInput.TIME_CRITICALITY, (Double) request[4]);
            inputs.put(ScoringInput.RISK_REDUCTION, (Double) request[5]);
            inputs.put(ScoringInput.JOB_SIZE, (Double) request[6]);
            repository.createIntakeRequest(new IntakeRequest(0, portfolio.id(), (String) request[0],
                    (String) request[1], (String) request[2], ScoringInputs.of(inputs), IntakeState.PENDING,
                    manager.userKey(), now.minus(Duration.ofHours(hours)), 1, List.of(), null));
            hours -= 9;
        }
        IntakeRequest asked = repository.createIntakeRequest(new IntakeRequest(0, portfolio.id(),
                "Partner API for marketplace sellers", "Three large sellers asked for it.", "VP Partnerships",
                ScoringInputs.empty(), IntakeState.PENDING, manager.userKey(), now.minus(Duration.ofDays(3)), 1,
                List.of(), null));
        repository.decideIntakeRequest(portfolio.id(), asked.id(), new IntakeDecision(IntakeState.INFO_REQUESTED,
                lead.userKey(), now.minus(Duration.ofDays(2)), "How many sellers would use it in the first year?"),
                null, asked.version(), org.pmosuite.core.portfolio.AuditEntry.ofPortfolio(portfolio.id(),
                        now.minus(Duration.ofDays(2)), lead.userKey(),
                        org.pmosuite.core.portfolio.AuditAction.INTAKE_INFO_REQUESTED, asked.title(), ""));
    }
}
