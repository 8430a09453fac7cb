package org.keepalived4j.dist.vrrp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.keepalived4j.testing.CommandResult;
import org.keepalived4j.testing.HostProcess;
import org.keepalived4j.testing.Keepalived4jHome;
import org.keepalived4j.testing.LanHost;
import org.keepalived4j.testing.NetnsLanExtension;
import org.keepalived4j.testing.Privileged;
import org.keepalived4j.testing.Signal;

/**
 * What keepalived4j leaves in the kernel, the way an operator checks it with {@code ip}: the
 * MASTER's VIPs, virtual routes and rules, the static entries, all gone after a stop; a killed
 * master's VIP expiring on its own (crash-safe VIPs); and {@code --cleanup} for the case where
 * the lifetime is turned off.
 */
@Privileged
class AddressLifecycleIT {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @RegisterExtension
    final NetnsLanExtension lan = NetnsLanExtension.withHosts(1);

    private static String config(String extra) {
        return """
                global_defs {
                    vrrp_version 3
                %s}
                static_ipaddress {
                    192.0.2.180/24 dev eth0
                }
                static_routes {
                    10.80.0.0/16 via 192.0.2.254 dev eth0 table 200
                }
                static_rules {
                    from 192.0.2.180/32 table 200 priority 1200
                }
                vrrp_instance VI_1 {
                    interface eth0
                    virtual_router_id 51
                    priority 150
                    advert_int 0.1
                    virtual_ipaddress {
                        192.0.2.201/24
                    }
                    virtual_routes {
                        10.90.0.0/16 via 192.0.2.254 dev eth0 table 100
                    }
                    virtual_rules {
                        from 192.0.2.201/32 table 100 priority 1100
                    }
                }
                """.formatted(extra);
    }

    private static String ip(LanHost h, String... args) {
        CommandResult r = h.ip(args);
        assertThat(r.succeeded()).as("ip %s", String.join(" ", args)).isTrue();
        return r.stdout();
    }

    @Test
    void theMasterInstallsVipsRoutesRulesAndStaticEntriesAndAStopRemovesThemAll() {
        LanHost h = lan.host(1);
        Path conf = lan.lan().writeFile("k.conf", config(""));
        HostProcess daemon = h.startKeepalived4j(conf);

        await().atMost(WAIT).until(() -> h.hasAddress("192.0.2.201"));
        assertThat(h.hasAddress("192.0.2.180")).as("static_ipaddress").isTrue();
        await().atMost(WAIT).untilAsserted(() -> {
            assertThat(ip(h, "route", "show", "table", "100")).contains("10.90.0.0/16 via 192.0.2.254 dev eth0");
            assertThat(ip(h, "route", "show", "table", "200")).contains("10.80.0.0/16 via 192.0.2.254 dev eth0");
            assertThat(ip(h, "rule")).contains("1100:\tfrom 192.0.2.201 lookup 100")
                    .contains("1200:\tfrom 192.0.2.180 lookup 200");
        });
        // crash-safe: the VIP has a finite lifetime, the static address has none
        String vip = ip(h, "-o", "addr", "show", "to", "192.0.2.201");
        assertThat(vip).doesNotContain("valid_lft forever").containsPattern("valid_lft [0-9]+sec");
        assertThat(ip(h, "-o", "addr", "show", "to", "192.0.2.180")).contains("valid_lft forever");

        daemon.signal(Signal.TERM);
        assertThat(daemon.awaitExit(WAIT)).isZero();
        assertThat(h.hasAddress("192.0.2.201")).isFalse();
        assertThat(h.hasAddress("192.0.2.180")).isFalse();
        assertThat(ip(h, "route", "show", "table", "100")).doesNotContain("10.90.0.0");
        assertThat(ip(h, "route", "show", "table", "200")).doesNotContain("10.80.0.0");
        assertThat(ip(h, "rule")).doesNotContain("lookup 100").doesNotContain("lookup 200");
    }

    @Test
    void aKilledMastersVipExpiresOnItsOwn() {
        LanHost h = lan.host(1);
        HostProcess daemon = h.startKeepalived4j(lan.lan().writeFile("k.conf", config("")));
        await().atMost(WAIT).until(() -> h.hasAddress("192.0.2.201"));

        daemon.signal(Signal.KILL);
        daemon.awaitExit(WAIT);
        long killed = System.nanoTime();
        await().atMost(Duration.ofSeconds(5)).until(() -> !h.hasAddress("192.0.2.201"));
        assertThat(Duration.ofNanos(System.nanoTime() - killed))
                .as("lifetime 1 s (0.1 s adverts) plus the kernel's once-a-second check")
                .isLessThan(Duration.ofMillis(3500));
    }

    @Test
    void cleanupRemovesWhatADeadDaemonLeftWhenLifetimesAreOff() {
        LanHost h = lan.host(1);
        Path conf = lan.lan().writeFile("k.conf", config("    vip_lifetime off\n"));
        HostProcess daemon = h.startKeepalived4j(conf);
        await().atMost(WAIT).until(() -> h.hasAddress("192.0.2.201"));
        daemon.signal(Signal.KILL);
        daemon.awaitExit(WAIT);
        assertThat(ip(h, "-o", "addr", "show", "to", "192.0.2.201")).contains("valid_lft forever");

        Path launcher = Keepalived4jHome.launcher(Keepalived4jHome.current());
        CommandResult cleanup = h.run(Duration.ofSeconds(30), launcher.toString(), "--cleanup", "-l", "-f",
                conf.toString());
        assertThat(cleanup.succeeded()).as(cleanup.toString()).isTrue();
        assertThat(h.hasAddress("192.0.2.201")).isFalse();
        assertThat(h.hasAddress("192.0.2.180")).as("static entries go too, as at a stop").isFalse();
        assertThat(ip(h, "rule")).doesNotContain("lookup 100");
    }
}
