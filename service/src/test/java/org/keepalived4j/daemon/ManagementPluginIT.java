package org.keepalived4j.daemon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.keepalived4j.config.IpAddress;
import org.keepalived4j.config.LiveHostFacts;
import org.keepalived4j.config.text.LocalConfigFiles;
import org.keepalived4j.events.DaemonEvent;
import org.keepalived4j.events.InstanceState;
import org.keepalived4j.events.InstanceStateChanged;
import org.keepalived4j.events.MasterChanged;
import org.keepalived4j.linux.NetworkNamespaceThread;
import org.keepalived4j.model.CommandOutcome;
import org.keepalived4j.model.InstanceSnapshot;
import org.keepalived4j.model.ManagementPlugin;
import org.keepalived4j.model.VrrpCommand;
import org.keepalived4j.testing.AddressPlan;
import org.keepalived4j.testing.HostProcess;
import org.keepalived4j.testing.LanHost;
import org.keepalived4j.testing.NetnsLanExtension;
import org.keepalived4j.testing.OutputLine;
import org.keepalived4j.testing.Privileged;
import org.keepalived4j.vrrp.VrrpPlatform;

/**
 * The management SPI end to end: the daemon, run in-process inside host 1's namespace with the
 * Linux VRRP engine, discovers {@link FailoverWatchPlugin} through META-INF/services and starts it;
 * the plugin, using nothing but its {@code ManagementContext}, watches a failover against the real
 * keepalived 2.2.7 on host 2 and causes one by lowering the MASTER's priority.
 *
 * <p>Reasons checked against RFC 6527 vrrpv3StatisticsNewMasterReason as keepalived 2.2.7 fills it
 * (vrrp.c vrrp_state_backup, vrrp_scheduler.c): preempted(2) when a BACKUP discarded a lower-priority
 * master's adverts and its Master_Down_Timer then ran out; 0 (notMaster) in events that do not enter
 * MASTER; the snapshot keeps the reason of the last transition to MASTER after leaving it, as
 * keepalived's stats do.
 */
@Privileged
@Timeout(120)
class ManagementPluginIT {

    private static final String INSTANCE = "VI_1";
    private static final Duration WAIT = Duration.ofSeconds(10);

    @RegisterExtension
    final NetnsLanExtension lan = NetnsLanExtension.withHosts(2);

    @TempDir
    Path dir;

