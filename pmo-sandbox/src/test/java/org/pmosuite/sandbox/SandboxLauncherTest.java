package org.pmosuite.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a user sees when the sandbox cannot start: one line that says what to do, and a failing exit code. */
class SandboxLauncherTest {

    @TempDir
    Path temp;

    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final SandboxLauncher launcher = new SandboxLauncher(new PrintStream(new ByteArrayOutputStream()),
            new PrintStream(err, true, StandardCharsets.UTF_8), Map.of());

    @Test
    void aBusyPortIsOneLineAndExitCode1() throws Exception {
        try (ServerSocket busy = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            int exit = launcher.run(new String[] {"--port", Integer.toString(busy.getLocalPort()), "--data-dir",
                temp.toString()}, Sandbox::close);

            assertThat(exit).isEqualTo(1);
            assertThat(errorLines()).containsExactly("Port " + busy.getLocalPort()
                    + " is already in use; stop the other process or start with --port N");
        }
    }

    @Test
    void aDataDirectoryThatCannotBeWrittenIsOneLineAndExitCode1() throws Exception {
        Path file = Files.writeString(temp.resolve("not-a-folder"), "x");
        Path dataRoot = file.resolve("data");

        int exit = launcher.run(new String[] {"--port", "0", "--data-dir", dataRoot.toString()}, Sandbox::close);

        assertThat(exit).isEqualTo(1);
        assertThat(errorLines()).singleElement().asString()
                .startsWith("Data directory " + dataRoot.resolve("demo") + " cannot be created (")
                .endsWith("); choose another with --data-dir DIR");
    }

    @Test
    void unknownFlagsAreOneLineAndExitCode2() {
        int exit = launcher.run(new String[] {"--size", "galactic"}, Sandbox::close);

        assertThat(exit).isEqualTo(2);
        assertThat(errorLines()).singleElement().asString()
                .startsWith("Invalid arguments: --size must be demo or enterprise, not 'galactic'.");
    }

    @Test
    void aSandboxThatStartsIsHandedToTheSession() {
        AtomicBoolean ran = new AtomicBoolean();

        int exit = launcher.run(new String[] {"--port=0", "--data-dir=" + temp}, sandbox -> {
            ran.set(sandbox.port() > 0);
            sandbox.close();
        });

        assertThat(exit).isZero();
        assertThat(ran).isTrue();
        assertThat(errorLines()).isEmpty();
    }

    private String[] errorLines() {
        String text = err.toString(StandardCharsets.UTF_8);
        return text.isEmpty() ? new String[0] : text.split("\\R");
    }
}
