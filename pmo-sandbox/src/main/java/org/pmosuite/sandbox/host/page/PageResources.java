package org.pmosuite.sandbox.host.page;

import java.util.List;

/** The style sheets and scripts a page's head loads, in order: URLs with the context path. */
public record PageResources(List<String> styles, List<String> scripts) {
    public PageResources {
        styles = List.copyOf(styles);
        scripts = List.copyOf(scripts);
    }
}