    @Test
    void aPluginSeesTheFailoverInOrderAndHandsMasterToRealKeepalivedByLoweringThePriority() throws Exception {
        LanHost h1 = lan.host(1);
        LanHost h2 = lan.host(2);
        String vip = AddressPlan.virtualIpv4(1);

        // keepalived first, and MASTER alone, so that ours must preempt it: the reason is then
        // preempted(2), not masterNoResponse(3), every run
        HostProcess keepalived = h2.startKeepalived(lan.lan().writeFile("h2/keepalived.conf", config(100, vip)));
        OutputLine peerMaster = keepalived.awaitLine("(" + INSTANCE + ") Entering MASTER STATE", WAIT);
        await().atMost(WAIT).until(() -> h2.hasAddress(vip));

        Path ourConfig = lan.lan().writeFile("h1/keepalived.conf", config(150, vip));
        try (URLClassLoader loader = loaderDeclaring(FailoverWatchPlugin.class);
                NetworkNamespaceThread inside = NetworkNamespaceThread.enter(h1.name())) {
            ManagementPlugins plugins = ManagementPlugins.discover(loader);
            assertThat(plugins.names()).contains("failover-watch");
            FailoverWatchPlugin watch = plugins.found().stream().filter(FailoverWatchPlugin.class::isInstance)
                    .map(FailoverWatchPlugin.class::cast).findFirst().orElseThrow();
            RunningDaemon daemon = RunningDaemon.start(inside, daemon(ourConfig, plugins));
            try {
                await().atMost(WAIT).until(() -> watch.calls().contains("start"));
                // Linux gives a new thread the network namespace of the thread that creates it: the
                // bus's delivery thread, made by subscribe() on the daemon thread, is inside h1 too
                String h1Namespace = namespaceOf(h1);
                assertThat(watch.startThreadNamespace()).isEqualTo(h1Namespace);
                // the daemon starts the plugins before the VRRP loop: what a plugin reads in start is the
                // instances before their first transition, and it misses none of the events
                assertThat(watch.beforeSubscribing().instance(INSTANCE)).get()
                        .extracting(InstanceSnapshot::state).isEqualTo(InstanceState.INIT);

                // ----- ours preempts keepalived
                watch.awaitEvent(to(InstanceState.MASTER), WAIT).orElseThrow(() -> failure("no MASTER", watch));
                assertThat(watch.subscriberThreadNamespace()).isEqualTo(h1Namespace)
                        .isNotEqualTo(Files.readSymbolicLink(Path.of("/proc/thread-self/ns/net")).toString());
                await().atMost(WAIT).until(() -> h1.hasAddress(vip) && !h2.hasAddress(vip));
                OutputLine peerBackup = keepalived.awaitLineAfter(peerMaster, "(" + INSTANCE + ") Entering BACKUP STATE",
                        WAIT);
                InstanceSnapshot master = instance(watch);
                assertThat(master.state()).isEqualTo(InstanceState.MASTER);
                assertThat(master.masterAddress()).contains(ip(h1));
                assertThat(master.virtualAddresses()).singleElement()
                        .satisfies(v -> assertThat(v.installed()).isTrue());

                // ----- the plugin lowers the MASTER's priority below keepalived's
                CommandOutcome lowered = watch.submit(new VrrpCommand.SetBasePriority(INSTANCE, 50))
                        .get(5, TimeUnit.SECONDS);
                assertThat(lowered.applied()).as(lowered.message()).isTrue();
                assertThat(lowered.message()).contains("150").contains("50");
                // keepalived sees adverts at 50, discards them (it may preempt), its down timer runs out
                keepalived.awaitLineAfter(peerBackup, "received lower priority (50) advert from " + h1.ipv4(), WAIT);
                OutputLine peerMasterAgain = keepalived.awaitLineAfter(peerBackup,
                        "(" + INSTANCE + ") Entering MASTER STATE", WAIT);
                watch.awaitEvent(from(InstanceState.MASTER), WAIT).orElseThrow(() -> failure("no MASTER->BACKUP", watch));
                await().atMost(WAIT).until(() -> h2.hasAddress(vip) && !h1.hasAddress(vip));

                assertThat(watch.transitions())
                        .extracting(InstanceStateChanged::instance, InstanceStateChanged::from, InstanceStateChanged::to,
                                InstanceStateChanged::reason, InstanceStateChanged::newMasterReason,
                                InstanceStateChanged::priority)
                        .as("every transition of the failover, in order")
                        .containsExactly(
                                tuple(INSTANCE, InstanceState.INIT, InstanceState.BACKUP, "starting", 0, 150),
                                // RFC 6527 preempted(2): keepalived's lower-priority adverts were discarded
                                tuple(INSTANCE, InstanceState.BACKUP, InstanceState.MASTER,
                                        "preempting a lower-priority master", 2, 150),
                                // not a transition to MASTER: notMaster(0)
                                tuple(INSTANCE, InstanceState.MASTER, InstanceState.BACKUP,
                                        "an advert with higher priority arrived", 0, 50));
                assertThat(watch.seen()).extracting(ManagementPluginIT::describe)
                        .as("state and master changes interleaved, as delivered")
                        .containsExactly("INIT->BACKUP", "master " + h2.ipv4(), "BACKUP->MASTER", "master " + h1.ipv4(),
                                "MASTER->BACKUP", "master " + h2.ipv4());

                InstanceSnapshot backup = instance(watch);
                assertThat(backup.state()).isEqualTo(InstanceState.BACKUP);
                assertThat(backup.basePriority()).isEqualTo(50);
                assertThat(backup.effectivePriority()).isEqualTo(50);
                assertThat(backup.masterAddress()).contains(ip(h2));
                assertThat(backup.newMasterReason()).as("the reason of the last transition to MASTER stays").isEqualTo(2);
                assertThat(backup.counters().becomeMaster()).isEqualTo(1);
                assertThat(backup.counters().releaseMaster()).isEqualTo(1);
                assertThat(backup.virtualAddresses()).singleElement()
                        .satisfies(v -> assertThat(v.installed()).isFalse());

                // ----- commands the loop must refuse, each with its reason, changing nothing
                assertRefused(watch, new VrrpCommand.SetBasePriority("VI_9", 100), "no vrrp_instance VI_9");
                assertRefused(watch, new VrrpCommand.SetPreempt("VI_9", false), "no vrrp_instance VI_9");
                assertRefused(watch, new VrrpCommand.SetBasePriority(INSTANCE, 0), "between 1 and 255");
                assertRefused(watch, new VrrpCommand.SetBasePriority(INSTANCE, 256), "between 1 and 255");
                assertThat(instance(watch).basePriority()).isEqualTo(50);
                assertThat(instance(watch).preempt()).isTrue();

                // ----- SetPreempt: without preemption a higher priority does not take MASTER back
                assertApplied(watch, new VrrpCommand.SetPreempt(INSTANCE, false), "preemption disabled");
                assertThat(instance(watch).preempt()).isFalse();
                assertApplied(watch, new VrrpCommand.SetBasePriority(INSTANCE, 200), "50 to 200");
                // absence can only be shown by waiting: many Master_Down_Intervals (about 0.3 s here)
                Thread.sleep(Math.max(2_000, 6 * instance(watch).masterDownInterval().toMillis()));
                assertThat(instance(watch).state()).isEqualTo(InstanceState.BACKUP);
                assertThat(watch.transitions()).hasSize(3);
                assertThat(h2.hasAddress(vip)).isTrue();
                assertThat(keepalived.lines().subList(peerMasterAgain.number(), keepalived.lines().size()))
                        .noneMatch(l -> l.contains("Entering BACKUP STATE"));

                // with preemption back on, the next advert from keepalived (100 < 200) is discarded
                assertApplied(watch, new VrrpCommand.SetPreempt(INSTANCE, true), "preemption enabled");
                watch.awaitEvent(e -> e instanceof InstanceStateChanged c && c.to() == InstanceState.MASTER
                        && watch.transitions().size() >= 4, WAIT).orElseThrow(() -> failure("no second MASTER", watch));
                assertThat(watch.transitions().get(3))
                        .extracting(InstanceStateChanged::from, InstanceStateChanged::to, InstanceStateChanged::reason,
                                InstanceStateChanged::newMasterReason, InstanceStateChanged::priority)
                        .containsExactly(InstanceState.BACKUP, InstanceState.MASTER,
                                "preempting a lower-priority master", 2, 200);
                await().atMost(WAIT).until(() -> h1.hasAddress(vip) && !h2.hasAddress(vip));
                OutputLine peerBackupAgain = keepalived.awaitLineAfter(peerMasterAgain,
                        "(" + INSTANCE + ") Entering BACKUP STATE", WAIT);

                // ----- STOP: priority 0, VIP released, keepalived takes over; the plugin is stopped
                assertThat(daemon.stop()).isEqualTo(DaemonExit.OK);
                assertThat(watch.calls()).containsExactly("start", "stop");
                keepalived.awaitLineAfter(peerBackupAgain, "(" + INSTANCE + ") Entering MASTER STATE", WAIT);
                await().atMost(WAIT).until(() -> h2.hasAddress(vip) && !h1.hasAddress(vip));
                assertThat(watch.transitions()).last()
                        .extracting(InstanceStateChanged::from, InstanceStateChanged::to, InstanceStateChanged::reason)
                        .containsExactly(InstanceState.MASTER, InstanceState.STOP, "stopping");
                assertThat(watch.seen()).extracting(ManagementPluginIT::describe)
                        .containsExactly("INIT->BACKUP", "master " + h2.ipv4(), "BACKUP->MASTER", "master " + h1.ipv4(),
                                "MASTER->BACKUP", "master " + h2.ipv4(), "BACKUP->MASTER", "master " + h1.ipv4(),
                                "MASTER->STOP", "master none");
            } finally {
                daemon.stopIfRunning();
            }
        }
    }

