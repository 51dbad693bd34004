package org.pmosuite.sandbox.host;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * Reads the plugin descriptor the way the plugin system would, keeping only the module types the sandbox hosts;
 * every other module type is reported once and ignored.
 */
public final class PluginDescriptorReader {

    public static final String DESCRIPTOR = "atlassian-plugin.xml";

    private static final Logger LOG = LoggerFactory.getLogger(PluginDescriptorReader.class);

    private PluginDescriptorReader() {
    }

    /** Reads the (Maven-filtered) descriptor from the classpath. */
    public static PluginDescriptor fromClasspath(ClassLoader classLoader) {
        try (InputStream in = classLoader.getResourceAsStream(DESCRIPTOR)) {
            if (in == null) {
                throw new IllegalStateException(DESCRIPTOR + " is not on the classpath; is pmo-jira-plugin built?");
            }
            return read(in);
        } catch (IOException e) {
            throw new IllegalStateException("Could not read " + DESCRIPTOR, e);
        }
    }

    public static PluginDescriptor read(InputStream in) throws IOException {
        Element root = parse(in).getDocumentElement();
        String pluginKey = root.getAttribute("key");
        if (pluginKey.isBlank() || pluginKey.contains("${")) {
            throw new IllegalStateException("The descriptor has no plugin key (is it the Maven-filtered copy?): '"
                    + pluginKey + "'");
        }
        String i18n = null;
        List<PluginDescriptor.RestModule> rest = new ArrayList<>();
        List<PluginDescriptor.ServletModule> servlets = new ArrayList<>();
        List<PluginDescriptor.WebResourceModule> webResources = new ArrayList<>();
        List<PluginDescriptor.DownloadResource> downloads = new ArrayList<>();
        List<String> allowlist = new ArrayList<>();
        List<PluginDescriptor.WebItemModule> webItems = new ArrayList<>();
        List<PluginDescriptor.WebSectionModule> webSections = new ArrayList<>();
        Map<String, List<String>> ignored = new TreeMap<>();

        for (Element module : children(root, null)) {
            switch (module.getTagName()) {
                case "plugin-info" -> { }
                case "resource" -> {
                    if ("i18n".equals(module.getAttribute("type"))) {
                        i18n = module.getAttribute("location");
                    } else if ("download".equals(module.getAttribute("type"))) {
                        downloads.add(download(module));
                    }
                }
                case "rest" -> rest.add(new PluginDescriptor.RestModule(module.getAttribute("key"),
                        module.getAttribute("path"), module.getAttribute("version"), texts(module, "package")));
                case "servlet" -> servlets.add(new PluginDescriptor.ServletModule(module.getAttribute("key"),
                        module.getAttribute("name"), module.getAttribute("class"), texts(module, "url-pattern")));
                case "web-resource" -> webResources.add(new PluginDescriptor.WebResourceModule(
                        module.getAttribute("key"), texts(module, "dependency"),
                        children(module, "resource").stream()
                                .filter(resource -> "download".equals(resource.getAttribute("type")))
                                .map(PluginDescriptorReader::download).toList(),
                        transformations(module)));
                case "velocity-allowlist" -> allowlist.addAll(texts(module, "method"));
                case "web-item" -> webItems.add(webItem(module));
                case "web-section" -> webSections.add(new PluginDescriptor.WebSectionModule(module.getAttribute("key"),
                        module.getAttribute("location"), weight(module), labelKey(module)));
                default -> ignored.computeIfAbsent(module.getTagName(), type -> new ArrayList<>())
                        .add(module.getAttribute("key"));
            }
        }
        ignored.forEach((type, keys) -> LOG.info("Not hosted in the sandbox: <{}> modules {}", type, keys));
        return new PluginDescriptor(pluginKey, root.getAttribute("name"), i18n, rest, servlets, webResources,
                downloads, allowlist, webItems, webSections);
    }

    private static PluginDescriptor.WebItemModule webItem(Element module) {
        Optional<Element> link = children(module, "link").stream().findFirst();
        Map<String, String> params = new LinkedHashMap<>();
        for (Element param : children(module, "param")) {
            params.put(param.getAttribute("name"), param.hasAttribute("value") ? param.getAttribute("value")
                    : param.getTextContent().trim());
        }
        return new PluginDescriptor.WebItemModule(module.getAttribute("key"), module.getAttribute("section"),
                weight(module), labelKey(module), link.map(element -> element.getAttribute("linkId")).orElse(""),
                link.map(element -> element.getTextContent().trim()).orElse(""), params);
    }

    /** {@code <transformation extension="js"><transformer key="jsI18n"/></transformation>}: extension to keys. */
    private static Map<String, List<String>> transformations(Element webResource) {
        Map<String, List<String>> byExtension = new LinkedHashMap<>();
        for (Element transformation : children(webResource, "transformation")) {
            List<String> keys = byExtension.computeIfAbsent(transformation.getAttribute("extension"),
                    extension -> new ArrayList<>());
            children(transformation, "transformer").forEach(transformer -> keys.add(transformer.getAttribute("key")));
        }
        return byExtension;
    }

    private static String labelKey(Element module) {
        return children(module, "label").stream().findFirst().map(label -> label.getAttribute("key")).orElse("");
    }

    private static int weight(Element module) {
        String weight = module.getAttribute("weight").trim();
        if (weight.isEmpty()) {
            return PluginDescriptor.DEFAULT_WEIGHT;
        }
        try {
            return Integer.parseInt(weight);
        } catch (NumberFormatException e) {
            throw new IllegalStateException("<" + module.getTagName() + " key=\"" + module.getAttribute("key")
                    + "\"> has weight '" + weight + "', which is not a whole number", e);
        }
    }

    private static PluginDescriptor.DownloadResource download(Element resource) {
        return new PluginDescriptor.DownloadResource(resource.getAttribute("name"), resource.getAttribute("location"));
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

    private static List<Element> children(Element parent, String tag) {
        List<Element> elements = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && (tag == null || element.getTagName().equals(tag))) {
                elements.add(element);
            }
        }
        return elements;
    }

    private static List<String> texts(Element parent, String tag) {
        return children(parent, tag).stream().map(element -> element.getTextContent().trim()).toList();
    }
}
