package org.pmosuite.core.raid;

import java.util.List;
import java.util.Objects;

import org.pmosuite.core.common.Actor;
import org.pmosuite.core.common.ProjectRef;

/**
 * Which risk matrix applies where: a project's own matrix, else the portfolio default, else the standard 5x5
 * matrix. Who may change a matrix is checked at the edge, before these methods are called.
 */
public final class RiskMatrixService {

    /** The size of the matrix used while nobody has configured one. */
    public static final RiskMatrixSize STANDARD_SIZE = RiskMatrixSize.fiveByFive();

    private final RiskMatrixRepository repository;
    private final RiskMatrixTexts texts;

    public RiskMatrixService(RiskMatrixRepository repository, RiskMatrixTexts texts) {
        this.repository = repository;
        this.texts = texts;
    }

    public EffectiveRiskMatrix portfolioDefault() {
        return repository.portfolioDefault()
                .map(stored -> EffectiveRiskMatrix.stored(stored, EffectiveRiskMatrix.Source.PORTFOLIO))
                .orElseGet(() -> EffectiveRiskMatrix.standard(RiskMatrix.standard(STANDARD_SIZE, texts::text)));
    }

    public EffectiveRiskMatrix forProject(ProjectRef project) {
        return repository.forProject(project.id())
                .map(stored -> EffectiveRiskMatrix.stored(stored, EffectiveRiskMatrix.Source.PROJECT))
                .orElseGet(() -> portfolioDefault().inheritedByProject());
    }

    /** The matrix of a figure over these projects: the project's own for one project, else the portfolio's. */
    public EffectiveRiskMatrix forScope(List<ProjectRef> projects) {
        return projects.size() == 1 ? forProject(projects.get(0)) : portfolioDefault();
    }

    /**
     * @param expectedVersion the version the change is based on: {@link EffectiveRiskMatrix#version()} of
     *                        {@link #portfolioDefault()}
     * @throws org.pmosuite.core.common.InvalidRequestException listing every problem of the draft
     * @throws org.pmosuite.core.common.StaleVersionException when someone saved the default in between
     */
    public EffectiveRiskMatrix savePortfolioDefault(RiskMatrixDraft draft, long expectedVersion, Actor by) {
        RiskMatrix matrix = draft.validate();
        return EffectiveRiskMatrix.stored(repository.savePortfolioDefault(matrix, expectedVersion,
                Objects.requireNonNull(by, "by")), EffectiveRiskMatrix.Source.PORTFOLIO);
    }

    /**
     * @param expectedVersion the version of the project's own matrix the change is based on; 0 while it inherits
     * @throws org.pmosuite.core.common.InvalidRequestException listing every problem of the draft
     * @throws org.pmosuite.core.common.StaleVersionException when someone changed the project's matrix in between
     */
    public EffectiveRiskMatrix saveForProject(ProjectRef project, RiskMatrixDraft draft, long expectedVersion,
            Actor by) {
        RiskMatrix matrix = draft.validate();
        return EffectiveRiskMatrix.stored(repository.saveForProject(project.id(), matrix, expectedVersion,
                Objects.requireNonNull(by, "by")), EffectiveRiskMatrix.Source.PROJECT);
    }

    /**
     * Returns the project to the portfolio default and answers the matrix it now uses.
     *
     * @param expectedVersion the version of the project's own matrix being removed
     * @throws org.pmosuite.core.common.StaleVersionException when someone changed the project's matrix in between
     */
    public EffectiveRiskMatrix resetProject(ProjectRef project, long expectedVersion) {
        repository.removeProjectOverride(project.id(), expectedVersion);
        return forProject(project);
    }
}
