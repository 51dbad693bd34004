package org.pmosuite.sandbox;

import java.nio.file.Path;
import java.util.Map;

import org.pmosuite.sandbox.data.PortfolioSize;

/**
 * How the sandbox is started.
 *
 * @param dataRoot the folder holding one data folder per preset
 */
public record SandboxOptions(String host, int port, Path dataRoot, PortfolioSize size, long seed) {

    public static final int DEFAULT_PORT = 2990;
    public static final long DEFAULT_SEED = 42;
    public static final String DATA_DIR_PROPERTY = "pmo.sandbox.dataDir";

    public static final String USAGE = "options: --port N (default 2990), --size demo|enterprise (default demo), "
            + "--seed N (default 42), --data-dir DIR (default ${" + DATA_DIR_PROPERTY + "} or .sandbox-data), "
            + "--host ADDRESS (default 127.0.0.1)";

    /** The data folder of this preset, e.g. {@code .sandbox-data/demo}. */
    public Path dataDirectory() {
        return dataRoot.resolve(size.id());
    }

    public SandboxOptions withPort(int newPort) {
        return new SandboxOptions(host, newPort, dataRoot, size, seed);
    }

    /**
     * Parses {@code --name value} and {@code --name=value} flags.
     *
     * @param systemProperties where {@value #DATA_DIR_PROPERTY} may name the data folder
     * @throws IllegalArgumentException with a one-line explanation
     */
    public static SandboxOptions parse(String[] args, Map<String, String> systemProperties) {
        String host = "127.0.0.1";
        int port = DEFAULT_PORT;
        Path dataRoot = Path.of(systemProperties.getOrDefault(DATA_DIR_PROPERTY, ".sandbox-data"));
        PortfolioSize size = PortfolioSize.DEMO;
        long seed = DEFAULT_SEED;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.isBlank()) {
                continue;
            }
            String name = arg;
            String value = null;
            int equals = arg.indexOf('=');
            if (arg.startsWith("--") && equals > 0) {
                name = arg.substring(0, equals);
                value = arg.substring(equals + 1);
            } else if (i + 1 < args.length) {
                value = args[++i];
            }
            if (value == null) {
                throw new IllegalArgumentException(name + " needs a value");
            }
            switch (name) {
                case "--port" -> port = number(name, value, 0, 65535);
                case "--host" -> host = value;
                case "--data-dir" -> dataRoot = Path.of(value);
                case "--size" -> {
                    String given = value;
                    size = PortfolioSize.parse(value).orElseThrow(() -> new IllegalArgumentException(
                            "--size must be demo or enterprise, not '" + given + "'"));
                }
                case "--seed" -> seed = number(name, value, Long.MIN_VALUE, Long.MAX_VALUE);
                default -> throw new IllegalArgumentException("unknown option '" + name + "'");
            }
        }
        return new SandboxOptions(host, port, dataRoot.toAbsolutePath().normalize(), size, seed);
    }

    private static int number(String name, String value, int min, int max) {
        return (int) number(name, value, (long) min, (long) max);
    }

    private static long number(String name, String value, long min, long max) {
        try {
            long parsed = Long.parseLong(value.trim());
            if (parsed < min || parsed > max) {
                throw new NumberFormatException();
            }
            return parsed;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a whole number from " + min + " to " + max
                    + ", not '" + value + "'");
        }
    }
}
