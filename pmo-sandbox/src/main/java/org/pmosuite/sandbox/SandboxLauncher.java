package org.pmosuite.sandbox;

import java.io.PrintStream;
import java.util.Map;

/**
 * Starts a sandbox from command-line flags and reports what cannot be fixed by the program as one line on the
 * error stream, with an exit code: 2 for bad flags, 1 for a sandbox that cannot start.
 */
public final class SandboxLauncher {

    /** What to do with the running sandbox; the session is responsible for closing it. */
    @FunctionalInterface
    public interface Session {
        void run(Sandbox sandbox) throws InterruptedException;
    }

    private final PrintStream out;
    private final PrintStream err;
    private final Map<String, String> systemProperties;

    public SandboxLauncher(PrintStream out, PrintStream err, Map<String, String> systemProperties) {
        this.out = out;
        this.err = err;
        this.systemProperties = Map.copyOf(systemProperties);
    }

    /** @return the process exit code */
    public int run(String[] args, Session session) {
        SandboxOptions options;
        try {
            options = SandboxOptions.parse(args, systemProperties);
        } catch (IllegalArgumentException e) {
            err.println("Invalid arguments: " + e.getMessage() + ". " + SandboxOptions.USAGE);
            return 2;
        }
        try {
            Sandbox sandbox = Sandbox.start(options, out::println);
            session.run(sandbox);
            return 0;
        } catch (SandboxStartupException e) {
            err.println(e.getMessage());
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }
}
