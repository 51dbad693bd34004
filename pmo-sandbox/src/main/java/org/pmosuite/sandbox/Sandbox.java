package org.pmosuite.sandbox;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.cache.CacheManager;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.websudo.WebSudoManager;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import org.pmosuite.activeobjects.ActiveObjectsHost;
import org.pmosuite.core.common.AdminAccess;
import org.h2.api.ErrorCode;
import org.pmosuite.core.common.CurrentActor;
import org.pmosuite.core.common.ViewerCalendar;
import org.pmosuite.core.common.ProjectAccess;
import org.pmosuite.core.common.UserDirectory;
import org.pmosuite.core.portfolio.InitiativeSource;
import org.pmosuite.core.portfolio.IntakeHost;
import org.pmosuite.core.portfolio.PmoLeadAccess;
import org.pmosuite.core.raid.RaidFacts;
import org.pmosuite.core.raid.RaidEntries;
import org.pmosuite.core.raid.RaidLog;
import org.pmosuite.core.raid.setup.RaidSetupHost;
import org.pmosuite.core.portfolio.PortfolioRepository;
import org.pmosuite.core.portfolio.PortfolioService;
import org.pmosuite.core.portfolio.ScenarioService;
import org.pmosuite.core.raid.RiskMatrixService;
import org.pmosuite.sandbox.data.DashboardPreferences;
import org.pmosuite.sandbox.data.DemoPortfolios;
import org.pmosuite.sandbox.data.DemoRiskMatrices;
import org.pmosuite.sandbox.data.JdbcAdminAccess;
import org.pmosuite.sandbox.data.JdbcInitiativeSource;
import org.pmosuite.sandbox.data.JdbcIntakeHost;
import org.pmosuite.sandbox.data.JdbcIssues;
import org.pmosuite.sandbox.data.JdbcPmoLeadAccess;
import org.pmosuite.sandbox.data.JdbcRaidFacts;
import org.pmosuite.sandbox.data.JdbcRaidEntries;
import org.pmosuite.sandbox.data.JdbcRaidSetup;
import org.pmosuite.sandbox.data.JdbcViewerCalendar;
import org.pmosuite.sandbox.data.JdbcRaidLog;
import org.pmosuite.sandbox.data.JdbcProjectAccess;
import org.pmosuite.sandbox.data.JdbcUserDirectory;
import org.pmosuite.sandbox.data.PortfolioGenerator;
import org.pmosuite.sandbox.data.PortfolioInfo;
import org.pmosuite.sandbox.data.SandboxDatabase;
import org.pmosuite.sandbox.host.AccessPolicy;
import org.pmosuite.sandbox.host.module.AoModuleHost;
import org.pmosuite.sandbox.host.ProjectPages;
import org.pmosuite.sandbox.host.SandboxLayout;
import org.pmosuite.sandbox.host.SandboxPagesServlet;
import org.pmosuite.sandbox.host.SandboxServer;
import org.pmosuite.sandbox.host.PluginContext;
import org.pmosuite.sandbox.host.TopNavigation;
import org.pmosuite.sandbox.host.WebResources;
import org.pmosuite.sandbox.host.module.PluginDescriptor;
import org.pmosuite.sandbox.host.module.PluginDescriptorReader;
import org.pmosuite.sandbox.host.module.ResourceModuleHost;
import org.pmosuite.sandbox.host.module.VelocityAllowlistModuleHost;
import org.pmosuite.sandbox.host.page.SandboxTemplates;
import org.pmosuite.sandbox.platform.CaffeineCacheManager;
import org.pmosuite.sandbox.platform.PropertiesI18nResolver;
import org.pmosuite.sandbox.platform.RequestPageBuilderService;
import org.pmosuite.sandbox.platform.RequestScope;
import org.pmosuite.sandbox.platform.SandboxApplicationProperties;
import org.pmosuite.sandbox.platform.SandboxCurrentActor;
import org.pmosuite.sandbox.platform.SandboxWebSudoManager;
import org.pmosuite.sandbox.platform.VelocityAllowlist;
import org.pmosuite.sandbox.platform.VelocityTemplateRenderer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A running sandbox: its database with a generated portfolio, and Jetty serving the app. Closing it stops Jetty
 * first and then shuts the database down, so nothing written is lost.
 */
