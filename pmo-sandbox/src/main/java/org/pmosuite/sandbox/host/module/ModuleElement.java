package org.pmosuite.sandbox.host.module;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** One element of {@code atlassian-plugin.xml}, with the readings module hosts share. */
public final class ModuleElement {

    /** Jira's weight for a web fragment that names none. */
    public static final int DEFAULT_WEIGHT = 1000;

    private final Element element;

    public ModuleElement(Element element) {
        this.element = element;
    }

    public String type() {
        return element.getTagName();
    }

    public String key() {
        return attribute("key");
    }

    /** The attribute's value, or empty when it is absent. */
    public String attribute(String name) {
        return element.getAttribute(name);
    }

    public boolean hasAttribute(String name) {
        return element.hasAttribute(name);
    }

    /** The element's text, trimmed. */
    public String text() {
        return element.getTextContent().trim();
    }

    /** The child elements with this tag, in document order. */
    public List<ModuleElement> children(String tag) {
        List<ModuleElement> children = new ArrayList<>();
        for (Node node = element.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element child && (tag == null || child.getTagName().equals(tag))) {
                children.add(new ModuleElement(child));
            }
        }
        return children;
    }

    /** Every child element, in document order. */
    public List<ModuleElement> children() {
        return children(null);
    }

    public Optional<ModuleElement> child(String tag) {
        return children(tag).stream().findFirst();
    }

    /** The trimmed texts of the children with this tag, such as a rest module's {@code <package>}s. */
    public List<String> texts(String tag) {
        return children(tag).stream().map(ModuleElement::text).toList();
    }

    /** The {@code key} of the {@code <label>} child, or empty. */
    public String labelKey() {
        return child("label").map(label -> label.attribute("key")).orElse("");
    }

    /**
     * The {@code weight} attribute, or {@link #DEFAULT_WEIGHT}.
     *
     * @throws IllegalStateException when it is not a whole number
     */
    public int weight() {
        String weight = attribute("weight").trim();
        if (weight.isEmpty()) {
            return DEFAULT_WEIGHT;
        }
        try {
            return Integer.parseInt(weight);
        } catch (NumberFormatException e) {
            throw new IllegalStateException(this + " has weight '" + weight + "', which is not a whole number", e);
        }
    }

    /** For messages: {@code <web-item key="x">}. */
    @Override
    public String toString() {
        return "<" + type() + " key=\"" + key() + "\">";
    }
}
