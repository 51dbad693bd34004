package org.pmosuite.jira.portfolio;

import java.util.List;

import org.pmosuite.core.portfolio.StoredPortfolio;

/**
 * What the board template may read. Bean getters only, each listed in the descriptor's velocity allowlist; every
 * value is user data and is escaped by the renderer.
 */
public final class PortfolioBoardPage {

    private final List<Option> portfolios;
    private final StoredPortfolio selected;
    private final boolean mayRank;
    private final boolean mayCreate;
    private final String contextPath;
    private final String missingPortfolio;
    private final String view;

    PortfolioBoardPage(List<StoredPortfolio> portfolios, StoredPortfolio selected, boolean mayRank, boolean mayCreate,
            String contextPath, String missingPortfolio, String view) {
        this.portfolios = portfolios.stream()
                .map(p -> new Option(String.valueOf(p.id()), p.name(), selected != null && selected.id() == p.id()))
                .toList();
        this.selected = selected;
        this.mayRank = mayRank;
        this.mayCreate = mayCreate;
        this.contextPath = contextPath;
        this.missingPortfolio = missingPortfolio;
        this.view = view;
    }

    public List<Option> getPortfolios() {
        return portfolios;
    }

    public boolean isAnyPortfolio() {
        return !portfolios.isEmpty();
    }

    public boolean isBoardShown() {
        return selected != null;
    }

    public String getPortfolioId() {
        return selected == null ? "" : String.valueOf(selected.id());
    }

    public String getPortfolioName() {
        return selected == null ? "" : selected.name();
    }

    public String getPortfolioDescription() {
        return selected == null ? "" : selected.definition().description();
    }

    /** Whether the viewer may move, force and edit: the page offers those controls only then. */
    public boolean isMayRank() {
        return mayRank;
    }

    public boolean isMayCreate() {
        return mayCreate;
    }

    /** The portfolio id the request named that the viewer may not see, or empty. */
    public String getMissingPortfolio() {
        return missingPortfolio;
    }

    /** {@code list} or {@code matrix}. */
    public String getView() {
        return view;
    }

    public String getRestUrl() {
        return contextPath + "/rest/pmo/1.0/portfolios";
    }

    public String getCsvUrl() {
        return selected == null ? "" : contextPath + "/rest/pmo/1.0/portfolios/" + selected.id() + "/items/csv";
    }

    public String getPrintUrl() {
        return selected == null ? "" : contextPath + "/plugins/servlet/pmo/portfolio/board?portfolio=" + selected.id()
                + "&print=true";
    }

    /** A portfolio to choose. */
    public static final class Option {
        private final String id;
        private final String name;
        private final boolean selected;

        Option(String id, String name, boolean selected) {
            this.id = id;
            this.name = name;
            this.selected = selected;
        }

        public String getId() {
            return id;
        }

        public String getName() {
            return name;
        }

        public boolean isSelected() {
            return selected;
        }
    }
}
