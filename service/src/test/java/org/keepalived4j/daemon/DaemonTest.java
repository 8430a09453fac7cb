package org.keepalived4j.daemon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.time.Duration;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.keepalived4j.config.ConfigErrorKind;
import org.keepalived4j.config.ConfigLoader;
import org.keepalived4j.config.FakeHost;
import org.keepalived4j.config.text.InMemoryConfigFiles;
import org.keepalived4j.config.SourcePos;

@Timeout(30)
class DaemonTest {

    @TempDir
    Path dir;

    Path pidPath;
    FakeConfigSource source;
    ManagementPlugins plugins;
    DaemonSettings settings;
    FakeVrrpPlatform vrrp = new FakeVrrpPlatform();

    @BeforeEach
    void setUp() throws Exception {
        pidPath = dir.resolve("run/keepalived4j.pid");
        source = new FakeConfigSource();
        plugins = ManagementPlugins.discover(getClass().getClassLoader());
        settings = DaemonSettings.load(java.util.Map.of(), new Properties(), dir.resolve("none.properties"));
    }

    private Daemon daemon(boolean dump) {
        return daemon(dump, false, false);
    }

    private Daemon daemon(boolean dump, boolean dontReleaseVrrp, boolean cleanup) {
        DaemonOptions options = new DaemonOptions("/etc/keepalived/keepalived.conf", Optional.of("lb1"), false, pidPath, dump,
                dontReleaseVrrp, cleanup, List.of("Option -x/--snmp is accepted but not yet supported by keepalived4j"), List.of("-n"), "9.9");
        return new Daemon(options, settings, source, plugins, new PidFile(pidPath, 4242, pid -> false), vrrp);
    }

    private static SignalSource scripted(DaemonSignal... signals) {
        return handler -> {
            for (DaemonSignal s : signals) {
                handler.accept(s);
            }
        };
    }

    private RecordingPlugin recording() {
        return (RecordingPlugin) plugins.found().stream().filter(p -> p instanceof RecordingPlugin).findFirst()
                .orElseThrow();
    }

