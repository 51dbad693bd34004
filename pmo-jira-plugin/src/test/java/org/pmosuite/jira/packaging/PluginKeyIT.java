package org.pmosuite.jira.packaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/** The code spells the plugin key once, in {@code PluginKey}, and it is the key Jira reads from the jar. */
class PluginKeyIT extends PackagedJarTest {

    @Test
    void theConstantIsTheDescriptorsFilteredKeyAndTheManifestsPluginKey() {
        String key = jar.pluginKey();

        assertThat(key).isEqualTo("org.pmosuite.pmo-jira-plugin");
        assertThat(jar.descriptor().getAttribute("key")).as("atlassian-plugin.xml key, filtered").isEqualTo(key);
        assertThat(jar.manifest().getMainAttributes().getValue("Atlassian-Plugin-Key")).isEqualTo(key);
    }

    @Test
    void completeKeysAreThePluginKeyAndAModuleKey() throws Exception {
        Method completeKey = jar.loadClass(PluginJar.PLUGIN_KEY_CLASS).getMethod("completeKey", String.class);

        assertThat(completeKey.invoke(null, "raid-heatmap")).isEqualTo(jar.pluginKey() + ":raid-heatmap");
        assertThatIllegalArgumentException().isThrownBy(() -> invoke(completeKey, "a:b"));
    }

    /** Every complete key a class holds as a constant names a module the descriptor declares. */
    @Test
    void everyCompleteKeyInTheCodeNamesAModule() throws Exception {
        Set<String> modules = PluginJar.children(jar.descriptor(), null).stream()
                .filter(m -> m.hasAttribute("key")).map(m -> m.getAttribute("key")).collect(Collectors.toSet());
        String prefix = jar.pluginKey() + ":";
        Set<String> referenced = new TreeSet<>();
        for (String name : jar.classNames()) {
            for (Field field : jar.loadClass(name).getDeclaredFields()) {
                int modifiers = field.getModifiers();
                if (Modifier.isStatic(modifiers) && Modifier.isFinal(modifiers) && field.getType() == String.class) {
                    field.setAccessible(true);
                    if (field.get(null) instanceof String value && value.startsWith(prefix)) {
                        referenced.add(name + "." + field.getName() + " = " + value);
                        assertThat(modules).as(name + "." + field.getName() + " names a module of the descriptor")
                                .contains(value.substring(prefix.length()));
                    }
                }
            }
        }
        assertThat(referenced).as("complete keys in the code").isNotEmpty();
    }

    /** Calls a static method, so that its own exception, not the reflective wrapper, is what the assertion sees. */
    private static Object invoke(Method method, String argument) throws Throwable {
        try {
            return method.invoke(null, argument);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
