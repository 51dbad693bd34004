package org.pmosuite.sandbox.host;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;
import net.java.ao.RawEntity;
import org.pmosuite.activeobjects.ActiveObjectsHost;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Runs the descriptor's {@code <ao>} module the way Jira's AO plugin does when the app starts: its namespace gives
 * the table prefix, its upgrade tasks run from the stored model version up, and its entities are migrated.
 */
public final class AoModuleInstaller {

    private static final Logger LOG = LoggerFactory.getLogger(AoModuleInstaller.class);

    /** One {@code <ao>} module: its namespace (the plugin key when it names none) and what it declares. */
    public record AoModule(String namespace, List<String> entities, List<String> upgradeTasks) {
    }

    private AoModuleInstaller() {
    }

    public static AoModule read(ClassLoader classLoader, String pluginKey) {
        try (InputStream in = classLoader.getResourceAsStream(PluginDescriptorReader.DESCRIPTOR)) {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            NodeList modules = factory.newDocumentBuilder().parse(in).getDocumentElement().getElementsByTagName("ao");
            if (modules.getLength() != 1) {
                throw new IllegalStateException("The sandbox hosts exactly one <ao> module; the descriptor has "
                        + modules.getLength());
            }
            Element ao = (Element) modules.item(0);
            String namespace = ao.getAttribute("namespace").isBlank() ? pluginKey : ao.getAttribute("namespace");
            return new AoModule(namespace, texts(ao, "entity"), texts(ao, "upgradeTask"));
        } catch (IOException e) {
            throw new IllegalStateException("Could not read the <ao> module", e);
        } catch (Exception e) {
            throw new IllegalStateException("The <ao> module cannot be read: " + e.getMessage(), e);
        }
    }

    /** Upgrades and migrates the module's tables; upgrade tasks are created from the app's object graph. */
    @SuppressWarnings("unchecked")
    public static ModelVersion install(AoModule module, ActiveObjectsHost host, PluginContext context,
            ClassLoader classLoader) {
        List<ActiveObjectsUpgradeTask> tasks = new ArrayList<>();
        for (String name : module.upgradeTasks()) {
            tasks.add(context.create(load(classLoader, name).asSubclass(ActiveObjectsUpgradeTask.class)));
        }
        Class<? extends RawEntity<?>>[] entities = module.entities().stream()
                .map(name -> load(classLoader, name)).toArray(Class[]::new);
        ModelVersion version = host.install(tasks, entities);
        LOG.info("Active Objects: {} tables of {} at model version {}", entities.length, module.namespace(), version);
        return version;
    }

    private static List<String> texts(Element parent, String tag) {
        List<String> texts = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && element.getTagName().equals(tag)) {
                texts.add(element.getTextContent().trim());
            }
        }
        return texts;
    }

    private static Class<?> load(ClassLoader classLoader, String name) {
        try {
            return Class.forName(name, true, classLoader);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("The <ao> module names " + name + ", which is not on the classpath", e);
        }
    }
}
