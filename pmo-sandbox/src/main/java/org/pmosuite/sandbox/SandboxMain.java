package org.pmosuite.sandbox;

import java.util.HashMap;
import java.util.Map;

/**
 * {@code mvn -q -pl pmo-sandbox -am compile exec:java [-Dsandbox.args="--size enterprise"]}: runs the sandbox
 * until Ctrl-C, which stops Jetty and shuts the database down cleanly.
 */
public final class SandboxMain {

    private SandboxMain() {
    }

    public static void main(String[] args) {
        Map<String, String> properties = new HashMap<>();
        System.getProperties().forEach((key, value) -> properties.put(String.valueOf(key), String.valueOf(value)));
        int exit = new SandboxLauncher(System.out, System.err, properties).run(args, sandbox -> {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                sandbox.close();
                System.out.println("PMO Suite sandbox stopped; data saved in " + sandbox.dataDirectory());
            }, "sandbox-shutdown"));
            System.out.println("PMO Suite sandbox: " + sandbox.baseUri() + "  (Ctrl-C to stop)");
            sandbox.join();
        });
        if (exit != 0) {
            System.exit(exit);
        }
    }
}
