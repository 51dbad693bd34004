package org.pmosuite.jira.platform;

/**
 * The app's plugin key, the one place the code spells it. Jira stores it in customers' data (module keys, web
 * resources, AO), so it never changes. {@code PluginKeyIT} holds it equal to the descriptor's filtered key and the
 * manifest's {@code Atlassian-Plugin-Key}.
 */
public final class PluginKey {

    /** {@code ${project.groupId}.pmo-jira-plugin}, as the build filters it into {@code atlassian-plugin.xml}. */
    public static final String KEY = "org.pmosuite.pmo-jira-plugin";

    private PluginKey() {
    }

    /** The complete key of one of the app's modules, such as a web resource: {@code pluginKey:moduleKey}. */
    public static String completeKey(String moduleKey) {
        if (moduleKey == null || moduleKey.isBlank() || moduleKey.contains(":")) {
            throw new IllegalArgumentException("not a module key: " + moduleKey);
        }
        return KEY + ":" + moduleKey;
    }
}
