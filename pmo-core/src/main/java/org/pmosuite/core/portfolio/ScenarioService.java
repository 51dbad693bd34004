package org.pmosuite.core.portfolio;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.pmosuite.core.common.Actor;
import org.pmosuite.core.common.FieldError;
import org.pmosuite.core.common.InvalidRequestException;
import org.pmosuite.core.common.StaleVersionException;
import org.pmosuite.core.portfolio.scoring.ScoringConfiguration;

/**
 * What-if scenarios: other scoring, capacity or forcing, compared side by side with the baseline over the
 * initiatives the viewer sees, and committed as the new baseline.
 */
public final class ScenarioService {

    private final PortfolioService portfolios;
    private final PortfolioBoardService board;
    private final PortfolioRepository repository;
    private final Clock clock;

    public ScenarioService(PortfolioService portfolios, PortfolioBoardService board, PortfolioRepository repository,
            Clock clock) {
        this.portfolios = portfolios;
        this.board = board;
        this.repository = repository;
        this.clock = clock;
    }

    public List<Scenario> scenarios(Actor actor, long portfolioId) {
        StoredPortfolio portfolio = portfolios.portfolio(actor, portfolioId);
        return repository.scenarios(portfolio.id());
    }

    public Scenario scenario(Actor actor, long portfolioId, long scenarioId) {
        StoredPortfolio portfolio = portfolios.portfolio(actor, portfolioId);
        return repository.scenario(portfolio.id(), scenarioId)
                .orElseThrow(() -> new PortfolioNotFoundException("scenario " + scenarioId));
    }

    public Scenario create(Actor actor, long portfolioId, ScenarioDraft draft) {
        StoredPortfolio portfolio = portfolios.changeable(actor, portfolioId);
        Scenario scenario = validate(actor, portfolio, draft, 0, 1);
        return save(scenario, 0);
    }

    public Scenario update(Actor actor, long portfolioId, long scenarioId, ScenarioDraft draft, long expectedVersion) {
        StoredPortfolio portfolio = portfolios.changeable(actor, portfolioId);
        Scenario current = repository.scenario(portfolio.id(), scenarioId)
                .orElseThrow(() -> new PortfolioNotFoundException("scenario " + scenarioId));
        Scenario scenario = validate(actor, portfolio, draft, current.id(), expectedVersion + 1);
        return save(scenario, expectedVersion);
    }

    public void delete(Actor actor, long portfolioId, long scenarioId, long expectedVersion) {
        StoredPortfolio portfolio = portfolios.changeable(actor, portfolioId);
        repository.scenario(portfolio.id(), scenarioId)
                .orElseThrow(() -> new PortfolioNotFoundException("scenario " + scenarioId));
        repository.deleteScenario(portfolio.id(), scenarioId, expectedVersion);
    }

    /**
     * The scenario beside the baseline: every initiative the viewer sees, in the scenario's order, with its place
     * in both and whether it crosses the cut line.
     *
     * @param changedOnly keep only rows whose rank or funding differs
     */
    public ScenarioComparison compare(Actor actor, long portfolioId, long scenarioId, boolean changedOnly,
            int startAt, int maxResults) {
        if (startAt < 0 || maxResults < 1 || maxResults > BoardQuery.MAX_PAGE) {
            throw new InvalidRequestException(List.of(FieldError.of("maxResults", "pmo.portfolio.error.page-size", 1,
                    BoardQuery.MAX_PAGE)));
        }
        StoredPortfolio portfolio = portfolios.portfolio(actor, portfolioId);
        Scenario scenario = repository.scenario(portfolio.id(), scenarioId)
                .orElseThrow(() -> new PortfolioNotFoundException("scenario " + scenarioId));
        List<Initiative> initiatives = board.visibleInitiatives(actor, portfolio);
        Map<Long, RankPlacement> placements = board.placements(portfolio, initiatives);
        return PortfolioRanking.compare(initiatives, portfolio.definition(), scenario, placements, changedOnly,
                startAt, maxResults);
    }

