package org.keepalived4j.dist.vrrp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.nio.file.Path;
import java.time.Duration;
import java.util.function.BooleanSupplier;
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
 * keepalived4j and FRR 8.4's vrrpd as the two routers of one VRRPv3 virtual router at 100 ms adverts (the
 * 10 cs both allow), over IPv4 and IPv6, each way round: the higher priority becomes the only master and
 * stays so, the backup takes over when the master stops, and the master takes the VIP back when it returns
 * (both preempt by default). The IPv4 checksum is the one both compute by default, over the IPv4
 * pseudo-header (FRR 8.4 has no switch for it; keepalived4j accepts either form).
 *
 * <p>Who holds the VIP: keepalived4j adds it to eth0 while MASTER and removes it otherwise; FRR keeps it
 * on its macvlan and sets the macvlan protodown while Backup ({@link FrrVrrpd#holdsVip}).
 */
@Privileged
class FrrInteropIT {

    private static final int MASTER_PRIORITY = 150;
    private static final int BACKUP_PRIORITY = 100;
    private static final Duration TAKEOVER = Duration.ofSeconds(5);
    private static final Duration STEADY = Duration.ofMillis(800);
    /** Generous: two JVMs and other builds share two cores here. */
    private static final Duration STARTUP = Duration.ofSeconds(20);

    @RegisterExtension
    final NetnsLanExtension lan = NetnsLanExtension.withHosts(2);

    static Stream<Arguments> cases() {
        return Stream.of(VrrpVariant.V3_IPV4, VrrpVariant.V3_IPV6)
                .flatMap(v -> Stream.of(Arguments.of(v, true), Arguments.of(v, false)));
    }

    /** One router of the pair: how to start and stop it, and whether it holds the VIP now. */
    private interface Router {
        HostProcess start();

        /** Graceful stop (TERM); returns the exit code. */
        int stop();

        boolean holdsVip();

        String evidence();
    }

    @ParameterizedTest(name = "{0}, keepalived4j is master: {1}")
    @MethodSource("cases")
    void frrAndKeepalived4jAgreeOnOneMasterAndFailOverBothWays(VrrpVariant variant, boolean oursIsMaster)
            throws Exception {
        LanHost ours = lan.host(1);
        LanHost theirs = lan.host(2);
        int ourPriority = oursIsMaster ? MASTER_PRIORITY : BACKUP_PRIORITY;
        int theirPriority = oursIsMaster ? BACKUP_PRIORITY : MASTER_PRIORITY;
        Router k4j = keepalived4j(ours, theirs, variant, ourPriority, oursIsMaster);
        Router frr = frr(theirs, variant, theirPriority);
        Router master = oursIsMaster ? k4j : frr;
        Router backup = oursIsMaster ? frr : k4j;

        backup.start();
        master.start();
        Duration first = awaitOnlyHolder(master, backup, TAKEOVER);
        assertSteady(master, backup);

        // graceful stop of the master: the backup takes over
        assertThat(master.stop()).as("exit code of the stopped master").isZero();
        Duration failover = awaitOnlyHolder(backup, master, TAKEOVER);
        if (!oursIsMaster) {
            // FRR sends priority 0 when it stops: keepalived4j takes over after its skew time, not the MDI
            assertThat(backup.evidence()).as("keepalived4j's reason for taking over")
                    .contains("Entering MASTER STATE (the master left with priority 0)");
        }

        // the master returns and preempts
        master.start();
        Duration preempt = awaitOnlyHolder(master, backup, TAKEOVER);
        assertSteady(master, backup);
        System.out.printf("[frr] %s, keepalived4j master: %s: master after %d ms, failover %d ms, preempted back"
                + " after %d ms%n", variant, oursIsMaster, first.toMillis(), failover.toMillis(), preempt.toMillis());

        // a clean end for keepalived4j whichever role it has now
        assertThat(k4j.stop()).as("keepalived4j exit code after SIGTERM").isZero();
    }

    private Router keepalived4j(LanHost self, LanHost peer, VrrpVariant variant, int priority, boolean master) {
        Path conf = lan.lan().writeFile("keepalived4j.conf", variant.config(self, peer, priority, master));
        return new Router() {
            private HostProcess daemon;

            @Override
            public HostProcess start() {
                daemon = self.startKeepalived4j(conf);
                // the JVM's start-up is not protocol time: measure from the first state on
                daemon.awaitLine("(VI_1) Entering ", STARTUP);
                return daemon;
            }

            @Override
            public int stop() {
                daemon.signal(Signal.TERM);
                return daemon.awaitExit(Duration.ofSeconds(10));
            }

            @Override
            public boolean holdsVip() {
                return self.hasAddress(variant.vip());
            }

            @Override
            public String evidence() {
                return daemon == null ? "keepalived4j not started" : daemon + "\n" + daemon.tail(30);
            }
        };
    }

    private Router frr(LanHost self, VrrpVariant variant, int priority) {
        FrrVrrpd frr = new FrrVrrpd(lan.lan(), self, VrrpVariant.VRID, variant.vip());
        frr.setUp();
        return new Router() {
            @Override
            public HostProcess start() {
                HostProcess p = frr.start(priority, 100);
                p.awaitLine(variant.ipv6 ? "[IPv6] Initialize -> Backup" : "[IPv4] Initialize -> Backup", STARTUP);
                return p;
            }

            @Override
            public int stop() {
                return frr.vrrpd().stop(Duration.ofSeconds(10));
            }

            @Override
            public boolean holdsVip() {
                return frr.holdsVip();
            }

            @Override
            public String evidence() {
                HostProcess p = frr.vrrpd();
                return (p != null && p.isAlive() ? frr.showVrrp() : "") + "\n" + p + "\n" + (p == null ? "" : p.tail(30));
            }
        };
    }

    private static Duration awaitOnlyHolder(Router holder, Router other, Duration timeout) {
        long start = System.nanoTime();
        long end = start + timeout.toNanos();
        while (System.nanoTime() < end) {
            if (holder.holdsVip() && !other.holdsVip()) {
                return Duration.ofNanos(System.nanoTime() - start);
            }
            pause();
        }
        return fail("no single VIP holder within " + timeout + " (expected holder has it: " + holder.holdsVip()
                + ", other has it: " + other.holdsVip() + ")\n--- expected holder ---\n" + holder.evidence()
                + "\n--- other ---\n" + other.evidence());
    }

    private static void assertSteady(Router master, Router backup) {
        long end = System.nanoTime() + STEADY.toNanos();
        while (System.nanoTime() < end) {
            check(() -> !backup.holdsVip(), "the backup must not hold the VIP while the master runs", master, backup);
            check(master::holdsVip, "the master must keep the VIP", master, backup);
            pause();
        }
    }

    private static void check(BooleanSupplier condition, String what, Router master, Router backup) {
        if (!condition.getAsBoolean()) {
            fail(what + "\n--- master ---\n" + master.evidence() + "\n--- backup ---\n" + backup.evidence());
        }
    }

    private static void pause() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