public final class Sandbox implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Sandbox.class);

    private final SandboxDatabase database;
    private final SandboxServer server;
    private final PortfolioInfo portfolio;
    private final Path dataDirectory;
    private final List<AutoCloseable> resources;
    private boolean closed;

    private Sandbox(SandboxDatabase database, SandboxServer server, PortfolioInfo portfolio, Path dataDirectory,
            List<AutoCloseable> resources) {
        this.resources = List.copyOf(resources);
        this.database = database;
        this.server = server;
        this.portfolio = portfolio;
        this.dataDirectory = dataDirectory;
    }

    /**
     * @throws SandboxStartupException with a one-line message for a data folder or a port that cannot be used
     */
    public static Sandbox start(SandboxOptions options) throws SandboxStartupException {
        return start(options, message -> { });
    }

    /**
     * @param progress told about the steps of a long start, such as generating an enterprise portfolio
     * @throws SandboxStartupException with a one-line message for a data folder or a port that cannot be used
     */
    public static Sandbox start(SandboxOptions options, Consumer<String> progress) throws SandboxStartupException {
        Path directory = options.dataDirectory();
        prepareDataDirectory(directory);
        SandboxDatabase database = openDatabase(directory);
        List<AutoCloseable> resources = new ArrayList<>();
        try {
            PortfolioInfo portfolio = new PortfolioGenerator(database, progress).ensurePortfolio(options.size(), options.seed());
            SandboxServer server = server(options, database, portfolio, directory, resources);
            try {
                server.start();
            } catch (SandboxServer.PortInUseException e) {
                throw new SandboxStartupException("Port " + options.port() + " is already in use; stop the other "
                        + "process or start with --port N", e);
            }
            Sandbox sandbox = new Sandbox(database, server, portfolio, directory, resources);
            LOG.info("PMO Suite sandbox is running at {} ({} portfolio, data in {})", sandbox.baseUri(),
                    portfolio.size().id(), directory);
            return sandbox;
        } catch (SandboxStartupException e) {
            closeAll(resources);
            database.close();
            throw e;
        } catch (Exception e) {
            closeAll(resources);
            database.close();
            LOG.error("The sandbox could not start", e);
            throw new SandboxStartupException("The sandbox could not start: " + e, e);
        }
    }

    /**
     * Phase one reads every module into its host's model; the platform services are built from those facts (the
     * i18n bundle, the Velocity allowlist, the web resources), then the app's object graph over them; phase two
     * (in {@link SandboxServer}) installs every module into Jetty.
     *
     * @param resources collects what must be closed when the sandbox stops, before the database
     */
    private static SandboxServer server(SandboxOptions options, SandboxDatabase database, PortfolioInfo portfolio,
            Path directory, List<AutoCloseable> resources) {
        ClassLoader classLoader = Sandbox.class.getClassLoader();
        PluginDescriptor descriptor = PluginDescriptorReader.fromClasspath(classLoader);
        RequestScope requestScope = new RequestScope();
        WebResources webResources = new WebResources(descriptor);
        I18nResolver i18n = PropertiesI18nResolver.load(classLoader, ResourceModuleHost.i18nLocation(descriptor)
                .orElseThrow(() -> new IllegalStateException("The descriptor has no <resource type=\"i18n\">")));
        ProjectAccess projectAccess = new JdbcProjectAccess(database);
        JdbcUserDirectory users = new JdbcUserDirectory(database);

        Map<Class<?>, Object> hostServices = new LinkedHashMap<>();
        hostServices.put(RaidFacts.class, new JdbcRaidFacts(database));
        hostServices.put(RaidLog.class, new JdbcRaidLog(database));
        hostServices.put(RaidEntries.class, new JdbcRaidEntries(database, Clock.systemUTC()));
        hostServices.put(RaidSetupHost.class, new JdbcRaidSetup(database));
        hostServices.put(ViewerCalendar.class, new JdbcViewerCalendar(database, Clock.systemUTC()));
        hostServices.put(ProjectAccess.class, projectAccess);
        hostServices.put(UserDirectory.class, users);
        hostServices.put(CurrentActor.class, new SandboxCurrentActor(requestScope));
        hostServices.put(I18nResolver.class, i18n);
        hostServices.put(TemplateRenderer.class, new VelocityTemplateRenderer(
                new VelocityAllowlist(VelocityAllowlistModuleHost.methods(descriptor))));
        hostServices.put(PageBuilderService.class, new RequestPageBuilderService(requestScope, webResources::declares));
        AdminAccess adminAccess = new JdbcAdminAccess(database);
        hostServices.put(AdminAccess.class, adminAccess);
        hostServices.put(InitiativeSource.class, new JdbcInitiativeSource(database, Clock.systemUTC()));
        hostServices.put(PmoLeadAccess.class, new JdbcPmoLeadAccess(database));
        hostServices.put(IntakeHost.class, new JdbcIntakeHost(database, Clock.systemUTC()));
        AoModuleHost.AoModule aoModule = AoModuleHost.only(descriptor);
        ActiveObjectsHost activeObjects = ActiveObjectsHost.start(database.jdbcUrl(), SandboxDatabase.USER,
                SandboxDatabase.PASSWORD, aoModule.namespaceOr(descriptor.pluginKey()));
        resources.add(activeObjects);
        hostServices.put(ActiveObjects.class, activeObjects.activeObjects());
        hostServices.put(ApplicationProperties.class, new SandboxApplicationProperties(SandboxServer.CONTEXT_PATH));
        hostServices.put(WebSudoManager.class, new SandboxWebSudoManager(requestScope, Clock.systemUTC()));
        hostServices.put(CacheManager.class, new CaffeineCacheManager());
        PluginContext plugin = PluginContext.start(classLoader, hostServices);
        resources.add(plugin);
        AoModuleHost.installSchema(aoModule, activeObjects, plugin, classLoader);
        DemoRiskMatrices.ensure(plugin.bean(RiskMatrixService.class), projectAccess, database);
        DemoPortfolios.ensure(plugin.bean(PortfolioService.class), plugin.bean(ScenarioService.class),
                plugin.bean(PortfolioRepository.class), projectAccess, database);

        SandboxTemplates templates = SandboxTemplates.load(classLoader);
        SandboxLayout layout = new SandboxLayout(SandboxServer.CONTEXT_PATH, webResources, portfolio,
                i18n.getText("pmo.app.name"), new TopNavigation(SandboxServer.CONTEXT_PATH, descriptor, i18n,
                        templates), templates);
        SandboxServer.Wiring wiring = new SandboxServer.Wiring(descriptor, plugin, users, requestScope,
                new AccessPolicy(), layout, templates, classLoader, PortfolioGenerator.PMO_LEAD,
                new DashboardPreferences(database), new JdbcIssues(database));
        return new SandboxServer(options.host(), options.port(), wiring,
                offers -> new SandboxPagesServlet(users, projectAccess, portfolio, offers, directory.toString(),
                        new ProjectPages(descriptor, i18n, projectAccess, adminAccess), requestScope, templates));
    }

    private static void prepareDataDirectory(Path directory) throws SandboxStartupException {
        String hint = "; choose another with --data-dir DIR";
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new SandboxStartupException("Data directory " + directory + " cannot be created ("
                    + e.getClass().getSimpleName() + ")" + hint, e);
        }
        try {
            Files.delete(Files.createTempFile(directory, ".write-check", ".tmp"));
        } catch (IOException e) {
            throw new SandboxStartupException("Data directory " + directory + " is not writable" + hint, e);
        }
    }

    private static SandboxDatabase openDatabase(Path directory) throws SandboxStartupException {
        try {
            return SandboxDatabase.open(directory);
        } catch (SQLException e) {
            if (e.getErrorCode() == ErrorCode.DATABASE_ALREADY_OPEN_1) {
                throw new SandboxStartupException("Data directory " + directory + " is in use by another sandbox; "
                        + "stop it or start with --data-dir DIR", e);
            }
            throw new SandboxStartupException("The sandbox database in " + directory + " cannot be opened: "
                    + e.getMessage().lines().findFirst().orElse(""), e);
        }
    }

    public int port() {
        return server.port();
    }

    /** {@code http://localhost:<port>/jira/} */
    public URI baseUri() {
        return URI.create("http://localhost:" + port() + SandboxServer.CONTEXT_PATH + "/");
    }

    public SandboxDatabase database() {
        return database;
    }

    public PortfolioInfo portfolio() {
        return portfolio;
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    public void join() throws InterruptedException {
        server.join();
    }

    /** Stops Jetty, then shuts H2 down; safe to call twice (for example from a test and a shutdown hook). */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        LOG.info("Stopping the sandbox");
        try {
            server.stop();
        } finally {
            closeAll(resources);
            database.close();
        }
    }

    /** Closes the app's graph and Active Objects, last opened first; one failing does not keep the rest open. */
    private static void closeAll(List<AutoCloseable> resources) {
        for (int i = resources.size() - 1; i >= 0; i--) {
            try {
                resources.get(i).close();
            } catch (Exception e) {
                LOG.warn("Could not close {}", resources.get(i), e);
            }
        }
    }
}
