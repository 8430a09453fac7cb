package org.keepalived4j.dist.vrrp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.keepalived4j.testing.HostProcess;
import org.keepalived4j.testing.LanHost;
import org.keepalived4j.testing.NetnsLanExtension;
import org.keepalived4j.testing.Privileged;
import org.keepalived4j.testing.Signal;

/**
 * keepalived4j and Debian's keepalived 2.2.7 as the two routers of one LAN, each way round, for
 * every variant a user runs (v2 with and without PASS, unicast, v3 over IPv4 and IPv6): the
 * higher priority becomes the only MASTER and stays so, the backup takes over when the master stops,
 * when its link goes down and when it is killed, and the master takes the VIP back when it returns.
 */
@Privileged
class KeepalivedInteropIT {

    private static final int MASTER_PRIORITY = 150;
    private static final int BACKUP_PRIORITY = 100;
    private static final Duration STARTUP = Duration.ofSeconds(60);

    @RegisterExtension
    final NetnsLanExtension lan = NetnsLanExtension.withHosts(2);

    static Stream<Arguments> cases() {
        return Stream.of(VrrpVariant.values())
                .flatMap(v -> Stream.of(Arguments.of(v, true), Arguments.of(v, false)));
    }

    @ParameterizedTest(name = "{0}, keepalived4j is master: {1}")
    @MethodSource("cases")
    void routersAgreeOnOneMasterAndFailOverBothWays(VrrpVariant variant, boolean oursIsMaster) throws Exception {
        LanHost master = lan.host(1);
        LanHost backup = lan.host(2);
        Path masterConf = lan.lan().writeFile("master.conf", variant.config(master, backup, MASTER_PRIORITY, true));
        Path backupConf = lan.lan().writeFile("backup.conf", variant.config(backup, master, BACKUP_PRIORITY, false));
        VipWatch watch = new VipWatch(variant.vip(), master, backup);
        Duration takeover = variant.takeover();
        Duration steady = variant.version == 2 ? Duration.ofSeconds(3) : Duration.ofMillis(800);

        // the master first: a backup started alone would become master itself, and the two would
        // briefly both hold the VIP while they sort it out, which is VRRP, not a fault
        HostProcess masterDaemon = start(master, masterConf, oursIsMaster);
        HostProcess backupDaemon = start(backup, backupConf, !oursIsMaster);
        watch.awaitHolder(master, takeover, masterDaemon, backupDaemon);
        watch.assertSteady(master, steady);

        // graceful stop: priority 0, the backup takes over after its skew time
        masterDaemon.signal(Signal.TERM);
        watch.awaitHolder(backup, takeover, masterDaemon, backupDaemon);
        assertThat(masterDaemon.awaitExit(Duration.ofSeconds(10))).isZero();

        // the master returns and preempts
        masterDaemon = start(master, masterConf, oursIsMaster);
        watch.awaitHolder(master, takeover, masterDaemon, backupDaemon);
        watch.assertSteady(master, steady);

        // its link goes down: FAULT there, the backup takes over; back up: preempted again
        master.linkDown();
        watch.awaitHolder(backup, takeover, masterDaemon, backupDaemon);
        master.linkUp();
        watch.awaitHolder(master, takeover, masterDaemon, backupDaemon);

        // SIGKILL: the backup takes over when the adverts stop
        masterDaemon.signal(Signal.KILL);
        masterDaemon.awaitExit(Duration.ofSeconds(10));
        long deadline = System.nanoTime() + takeover.toNanos();
        while (!backup.hasAddress(variant.vip()) && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(backup.hasAddress(variant.vip())).as("backup takes over after the master was killed\n%s",
                backupDaemon.tail(30)).isTrue();
        if (oursIsMaster) {
            // crash-safe VIPs: the kernel drops the dead keepalived4j's VIP on its own
            watch.awaitGone(master, Duration.ofSeconds(variant.version == 2 ? 8 : 4));
        }
    }

    /**
     * Starts a router and waits until its instance runs (both daemons log "Entering BACKUP STATE"
     * first), so that a slow JVM start on a loaded machine is not mistaken for a failed takeover.
     */
    private HostProcess start(LanHost host, Path conf, boolean ours) {
        HostProcess p = ours ? host.startKeepalived4j(conf) : host.startKeepalived(conf);
        p.awaitLine("Entering BACKUP STATE", STARTUP);
        return p;
    }
}
