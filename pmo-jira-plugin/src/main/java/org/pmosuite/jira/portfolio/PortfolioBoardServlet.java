package org.pmosuite.jira.portfolio;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import com.atlassian.annotations.security.LicensedOnly;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.pmosuite.core.common.Actor;
import org.pmosuite.core.common.CurrentActor;
import org.pmosuite.core.portfolio.PortfolioService;
import org.pmosuite.core.portfolio.StoredPortfolio;
import org.pmosuite.jira.platform.LoginRedirect;
import org.pmosuite.jira.platform.PageResponse;
import org.pmosuite.jira.platform.PluginKey;

/**
 * The portfolio board, {@code /plugins/servlet/pmo/portfolio/board?portfolio=ID}: the ranked list (or the
 * value/effort matrix) of one portfolio, drawn in the browser by {@code pmo/portfolio/board-page} from the REST
 * resource, a page at a time. Without a portfolio it shows the first the viewer sees; a portfolio the viewer may
 * not see answers 404, like one that does not exist.
 */
@LicensedOnly
public class PortfolioBoardServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    static final String TEMPLATE = "templates/portfolio/board.vm";
    static final String WEB_RESOURCE = PluginKey.completeKey("portfolio-board");

    private final transient TemplateRenderer templateRenderer;
    private final transient PageBuilderService pageBuilderService;
    private final transient I18nResolver i18n;
    private final transient CurrentActor currentActor;
    private final transient PortfolioService portfolios;

    public PortfolioBoardServlet(TemplateRenderer templateRenderer, PageBuilderService pageBuilderService,
            I18nResolver i18n, CurrentActor currentActor, PortfolioService portfolios) {
        this.templateRenderer = templateRenderer;
        this.pageBuilderService = pageBuilderService;
        this.i18n = i18n;
        this.currentActor = currentActor;
        this.portfolios = portfolios;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Actor> actor = currentActor.get();
        if (actor.isEmpty()) {
            LoginRedirect.send(request, response);
            return;
        }
        List<StoredPortfolio> visible = portfolios.portfolios(actor.get());
        String requested = request.getParameter("portfolio");
        Optional<StoredPortfolio> selected;
        boolean missing = false;
        if (requested == null || requested.isBlank()) {
            selected = visible.stream().findFirst();
        } else {
            selected = visible.stream().filter(p -> String.valueOf(p.id()).equals(requested.strip())).findFirst();
            missing = selected.isEmpty();
        }
        String view = "matrix".equals(request.getParameter("view")) ? "matrix" : "list";
        PortfolioBoardPage page = new PortfolioBoardPage(visible, selected.orElse(null),
                selected.map(p -> portfolios.mayChange(actor.get(), p)).orElse(false), portfolios.mayCreate(actor.get()),
                request.getContextPath(), missing ? requested.strip() : "", view);
        pageBuilderService.assembler().resources().requireWebResource(WEB_RESOURCE);
        PageResponse.render(response, missing ? HttpServletResponse.SC_NOT_FOUND : HttpServletResponse.SC_OK,
                templateRenderer, TEMPLATE, i18n, page);
    }
}
