package org.keepalived4j.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@Privileged
class HostProcessIT {

    private static final Duration SOON = Duration.ofSeconds(10);

    @RegisterExtension
    final NetnsLanExtension lan = NetnsLanExtension.withHosts(1);

    @Test
    void outputGoesToAFileAndLinesCanBeAwaited() throws Exception {
        HostProcess process = lan.host(1).start("talker", "sh", "-c", "echo starting; sleep 0.2; echo ready; exec sleep 600");

        OutputLine ready = process.awaitLine("ready", SOON);

        assertThat(ready).isEqualTo(new OutputLine(2, "ready"));
        assertThat(Files.readString(process.output())).isEqualTo("starting\nready\n");
        assertThat(process.output()).startsWith(lan.lan().workDir());
        assertThat(Netns.pids(lan.host(1).name())).as("the pid is the command's, inside the host").contains(process.pid());
    }

    @Test
    void laterLinesCanBeAwaitedAfterEarlierOnes() {
        HostProcess process = lan.host(1).start("states", "sh", "-c",
                "echo 'state A'; echo 'state B'; sleep 0.3; echo 'state A'; exec sleep 600");

        OutputLine first = process.awaitLine("state A", SOON);
        OutputLine again = process.awaitLineAfter(first, "state A", SOON);

        assertThat(first.number()).isEqualTo(1);
        assertThat(again.number()).isEqualTo(3);
    }

    @Test
    void signalsReachTheProcess() {
        HostProcess process = lan.host(1).start("trapper", "sh", "-c",
                "trap 'echo got HUP' HUP; trap 'echo got USR1' USR1; echo ready; while :; do sleep 0.05; done");
        process.awaitLine("ready", SOON);

        process.signal(Signal.HUP);
        process.awaitLine("got HUP", SOON);
        process.signal(Signal.USR1);
        process.awaitLine("got USR1", SOON);

        assertThat(process.isAlive()).isTrue();
    }

    @Test
    void stopSendsTermAndReportsHowItEnded() {
        HostProcess process = lan.host(1).start("sleeper", "sleep", "600");

        assertThat(process.stop()).isEqualTo(128 + Signal.TERM.number());
        assertThat(process.isAlive()).isFalse();
        assertThat(process.exitCode()).hasValue(143);
    }

    @Test
    void stopKillsWhatIgnoresTermAfterTheGracePeriod() {
        HostProcess process = lan.host(1).start("stubborn", "sh", "-c",
                "trap '' TERM; echo ready; while :; do sleep 0.05; done");
        process.awaitLine("ready", SOON);
        List<ProcessHandle> family = process.processTree();
        Instant before = Instant.now();

        int exit = process.stop(Duration.ofMillis(300));

        assertThat(Duration.between(before, Instant.now())).isBetween(Duration.ofMillis(300), Duration.ofSeconds(5));
        assertThat(exit).isEqualTo(128 + Signal.KILL.number());
        assertThat(family).noneMatch(HostProcess::running);
    }

    @Test
    void awaitingFailsAsSoonAsTheProcessHasEnded() {
        HostProcess process = lan.host(1).start("quitter", "sh", "-c", "echo bye; exit 4");
        Instant before = Instant.now();

        assertThatThrownBy(() -> process.awaitLine("never printed", Duration.ofSeconds(30)))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("exited with 4")
                .hasMessageContaining("| bye");
        assertThat(Duration.between(before, Instant.now())).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void awaitingIsBounded() {
        HostProcess process = lan.host(1).start("silent", "sleep", "600");

        assertThatThrownBy(() -> process.awaitLine("never printed", Duration.ofMillis(200)))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("within PT0.2S")
                .hasMessageContaining("(no output)");
    }

    @Test
    void environmentIsPassedAndTheRunDirectoryIsTheWorkingDirectory() {
        HostProcess process = lan.host(1).start(Launch.of("env", "sh", "-c", "echo \"$GREETING from $(pwd)\"")
                .withEnvironment("GREETING", "hello"));

        assertThat(process.awaitExit(SOON)).isZero();
        assertThat(process.lines()).containsExactly("hello from " + process.runDir());
    }

    @Test
    void everyProcessAndNamespaceIsGoneAfterClose() {
        NetnsLan own = NetnsLan.withHosts(2);
        HostProcess sleeper = own.host(1).start("sleeper", "sleep", "600");
        HostProcess parent = own.host(2).start("parent", "sh", "-c", "sleep 600 & sleep 600 & echo forked; wait");
        parent.awaitLine("forked", SOON);
        List<ProcessHandle> all = new ArrayList<>(sleeper.processTree());
        all.addAll(parent.processTree());
        assertThat(all).hasSize(4);
        List<String> namespaces = own.namespaces();

        Instant before = Instant.now();
        own.close();
        own.close();

        assertThat(Duration.between(before, Instant.now())).as("sh and its sleeps end on TERM").isLessThan(Duration.ofSeconds(3));
        assertThat(all).noneMatch(HostProcess::running);
        assertThat(Netns.list()).doesNotContainAnyElementsOf(namespaces);
        assertThat(own.workDir()).doesNotExist();
        assertThatThrownBy(() -> own.host(1).start("late", "true")).isInstanceOf(IllegalStateException.class);
    }
}