    /**
     * Makes the scenario the baseline: its scoring and capacity become the portfolio's, its forcing is applied, and
     * the commit is recorded in the audit log.
     *
     * @param expectedVersion     the portfolio version the scenario was compared against
     * @param expectedRankVersion the rank version the scenario was compared against
     * @return the portfolio as it now stands
     */
    public StoredPortfolio commit(Actor actor, long portfolioId, long scenarioId, long expectedVersion,
            long expectedRankVersion) {
        StoredPortfolio portfolio = portfolios.changeable(actor, portfolioId);
        Scenario scenario = repository.scenario(portfolio.id(), scenarioId)
                .orElseThrow(() -> new PortfolioNotFoundException("scenario " + scenarioId));
        if (portfolio.version() != expectedVersion) {
            throw new StaleVersionException(expectedVersion, portfolio.version());
        }
        if (portfolio.rankVersion() != expectedRankVersion) {
            throw new StaleVersionException(expectedRankVersion, portfolio.rankVersion());
        }
        PortfolioDefinition definition = portfolio.definition();
        if (scenario.scoring() != null) {
            definition = definition.withScoring(scenario.scoring());
        }
        if (scenario.capacity() != null) {
            definition = definition.withCapacity(scenario.capacity());
        }
        StoredPortfolio committed = repository.update(portfolio.id(), definition, expectedVersion, actor,
                AuditEntry.ofPortfolio(portfolio.id(), clock.instant(), actor.userKey(),
                        AuditAction.SCENARIO_COMMITTED, scenario.name(), ""));
        long rankVersion = committed.rankVersion();
        if (!scenario.forcings().isEmpty()) {
            List<Initiative> initiatives = board.visibleInitiatives(actor, committed);
            Map<Long, Initiative> byId = new HashMap<>();
            initiatives.forEach(initiative -> byId.put(initiative.issueId(), initiative));
            Map<Long, RankPlacement> placements = repository.placementsOf(portfolio.id(), scenario.forcings().keySet());
            for (Map.Entry<Long, Forcing> forcing : scenario.forcings().entrySet()) {
                Initiative initiative = byId.get(forcing.getKey());
                if (initiative == null) {
                    continue; // out of scope now, or hidden from the committer: left as it is
                }
                RankPlacement current = placements.get(initiative.issueId());
                RankPlacement placement = new RankPlacement(initiative.issueId(), initiative.project().id(),
                        current == null ? null : current.key(), forcing.getValue(), actor.userKey(), clock.instant(),
                        "");
                AuditAction action = switch (forcing.getValue()) {
                    case IN -> AuditAction.FORCED_IN;
                    case OUT -> AuditAction.FORCED_OUT;
                    case NONE -> AuditAction.FORCING_CLEARED;
                };
                rankVersion = repository.place(portfolio.id(), initiative.issueId(), placement, rankVersion,
                        AuditEntry.ofInitiative(portfolio.id(), placement.at(), actor.userKey(), action, initiative,
                                scenario.name(), ""));
            }
        }
        return repository.portfolio(portfolio.id()).orElse(committed);
    }

    private Scenario save(Scenario scenario, long expectedVersion) {
        try {
            return repository.saveScenario(scenario, expectedVersion);
        } catch (DuplicatePortfolioNameException e) {
            throw new InvalidRequestException(List.of(FieldError.of("name", "pmo.portfolio.error.name.taken",
                    scenario.name())));
        }
    }

    private Scenario validate(Actor actor, StoredPortfolio portfolio, ScenarioDraft draft, long id, long version) {
        List<FieldError> errors = new ArrayList<>();
        String name = draft.name() == null ? "" : draft.name().strip();
        if (name.isEmpty()) {
            errors.add(FieldError.of("name", "pmo.portfolio.error.name.required"));
        } else if (name.length() > Scenario.MAX_NAME_LENGTH) {
            errors.add(FieldError.of("name", "pmo.portfolio.error.name.too-long", Scenario.MAX_NAME_LENGTH));
        }
        ScoringConfiguration scoring = null;
        if (draft.scoring() != null) {
            try {
                scoring = draft.scoring().validate();
            } catch (InvalidRequestException e) {
                e.errors().forEach(error -> errors.add(new FieldError("scoring." + error.field(), error.messageKey(),
                        error.arguments())));
            }
        }
        Capacity capacity = null;
        if (draft.capacityUnit() != null || draft.capacityAmount() != null) {
            Capacity base = portfolio.definition().capacity();
            CapacityUnit unit = draft.capacityUnit() == null ? base.unit()
                    : CapacityUnit.parse(draft.capacityUnit()).orElse(null);
            if (unit == null) {
                errors.add(FieldError.of("capacity.unit", "pmo.portfolio.error.capacity.unit", draft.capacityUnit()));
            }
            Double amount = draft.capacityAmount() == null ? Double.valueOf(base.amount()) : draft.capacityAmount();
            if (!Double.isFinite(amount) || amount < 0) {
                errors.add(FieldError.of("capacity.amount", "pmo.portfolio.error.capacity.amount"));
            }
            boolean periodTooLong = draft.capacityPeriod() != null
                    && draft.capacityPeriod().length() > Capacity.MAX_PERIOD_LENGTH;
            if (periodTooLong) {
                errors.add(FieldError.of("capacity.period", "pmo.portfolio.error.capacity.period.too-long",
                        Capacity.MAX_PERIOD_LENGTH));
            }
            if (unit != null && Double.isFinite(amount) && amount >= 0 && !periodTooLong) {
                capacity = new Capacity(unit, amount,
                        draft.capacityPeriod() == null ? base.period() : draft.capacityPeriod());
            }
        }
        Map<Long, Forcing> forcings = new HashMap<>();
        if (draft.forcings().size() > ScenarioDraft.MAX_FORCINGS) {
            errors.add(FieldError.of("forcings", "pmo.portfolio.error.forcings.too-many", ScenarioDraft.MAX_FORCINGS));
        } else {
            draft.forcings().forEach((key, value) -> {
                Forcing forcing = parseForcing(value);
                if (forcing == null) {
                    errors.add(FieldError.of("forcings." + key, "pmo.portfolio.error.forcing",
                            value == null ? "" : value));
                    return;
                }
                board.visibleInitiative(actor, portfolio, key).ifPresentOrElse(
                        initiative -> forcings.put(initiative.issueId(), forcing),
                        () -> errors.add(FieldError.of("forcings." + key, "pmo.portfolio.error.initiative.unknown",
                                key)));
            });
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        return new Scenario(id, portfolio.id(), name, scoring, capacity, forcings, version, actor.userKey(),
                clock.instant());
    }

    private static Forcing parseForcing(String value) {
        if (value == null) {
            return null;
        }
        try {
            return Forcing.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
