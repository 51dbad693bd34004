package org.pmosuite.sandbox.host.module;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3c.dom.Document;
import org.xml.sax.SAXException;

/**
 * Reads the plugin descriptor the way the plugin system would: each top-level element goes to the module host of
 * its type (phase one of hosting); every module type nobody hosts is reported once and ignored.
 */
public final class PluginDescriptorReader {

    public static final String DESCRIPTOR = "atlassian-plugin.xml";

    /** Plugin-level metadata rather than a module. */
    private static final String PLUGIN_INFO = "plugin-info";

    private static final Logger LOG = LoggerFactory.getLogger(PluginDescriptorReader.class);

    private PluginDescriptorReader() {
    }

    /** Reads the (Maven-filtered) descriptor from the classpath with every host the sandbox has. */
    public static PluginDescriptor fromClasspath(ClassLoader classLoader) {
        try (InputStream in = classLoader.getResourceAsStream(DESCRIPTOR)) {
            if (in == null) {
                throw new IllegalStateException(DESCRIPTOR + " is not on the classpath; is pmo-jira-plugin built?");
            }
            return read(in, ModuleHosts.all());
        } catch (IOException e) {
            throw new IllegalStateException("Could not read " + DESCRIPTOR, e);
        }
    }

    /**
     * @param hosts one host per module type; their order is the order of installation
     * @throws IllegalStateException when two hosts claim one type, or the descriptor has no plugin key
     */
    public static PluginDescriptor read(InputStream in, List<ModuleHost<?>> hosts) throws IOException {
        ModuleElement root = new ModuleElement(parse(in).getDocumentElement());
        String pluginKey = root.key();
        if (pluginKey.isBlank() || pluginKey.contains("${")) {
            throw new IllegalStateException("The descriptor has no plugin key (is it the Maven-filtered copy?): '"
                    + pluginKey + "'");
        }
        Map<String, Reading<?>> byType = new LinkedHashMap<>();
        for (ModuleHost<?> host : hosts) {
            if (byType.put(host.type(), new Reading<>(host)) != null) {
                throw new IllegalStateException("Two module hosts take <" + host.type() + ">");
            }
        }
        Map<String, List<String>> unhosted = new TreeMap<>();
        for (ModuleElement module : root.children()) {
            Reading<?> reading = byType.get(module.type());
            if (reading != null) {
                reading.read(module);
            } else if (!PLUGIN_INFO.equals(module.type())) {
                unhosted.computeIfAbsent(module.type(), type -> new ArrayList<>()).add(module.key());
            }
        }
        unhosted.forEach((type, keys) -> LOG.info("Not hosted in the sandbox: <{}> modules {}", type, keys));
        return new PluginDescriptor(pluginKey, root.attribute("name"),
                byType.values().stream().<PluginDescriptor.Hosted<?>>map(Reading::hosted).toList(), unhosted);
    }

    private static Document parse(InputStream in) throws IOException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setNamespaceAware(false);
            return factory.newDocumentBuilder().parse(in);
        } catch (ParserConfigurationException | SAXException e) {
            throw new IOException("The plugin descriptor is not well-formed XML: " + e.getMessage(), e);
        }
    }

    /** One host's models while the descriptor is read. */
    private static final class Reading<M> {
        private final ModuleHost<M> host;
        private final List<M> modules = new ArrayList<>();

        Reading(ModuleHost<M> host) {
            this.host = host;
        }

        void read(ModuleElement module) {
            modules.add(host.read(module));
        }

        PluginDescriptor.Hosted<M> hosted() {
            return new PluginDescriptor.Hosted<>(host, modules);
        }
    }
}
