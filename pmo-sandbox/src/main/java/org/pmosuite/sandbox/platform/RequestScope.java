package org.pmosuite.sandbox.platform;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.pmosuite.sandbox.data.SandboxUser;

/**
 * What belongs to the request being served on this thread: who is logged in and which web resources the page
 * asked for. Jetty serves a request, Jersey's resource included, on one thread, so a thread-local owned by this
 * instance is enough; {@link #enter} and {@link Entered#close} bracket every request.
 */
public final class RequestScope {

    private final ThreadLocal<State> current = new ThreadLocal<>();

    /** Opens the scope of one request; close it when the request is done. */
    public Entered enter(Optional<SandboxUser> user) {
        current.set(new State(user));
        return current::remove;
    }

    public Optional<SandboxUser> user() {
        State state = current.get();
        return state == null ? Optional.empty() : state.user;
    }

    void requireWebResource(String key) {
        State state = current.get();
        if (state == null) {
            throw new IllegalStateException("Web resource " + key + " required outside a request");
        }
        state.webResources.add(key);
    }

    /** The web resources required so far in this request, in the order first asked for. */
    public List<String> requiredWebResources() {
        State state = current.get();
        return state == null ? List.of() : new ArrayList<>(state.webResources);
    }

    /** Closes a request's scope. */
    @FunctionalInterface
    public interface Entered extends AutoCloseable {
        @Override
        void close();
    }

    private static final class State {
        private final Optional<SandboxUser> user;
        private final Set<String> webResources = new LinkedHashSet<>();

        private State(Optional<SandboxUser> user) {
            this.user = user;
        }
    }
}