    @Test
    void aStopSignalReleasesTheVipsAtOnceEvenWhileTheMainThreadIsBusy() throws Exception {
        source.config = () -> ConfigLoader.load("/etc/keepalived/keepalived.conf", "lb1", new InMemoryConfigFiles("/etc/keepalived")
                .file("/etc/keepalived/keepalived.conf", """
                        vrrp_instance VI_1 {
                            version 3
                            interface eth0
                            virtual_router_id 1
                            priority 200
                            advert_int 0.1
                            virtual_ipaddress {
                                192.0.2.100/24
                            }
                        }
                        """), FakeHost.withEth0AndEth1()).config();
        vrrp.interfacesUp = true;
        CountDownLatch reloading = new CountDownLatch(1);
        CountDownLatch endReload = new CountDownLatch(1);
        // the first load is the start; the second (the reload) keeps the main thread busy until released
        source.then(d -> { }).then(d -> {
            reloading.countDown();
            try {
                endReload.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        AtomicReference<Consumer<DaemonSignal>> handler = new AtomicReference<>();
        AtomicReference<Integer> exit = new AtomicReference<>();
        Thread t = new Thread(() -> exit.set(daemon(false).run(handler::set)));
        t.start();
        await().atMost(Duration.ofSeconds(10)).until(() -> vrrp.calls.contains("put"));
        long removedAtStart = removals();
        handler.get().accept(DaemonSignal.RELOAD);
        assertThat(reloading.await(10, TimeUnit.SECONDS)).isTrue();

        handler.get().accept(DaemonSignal.STOP);

        // the main thread is still in the reload: the signal alone stopped the instance
        await().atMost(Duration.ofSeconds(10)).until(() -> removals() > removedAtStart);
        assertThat(t.isAlive()).isTrue();
        endReload.countDown();
        t.join(20_000);
        assertThat(exit.get()).isEqualTo(DaemonExit.OK);
        assertThat(removals()).as("VIPs removed once on stop").isEqualTo(removedAtStart + 1);
    }

    private long removals() {
        return vrrp.calls.stream().filter("remove"::equals).count();
    }

    @Test
    void writesThePidFileWhileRunningAndRemovesItOnStop() throws Exception {
        AtomicReference<Consumer<DaemonSignal>> handler = new AtomicReference<>();
        AtomicReference<Integer> exit = new AtomicReference<>();
        Thread t = new Thread(() -> exit.set(daemon(false).run(handler::set)));
        t.start();
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (!Files.exists(pidPath) && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(pidPath).hasContent("4242");
        assertThat(Files.readString(pidPath)).isEqualTo("4242\n");

        handler.get().accept(DaemonSignal.STOP);
        t.join(20_000);

        assertThat(exit.get()).isEqualTo(DaemonExit.OK);
        assertThat(pidPath).doesNotExist();
    }

    @Test
    void loadsTheConfigurationWithTheGivenFileAndConfigId() {
        daemon(false).run(scripted(DaemonSignal.STOP));

        assertThat(source.loadedFiles).containsExactly("/etc/keepalived/keepalived.conf");
        assertThat(source.configIds).containsExactly("lb1");
    }

    @Test
    void reloadReadsTheConfigurationAgainAndHandsItToThePlugins() {
        int code = daemon(false).run(scripted(DaemonSignal.RELOAD, DaemonSignal.RELOAD, DaemonSignal.STOP));

        assertThat(code).isZero();
        assertThat(source.loadedFiles).hasSize(3);
        RecordingPlugin plugin = recording();
        assertThat(plugin.calls).containsExactly("start", "stop");
        assertThat(plugin.context.version()).isEqualTo("9.9");
        assertThat(plugin.context.config()).isNotSameAs(plugin.startedWith);
    }

    @Test
    void aReloadWhileTheFileIsMissingKeepsTheRunningConfiguration() {
        FakeConfigSource vanishing = new FakeConfigSource() {
            @Override
            public boolean exists(String mainFile) {
                return loadedFiles.isEmpty(); // gone after the first load
            }
        };
        Daemon daemon = new Daemon(new DaemonOptions("f", Optional.empty(), false, pidPath, false, false, false, List.of(), List.of(), "9"),
                settings, vanishing, plugins, new PidFile(pidPath, 4242, pid -> false), vrrp);

        int code = daemon.run(scripted(DaemonSignal.RELOAD, DaemonSignal.STOP));

        assertThat(code).isZero();
        assertThat(vanishing.loadedFiles).hasSize(1);
        RecordingPlugin plugin = recording();
        assertThat(plugin.context.config()).isSameAs(plugin.startedWith);
    }

    @Test
    void aFatalConfigurationErrorAtReloadKeepsTheRunningConfiguration() {
        source.then(d -> { }).then(d -> d.fatal(new SourcePos("f", 3), "cannot run"));

        daemon(false).run(scripted(DaemonSignal.RELOAD, DaemonSignal.STOP));

        RecordingPlugin plugin = recording();
        assertThat(plugin.context.config()).isSameAs(plugin.startedWith);
    }

    @Test
    void dataAndStatsSignalsDoNotStopTheDaemon() {
        int code = daemon(false).run(scripted(DaemonSignal.DATA, DaemonSignal.STATS, DaemonSignal.RELOAD,
                DaemonSignal.STOP));

        assertThat(code).isZero();
        assertThat(source.loadedFiles).hasSize(2);
    }

    @Test
    void aMissingMainFileExitsSixWithoutWritingThePidFile() {
        source.exists = false;

        int code = daemon(false).run(scripted(DaemonSignal.STOP));

        assertThat(code).isEqualTo(DaemonExit.NO_CONFIG).isEqualTo(6);
        assertThat(pidPath).doesNotExist();
        assertThat(source.loadedFiles).isEmpty();
        assertThat(recording().calls).isEmpty();
    }

    @Test
    void aFatalConfigurationErrorAtStartExitsThree() {
        source.then(d -> d.report(ConfigErrorKind.FATAL, new SourcePos("f", 1), "fatal"));

        int code = daemon(false).run(scripted(DaemonSignal.STOP));

        assertThat(code).isEqualTo(DaemonExit.CONFIG);
        assertThat(pidPath).doesNotExist();
    }

    @Test
    void ordinaryConfigurationErrorsDoNotStopTheStart() {
        source.then(d -> {
            d.warning(new SourcePos("f", 2), "odd");
            d.unknownKeyword(new SourcePos("f", 3), "bogus");
        });

        int code = daemon(true).run(scripted(DaemonSignal.STOP));

        assertThat(code).isZero();
        assertThat(recording().calls).containsExactly("start", "stop");
    }

    @Test
    void anInternalErrorOfTheReaderIsAFailedStartNotACrash() {
        source.failingWith(new UnsupportedOperationException("being written"));

        int code = daemon(false).run(scripted(DaemonSignal.STOP));

        assertThat(code).isEqualTo(DaemonExit.CONFIG);
    }

    @Test
    void anotherLiveDaemonOwningThePidFileStopsThisOneAndKeepsTheFile() throws Exception {
        Files.createDirectories(pidPath.getParent());
        Files.writeString(pidPath, "777\n");
        Daemon daemon = new Daemon(new DaemonOptions("f", Optional.empty(), false, pidPath, false, false, false, List.of(), List.of(), "9"),
                settings, source, plugins, new PidFile(pidPath, 4242, pid -> pid == 777), vrrp);

        int code = daemon.run(scripted(DaemonSignal.STOP));

        assertThat(code).isEqualTo(DaemonExit.OK);
        assertThat(pidPath).hasContent("777");
        assertThat(recording().calls).isEmpty();
    }

    @Test
    void aPidFileThatCannotBeWrittenIsAFatalStart() throws Exception {
        Files.writeString(dir.resolve("blocker"), "a file where a directory should be");
        pidPath = dir.resolve("blocker/keepalived4j.pid");

        int code = daemon(false).run(scripted(DaemonSignal.STOP));

        assertThat(code).isEqualTo(DaemonExit.FATAL);
        assertThat(recording().calls).isEmpty();
    }

    @Test
    void startsVrrpAfterThePidFileAndHandsItsModelToThePlugins() {
        int code = daemon(false).run(scripted(DaemonSignal.STOP));

        assertThat(code).isZero();
        assertThat(vrrp.calls).first().isEqualTo("start 0");
        RecordingPlugin plugin = recording();
        assertThat(plugin.context.vrrp().snapshot().instances()).isEmpty();
        assertThat(plugin.context.events()).isNotNull();
    }

    @Test
    void whenVrrpCannotStartTheDaemonSaysWhyAndExitsFatal() {
        vrrp.refuseToStart = true;

        int code = daemon(false).run(scripted(DaemonSignal.STOP));

        assertThat(code).isEqualTo(DaemonExit.FATAL);
        assertThat(pidPath).as("the pid file is released").doesNotExist();
        assertThat(recording().calls).as("no plugin starts without VRRP").isEmpty();
    }

    @Test
    void cleanupRemovesTheLeftoverVipsAndExitsWithoutRunning() {
        int code = daemon(false, false, true).run(scripted());

        assertThat(code).isZero();
        assertThat(vrrp.calls).containsExactly("cleanup 0");
        assertThat(pidPath).doesNotExist();
        assertThat(recording().calls).isEmpty();
    }
}
