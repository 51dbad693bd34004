package org.pmosuite.jira.platform.ao;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import net.java.ao.RawEntity;
import org.pmosuite.activeobjects.ActiveObjectsHost;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The app's ao module as the descriptor declares it, installed on the real AO library for tests. */
public final class AppActiveObjects {

    public static final String NAMESPACE = "org.pmosuite.pmo-jira-plugin";

    private AppActiveObjects() {
    }

    /** A fresh in-memory database with every entity and upgrade task of the descriptor's ao module installed. */
    public static ActiveObjectsHost installedInMemory() {
        ActiveObjectsHost host = ActiveObjectsHost.inMemory(NAMESPACE);
        host.install(upgradeTasks(), entities());
        return host;
    }

    /**
     * Every entity and upgrade task installed in the database at this URL, such as a named in-memory H2 database
     * ({@code jdbc:h2:mem:NAME;DB_CLOSE_DELAY=-1}) that a test also opens a connection of its own to.
     */
    public static ActiveObjectsHost installedAt(String jdbcUrl, String user, String password) {
        ActiveObjectsHost host = ActiveObjectsHost.start(jdbcUrl, user, password, NAMESPACE);
        host.install(upgradeTasks(), entities());
        return host;
    }

    @SuppressWarnings("unchecked")
    public static Class<? extends RawEntity<?>>[] entities() {
        return texts("entity").stream().map(AppActiveObjects::load).toArray(Class[]::new);
    }

    public static List<ActiveObjectsUpgradeTask> upgradeTasks() {
        List<ActiveObjectsUpgradeTask> tasks = new ArrayList<>();
        for (String name : texts("upgradeTask")) {
            try {
                tasks.add((ActiveObjectsUpgradeTask) load(name).getConstructor().newInstance());
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("Upgrade task " + name + " cannot be created", e);
            }
        }
        return tasks;
    }

    /** The texts of the ao module's child elements of a kind, in descriptor order. */
    static List<String> texts(String tag) {
        try (InputStream in = AppActiveObjects.class.getClassLoader().getResourceAsStream("atlassian-plugin.xml")) {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Element ao = (Element) factory.newDocumentBuilder().parse(in).getElementsByTagName("ao").item(0);
            NodeList children = ao.getElementsByTagName(tag);
            List<String> texts = new ArrayList<>();
            for (int i = 0; i < children.getLength(); i++) {
                texts.add(children.item(i).getTextContent().trim());
            }
            return texts;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException("The descriptor's ao module cannot be read", e);
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("The ao module names " + name + ", which does not exist", e);
        }
    }
}
