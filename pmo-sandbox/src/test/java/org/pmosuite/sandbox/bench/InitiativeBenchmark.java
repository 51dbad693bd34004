package org.pmosuite.sandbox.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.pmosuite.core.common.Actor;
import org.pmosuite.core.portfolio.Initiative;
import org.pmosuite.core.portfolio.InitiativeSource;
import org.pmosuite.core.portfolio.PortfolioScope;
import org.pmosuite.sandbox.SandboxOptions;
import org.pmosuite.sandbox.data.JdbcInitiativeSource;
import org.pmosuite.sandbox.data.PortfolioGenerator;
import org.pmosuite.sandbox.data.PortfolioSize;
import org.pmosuite.sandbox.data.SandboxDatabase;

/**
 * A benchmark, not a test (run by {@code bench/initiative-benchmark.sh}): full passes over the enterprise
 * portfolio's initiatives through {@link JdbcInitiativeSource}, pages of {@value InitiativeSource#MAX_PAGE} each
 * starting after the last id of the one before, as the PMO lead (every project) and the project manager (100
 * projects), and a one-project portfolio; median and slowest of the runs, in this JVM, without HTTP.
 */
public final class InitiativeBenchmark {

    private InitiativeBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        Path data = Path.of(args.length > 1 ? args[1] : "target/bench-enterprise")
                .resolve(PortfolioSize.ENTERPRISE.id());
        try (SandboxDatabase database = SandboxDatabase.open(data)) {
            new PortfolioGenerator(database, System.out::println).ensurePortfolio(PortfolioSize.ENTERPRISE,
                    SandboxOptions.DEFAULT_SEED);
            Set<String> every = new HashSet<>();
            try (Connection connection = database.connection();
                 PreparedStatement select = connection.prepareStatement("SELECT pkey FROM project");
                 ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    every.add(rows.getString(1));
                }
            }
            InitiativeSource source = new JdbcInitiativeSource(database, Clock.systemUTC());
            Actor lead = new Actor(PortfolioGenerator.PMO_LEAD, null);
            Actor manager = new Actor(PortfolioGenerator.PROJECT_MANAGER, null);
            System.out.printf(Locale.ROOT, "case\tinitiatives\tpages\tmedian_s\tslowest_s%n");
            pass(source, lead, "pmo-lead, 500 projects, Initiative",
                    new PortfolioScope(every, Set.of("Initiative"), null), runs);
            pass(source, lead, "pmo-lead, 500 projects, Initiative and Epic",
                    new PortfolioScope(every, Set.of("Initiative", "Epic"), null), runs);
            pass(source, manager, "project-manager, 100 projects, Initiative and Epic",
                    new PortfolioScope(every, Set.of("Initiative", "Epic"), null), runs);
            pass(source, lead, "pmo-lead, 1 project (PAY), Initiative and Epic",
                    new PortfolioScope(Set.of("PAY"), Set.of("Initiative", "Epic"), null), runs);
            pass(source, lead, "pmo-lead, 500 projects, Initiative, status = \"In Progress\"",
                    new PortfolioScope(every, Set.of("Initiative"), "status = \"In Progress\""), runs);
        }
    }

    private static void pass(InitiativeSource source, Actor actor, String name, PortfolioScope scope, int runs) {
        List<Double> seconds = new ArrayList<>();
        int count = 0;
        int pages = 0;
        for (int run = 0; run <= runs; run++) {
            long start = System.nanoTime();
            count = 0;
            pages = 0;
            long after = 0;
            Set<Long> seen = new HashSet<>();
            while (true) {
                List<Initiative> page = source.page(actor, scope, after, InitiativeSource.MAX_PAGE);
                pages++;
                if (page.isEmpty()) {
                    break;
                }
                for (Initiative initiative : page) {
                    if (!seen.add(initiative.issueId())) {
                        throw new IllegalStateException("read twice: " + initiative.issueKey());
                    }
                }
                count += page.size();
                after = page.get(page.size() - 1).issueId();
                if (page.size() < InitiativeSource.MAX_PAGE) {
                    break;
                }
            }
            double elapsed = (System.nanoTime() - start) / 1e9;
            // The first run warms the JIT and H2's caches up; it is not counted.
            if (run > 0) {
                seconds.add(elapsed);
            } else {
                System.out.printf(Locale.ROOT, "warm-up %s: %.3f s%n", name, elapsed);
            }
        }
        Collections.sort(seconds);
        System.out.printf(Locale.ROOT, "%s\t%d\t%d\t%.3f\t%.3f%n", name, count, pages,
                seconds.get(seconds.size() / 2), seconds.get(seconds.size() - 1));
    }
}
