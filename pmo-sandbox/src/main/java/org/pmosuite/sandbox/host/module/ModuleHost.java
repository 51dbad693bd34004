package org.pmosuite.sandbox.host.module;

/**
 * Hosts one descriptor module type in the sandbox, as the plugin system's module descriptor for that type does in
 * Jira. Hosting happens in two phases: every module of the descriptor is {@linkplain #read read} into this host's
 * model before anything is wired (so the platform services can be built from facts such as the i18n bundle or the
 * Velocity allowlist), then each model is {@linkplain #install installed} into the running host.
 *
 * <p>A new module kind is one new implementation, named in {@link ModuleHosts#all()}.
 *
 * @param <M> what this host keeps of one module element
 */
public interface ModuleHost<M> {

    /** The descriptor element this host takes, for example {@code servlet} or {@code web-item}. */
    String type();

    /**
     * Phase one: what one element says, as this host's model.
     *
     * @throws IllegalStateException when the element is not one the plugin system would accept
     */
    M read(ModuleElement element);

    /**
     * Phase two: puts one module into the sandbox. Modules that are only facts for other hosts or for the platform
     * (web-items, the allowlist) install nothing.
     */
    default void install(M module, HostContext host) {
    }
}
