package org.pmosuite.sandbox.host.module;

import java.util.ArrayList;
import java.util.List;

import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;
import net.java.ao.RawEntity;
import org.pmosuite.activeobjects.ActiveObjectsHost;
import org.pmosuite.sandbox.host.PluginContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code <ao>} module, run the way Jira's Active Objects plugin runs it when the app starts: its namespace (the
 * plugin key when it names none) gives the {@code AO_xxxxxx_} table prefix, its upgrade tasks run from the stored
 * model version up, and its entities are migrated. The {@code ActiveObjects} service must exist before the app's
 * object graph does, so the sandbox reads the module as a fact ({@link #only}) and installs it right after the graph
 * is built ({@link #installSchema}); phase two has nothing left to do.
 */
public final class AoModuleHost implements ModuleHost<AoModuleHost.AoModule> {

    private static final Logger LOG = LoggerFactory.getLogger(AoModuleHost.class);

    /** One {@code <ao>} module; {@code namespace} is empty when the module names none. */
    public record AoModule(String key, String namespace, List<String> entities, List<String> upgradeTasks) {
        public AoModule {
            entities = List.copyOf(entities);
            upgradeTasks = List.copyOf(upgradeTasks);
        }

        /** The namespace AO hashes into the table prefix: the module's own, else the plugin key. */
        public String namespaceOr(String pluginKey) {
            return namespace.isBlank() ? pluginKey : namespace;
        }
    }

    @Override
    public String type() {
        return "ao";
    }

    @Override
    public AoModule read(ModuleElement element) {
        List<String> entities = element.texts("entity");
        if (entities.isEmpty()) {
            throw new IllegalStateException("<ao key=\"" + element.key() + "\"> declares no <entity>");
        }
        return new AoModule(element.key(), element.attribute("namespace"), entities, element.texts("upgradeTask"));
    }

    /** The app's one ao module: Jira gives each plugin one AO namespace, and so does the sandbox. */
    public static AoModule only(PluginDescriptor descriptor) {
        List<AoModule> modules = descriptor.modules(AoModuleHost.class);
        if (modules.size() != 1) {
            throw new IllegalStateException("The sandbox hosts exactly one <ao> module; the descriptor has "
                    + modules.size());
        }
        return modules.get(0);
    }

    /** Upgrades and migrates the module's tables; upgrade tasks are created from the app's object graph. */
    @SuppressWarnings("unchecked")
    public static ModelVersion installSchema(AoModule module, ActiveObjectsHost host, PluginContext plugin,
            ClassLoader classLoader) {
        List<ActiveObjectsUpgradeTask> tasks = new ArrayList<>();
        for (String name : module.upgradeTasks()) {
            tasks.add(plugin.create(load(classLoader, name).asSubclass(ActiveObjectsUpgradeTask.class)));
        }
        Class<? extends RawEntity<?>>[] entities = module.entities().stream()
                .map(name -> load(classLoader, name)).toArray(Class[]::new);
        ModelVersion version = host.install(tasks, entities);
        LOG.info("Active Objects: {} tables under {} at model version {}", entities.length, host.tablePrefix(),
                version);
        return version;
    }

    private static Class<?> load(ClassLoader classLoader, String name) {
        try {
            return Class.forName(name, true, classLoader);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("The <ao> module names " + name + ", which is not on the classpath", e);
        }
    }
}
