package org.pmosuite.sandbox.host.module;

import java.util.List;

/** {@code <velocity-allowlist>}: the methods the app's templates may call, a fact the template renderer is built from. */
public final class VelocityAllowlistModuleHost implements ModuleHost<VelocityAllowlistModuleHost.Allowlist> {

    /** One allowlist module and its {@code <method>} entries, as written ({@code fqcn#method(types)}). */
    public record Allowlist(String key, List<String> methods) {
        public Allowlist {
            methods = List.copyOf(methods);
        }
    }

    @Override
    public String type() {
        return "velocity-allowlist";
    }

    @Override
    public Allowlist read(ModuleElement element) {
        return new Allowlist(element.key(), element.texts("method"));
    }

    /** Every {@code <method>} of every allowlist module. */
    public static List<String> methods(PluginDescriptor descriptor) {
        return descriptor.modules(VelocityAllowlistModuleHost.class).stream()
                .flatMap(allowlist -> allowlist.methods().stream()).toList();
    }
}
