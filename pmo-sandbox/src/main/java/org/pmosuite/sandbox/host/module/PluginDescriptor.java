package org.pmosuite.sandbox.host.module;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What the sandbox read from {@code atlassian-plugin.xml}: the plugin's key and name, and each module host's models
 * of its modules, in descriptor order.
 */
public final class PluginDescriptor {

    private final String pluginKey;
    private final String name;
    private final List<Hosted<?>> hosted;
    private final Map<String, List<String>> unhosted;

    PluginDescriptor(String pluginKey, String name, List<Hosted<?>> hosted, Map<String, List<String>> unhosted) {
        this.pluginKey = pluginKey;
        this.name = name;
        this.hosted = List.copyOf(hosted);
        this.unhosted = new TreeMap<>(unhosted);
    }

    public String pluginKey() {
        return pluginKey;
    }

    public String name() {
        return name;
    }

    /** The models one host read, in descriptor order; empty when that host is not in use. */
    @SuppressWarnings("unchecked")
    public <M> List<M> modules(Class<? extends ModuleHost<M>> hostType) {
        return hosted.stream().filter(read -> read.host().getClass() == hostType).findFirst()
                .map(read -> (List<M>) read.modules()).orElse(List.of());
    }

    /** The module types in the descriptor that no host takes. */
    public Set<String> unhostedTypes() {
        return unhosted.keySet();
    }

    /** Phase two: every host installs its modules, host by host in the order of the host list. */
    public void install(HostContext host) {
        hosted.forEach(read -> read.install(host));
    }

    /** One host and the models it read. */
    record Hosted<M>(ModuleHost<M> host, List<M> modules) {
        Hosted {
            modules = List.copyOf(modules);
        }

        void install(HostContext context) {
            modules.forEach(module -> host.install(module, context));
        }
    }
}
