package org.pmosuite.sandbox.host.module;

import java.util.List;

/** Every module type the sandbox hosts. */
public final class ModuleHosts {

    private ModuleHosts() {
    }

    /**
     * One host per descriptor module type, in the order they are installed: downloads and web resources before the
     * servlets and REST modules that use them, and those before the fragments that only link to them.
     */
    public static List<ModuleHost<?>> all() {
        return List.of(
                new ResourceModuleHost(),
                new AoModuleHost(),
                new VelocityAllowlistModuleHost(),
                new WebResourceModuleHost(),
                new ServletModuleHost(),
                new RestModuleHost(),
                new WebPanelModuleHost(),
                new WebSectionModuleHost(),
                new WebItemModuleHost(),
                new DashboardItemModuleHost());
    }
}
