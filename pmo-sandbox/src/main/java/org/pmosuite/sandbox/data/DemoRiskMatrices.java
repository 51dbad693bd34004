package org.pmosuite.sandbox.data;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.pmosuite.core.common.Actor;
import org.pmosuite.core.common.ProjectAccess;
import org.pmosuite.core.raid.EffectiveRiskMatrix;
import org.pmosuite.core.raid.RiskMatrixDraft;
import org.pmosuite.core.raid.RiskMatrixService;

/**
 * The demo's risk matrices, saved through the app's own service on the first start: the PMO lead's portfolio default
 * (the standard 5 × 5, so it shows as configured), and one project, the last the PMO lead runs, with a 4 × 4 matrix
 * of its own, so the heat map of that project shows a configured size, labels and bands.
 */
public final class DemoRiskMatrices {

    private DemoRiskMatrices() {
    }

    public static void ensure(RiskMatrixService matrices, ProjectAccess projects, SandboxDatabase database) {
        if (matrices.portfolioDefault().source() != EffectiveRiskMatrix.Source.STANDARD) {
            return;
        }
        Actor lead = new Actor(PortfolioGenerator.PMO_LEAD, "PMO lead");
        matrices.savePortfolioDefault(RiskMatrixDraft.of(matrices.portfolioDefault().matrix()), 0, lead);
        overriddenProjectKey(database).flatMap(key -> projects.browsableProjects(lead).stream()
                .filter(project -> project.key().equals(key)).findFirst())
                .ifPresent(project -> matrices.saveForProject(project, fourByFour(), 0, lead));
    }

    /** The key of the project that gets a 4 × 4 matrix of its own: the last, by key, that the PMO lead leads. */
    public static Optional<String> overriddenProjectKey(SandboxDatabase database) {
        try (Connection connection = database.connection();
             PreparedStatement statement = connection.prepareStatement(
                     "SELECT MAX(pkey) FROM project WHERE lead_user_key = ?")) {
            statement.setString(1, PortfolioGenerator.PMO_LEAD);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? Optional.ofNullable(rows.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the demo projects", e);
        }
    }

    private static RiskMatrixDraft fourByFour() {
        return new RiskMatrixDraft(4, List.of("Remote", "Possible", "Probable", "Expected"),
                List.of("Minor", "Noticeable", "Serious", "Critical to the launch"),
                List.of(new RiskMatrixDraft.BandDraft("LOW", "Watch", 1, "#36b37e"),
                        new RiskMatrixDraft.BandDraft("HIGH", "Act this sprint", 6, "#ff8b00"),
                        new RiskMatrixDraft.BandDraft("CRITICAL", "Escalate to the steering group", 12, "#de350b")));
    }
}