    // ----- the daemon, as the command line builds it, in host 1's namespace

    private Daemon daemon(Path config, ManagementPlugins plugins) throws Exception {
        DaemonOptions options = new DaemonOptions(config.toString(), Optional.empty(), false,
                dir.resolve("run/keepalived4j.pid"), false, false, false, List.of(),
                List.of("-n", "-f", config.toString()), "it");
        DaemonSettings settings = DaemonSettings.load(java.util.Map.of(), new Properties(),
                dir.resolve("none.properties"));
        return new Daemon(options, settings, new FileConfigSource(new LocalConfigFiles(), new LiveHostFacts()), plugins,
                PidFile.ofThisProcess(options.pidFile()), VrrpPlatform.linux());
    }

    /** Daemon.run on the namespace thread; STOP goes through the handler the daemon installs. */
    private static final class RunningDaemon {
        private final AtomicReference<Consumer<DaemonSignal>> handler = new AtomicReference<>();
        private final CompletableFuture<Integer> exit = new CompletableFuture<>();

        static RunningDaemon start(NetworkNamespaceThread inside, Daemon daemon) {
            RunningDaemon r = new RunningDaemon();
            Thread t = new Thread(() -> {
                try {
                    r.exit.complete(inside.call(() -> daemon.run(r.handler::set)));
                } catch (Throwable e) {
                    r.exit.completeExceptionally(e);
                }
            }, "daemon-runner");
            t.setDaemon(true);
            t.start();
            return r;
        }

