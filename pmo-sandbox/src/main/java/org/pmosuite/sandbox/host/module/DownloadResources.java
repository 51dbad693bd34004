package org.pmosuite.sandbox.host.module;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The files {@code /download/resources/<owner>/<name>} serves: the owner is {@code <pluginKey>} for a plugin-level
 * download, {@code <pluginKey>:<webResourceKey>} for a web-resource's file. A name ending in {@code /} is a folder.
 */
public final class DownloadResources {

    /** A {@code <resource type="download">}: served under {@code name}, read from the classpath at {@code location}. */
    public record DownloadResource(String name, String location) {
        public boolean isDirectory() {
            return name.endsWith("/");
        }
    }

    private final Map<String, List<DownloadResource>> byOwner = new LinkedHashMap<>();

    public synchronized void add(String owner, DownloadResource resource) {
        byOwner.computeIfAbsent(owner, key -> new ArrayList<>()).add(resource);
    }

    /** The classpath location for a request path {@code <owner>/<name>}, if a resource serves it. */
    public synchronized Optional<String> location(String path) {
        int slash = path.indexOf('/');
        if (slash < 0) {
            return Optional.empty();
        }
        String name = path.substring(slash + 1);
        return byOwner.getOrDefault(path.substring(0, slash), List.of()).stream()
                .filter(resource -> resource.isDirectory() ? name.startsWith(resource.name())
                        : name.equals(resource.name()))
                .findFirst()
                .map(resource -> resource.isDirectory()
                        ? resource.location() + name.substring(resource.name().length())
                        : resource.location());
    }
}
