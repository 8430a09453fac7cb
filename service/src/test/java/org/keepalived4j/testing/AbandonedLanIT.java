package org.keepalived4j.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** LANs whose JVM goes away without closing them: the shutdown hook, then the sweep of the next LAN. */
@Privileged
class AbandonedLanIT {

    @TempDir
    Path workRoot;
    private Process child;

    @AfterEach
    void killChildAndSweep() {
        if (child != null) {
            child.destroyForcibly();
        }
        LeftoverNamespaces.sweep();
    }

    @Test
    void theShutdownHookTearsTheLanDownWhenTheJvmIsTerminated() throws Exception {
        Ready ready = startAbandonedLan();
        assertThat(namespacesStartingWith(ready.prefix())).hasSize(2);

        child.destroy();

        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(namespacesStartingWith(ready.prefix())).isEmpty();
        assertThat(ProcessHandle.of(ready.sleeperPid())).isEmpty();
        assertThat(Files.readString(workRoot.resolve("child.err"))).contains("tearing it down");
    }

    @Test
    void theNextLanRemovesWhatAKilledJvmLeftBehind() throws Exception {
        Ready ready = startAbandonedLan();
        child.destroyForcibly();
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(namespacesStartingWith(ready.prefix())).as("SIGKILL leaves them").hasSize(2);
        assertThat(ProcessHandle.of(ready.sleeperPid())).isPresent();

        try (NetnsLan next = NetnsLan.withHosts(1)) {
            assertThat(namespacesStartingWith(ready.prefix())).isEmpty();
            assertThat(ProcessHandle.of(ready.sleeperPid()).filter(HostProcess::running)).isEmpty();
            assertThat(next.namespaces()).hasSize(2);
        }
    }

    @Test
    void namespacesOfLiveOwnersAndOfOthersAreLeftAlone() throws Exception {
        Process owner = new ProcessBuilder("sleep", "600").start();
        String ofLiveOwner = new LanId(owner.pid(), "zz99").namespace("h1");
        String foreign = "k4jforeign" + ProcessHandle.current().pid();
        try {
            Commands.run(List.of("ip", "netns", "add", ofLiveOwner)).orThrow();
            Commands.run(List.of("ip", "netns", "add", foreign)).orThrow();

            NetnsLan.withHosts(0).close();

            assertThat(Netns.list()).contains(ofLiveOwner, foreign);
        } finally {
            Commands.run(List.of("ip", "netns", "del", ofLiveOwner));
            Commands.run(List.of("ip", "netns", "del", foreign));
            owner.destroyForcibly();
        }
    }

    private record Ready(String prefix, long sleeperPid) {
    }

    private Ready startAbandonedLan() throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        child = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                AbandonedLan.class.getName(), workRoot.toString())
                .redirectError(workRoot.resolve("child.err").toFile())
                .start();
        BufferedReader stdout = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
        String line = CompletableFuture.supplyAsync(() -> readLine(stdout)).get(60, TimeUnit.SECONDS);
        assertThat(line).as("child stderr: %s", Files.readString(workRoot.resolve("child.err"))).startsWith("READY ");
        String[] words = line.split(" ");
        return new Ready(words[1], Long.parseLong(words[2]));
    }

    private static String readLine(BufferedReader reader) {
        try {
            String line = reader.readLine();
            return line == null ? "" : line;
        } catch (IOException e) {
            return "";
        }
    }

    private static List<String> namespacesStartingWith(String prefix) {
        return Netns.list().stream().filter(name -> name.startsWith(prefix)).toList();
    }
}