        int stop() throws Exception {
            await().atMost(WAIT).until(() -> handler.get() != null || exit.isDone());
            if (!exit.isDone()) {
                handler.get().accept(DaemonSignal.STOP);
            }
            return exit.get(20, TimeUnit.SECONDS);
        }

        void stopIfRunning() {
            if (exit.isDone()) {
                return;
            }
            try {
                stop();
            } catch (Exception e) {
                System.err.println("[ManagementPluginIT] the daemon did not stop: " + e);
            }
        }
    }

    private static String config(int priority, String vip) {
        return """
                global_defs {
                    vrrp_version 3
                }
                vrrp_instance %s {
                    state BACKUP
                    interface eth0
                    virtual_router_id 51
                    priority %d
                    advert_int 0.1
                    virtual_ipaddress {
                        %s/24
                    }
                }
                """.formatted(INSTANCE, priority, vip);
    }

    /** A class loader whose META-INF/services adds the plugin to those of the test class path. */
    private URLClassLoader loaderDeclaring(Class<? extends ManagementPlugin> plugin) throws IOException {
        Path services = dir.resolve("plugins/META-INF/services");
        Files.createDirectories(services);
        Files.writeString(services.resolve(ManagementPlugin.class.getName()), plugin.getName() + "\n");
        return new URLClassLoader(new URL[] {dir.resolve("plugins").toUri().toURL()}, getClass().getClassLoader());
    }

    private static String namespaceOf(LanHost host) throws IOException {
        Object inode = Files.getAttribute(Path.of("/var/run/netns", host.name()), "unix:ino");
        return "net:[" + inode + "]";
    }

    private static IpAddress ip(LanHost host) {
        return IpAddress.parse(host.ipv4()).orElseThrow();
    }

    private static InstanceSnapshot instance(FailoverWatchPlugin watch) {
        return watch.snapshot().instance(INSTANCE).orElseThrow();
    }

    private static String describe(DaemonEvent e) {
        if (e instanceof InstanceStateChanged c) {
            return c.from() + "->" + c.to();
        }
        if (e instanceof MasterChanged m) {
            return "master " + m.master().map(IpAddress::toString).orElse("none");
        }
        return e.toString();
    }

    private static java.util.function.Predicate<DaemonEvent> to(InstanceState state) {
        return e -> e instanceof InstanceStateChanged c && c.to() == state;
    }

    private static java.util.function.Predicate<DaemonEvent> from(InstanceState state) {
        return e -> e instanceof InstanceStateChanged c && c.from() == state;
    }

    private static void assertRefused(FailoverWatchPlugin watch, VrrpCommand command, String why) throws Exception {
        CommandOutcome outcome = watch.submit(command).get(5, TimeUnit.SECONDS);
        assertThat(outcome.applied()).as(command + " -> " + outcome.message()).isFalse();
        assertThat(outcome.message()).contains(why);
    }

    private static void assertApplied(FailoverWatchPlugin watch, VrrpCommand command, String what) throws Exception {
        CommandOutcome outcome = watch.submit(command).get(5, TimeUnit.SECONDS);
        assertThat(outcome.applied()).as(command + " -> " + outcome.message()).isTrue();
        assertThat(outcome.message()).contains(what);
    }

    private static AssertionError failure(String what, FailoverWatchPlugin watch) {
        return new AssertionError(what + "; the plugin saw " + watch.seen() + "; snapshot "
                + watch.snapshot().instance(INSTANCE));
    }
}
