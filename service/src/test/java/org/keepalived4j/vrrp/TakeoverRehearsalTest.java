package org.keepalived4j.vrrp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.keepalived4j.config.ConfigLoader;
import org.keepalived4j.config.FakeHost;
import org.keepalived4j.config.IpAddress;
import org.keepalived4j.config.KeepalivedConfig;
import org.keepalived4j.config.net.AddressEntry;
import org.keepalived4j.config.net.RouteEntry;
import org.keepalived4j.config.net.RuleEntry;
import org.keepalived4j.config.text.InMemoryConfigFiles;
import org.keepalived4j.config.vrrp.VrrpInstance;
import org.keepalived4j.events.InstanceState;
import org.keepalived4j.events.InstanceStateChanged;

/**
 * A rehearsal plays takeovers on ports that send nothing, one per kind of instance, and never
 * touches the live instances, their VIPs or the event bus.
 */
class TakeoverRehearsalTest {

    private static final String MAIN = "/etc/keepalived/keepalived.conf";
    private static final int IPV4_HEADER = 20;

    private static String instance(String name, int vrid, String extra) {
        return """
                vrrp_instance %s {
                    interface eth0
                    virtual_router_id %d
                    priority 100
                    advert_int 0.1
                %s    virtual_ipaddress {
                        10.9.9.%d/24
                    }
                }
                """.formatted(name, vrid, extra, vrid);
    }

    private static KeepalivedConfig config(String text) {
        ConfigLoader.Result r = ConfigLoader.load(MAIN, "r", new InMemoryConfigFiles("/etc/keepalived").file(MAIN, text),
                FakeHost.withEth0AndEth1());
        assertThat(r.diagnostics().counted()).isEmpty();
        return r.config();
    }

    private static List<InstancePlan> plans(KeepalivedConfig config) {
        List<InstancePlan> plans = new ArrayList<>();
        for (VrrpInstance i : config.vrrp().instances()) {
            plans.add(InstancePlan.of(i, config.global()));
        }
        return plans;
    }

    @Test
    void everyRoundTakesOverOnTheDryPortsAndStopsAgain() {
        KeepalivedConfig config = config("global_defs {\n vrrp_version 3\n}\n" + instance("VI_1", 51, ""));
        DryPorts dry = new DryPorts();
        TakeoverRehearsal rehearsal = new TakeoverRehearsal(plans(config), dry.ports(), Clock.systemUTC(), 5);

        rehearsal.run();

        assertThat(rehearsal.takeovers()).isEqualTo(5);
        assertThat(dry.puts).hasSize(5).allSatisfy(p -> assertThat(p).containsExactly("10.9.9.51/24"));
        assertThat(dry.removes.get()).isEqualTo(5);
        assertThat(dry.announces.get()).isGreaterThanOrEqualTo(5);
        // the takeover's advert and the stop's priority-0 advert, each round
        List<Integer> priorities = new ArrayList<>();
        for (byte[] packet : dry.adverts) {
            priorities.add(packet[IPV4_HEADER + 2] & 0xff); // our IPv4 header has no options
        }
        assertThat(priorities).contains(100, 0);
        assertThat(priorities.stream().filter(p -> p == 0).count()).isEqualTo(5);
    }

    @Test
    void oneInstanceOfEachKindIsRehearsed() {
        KeepalivedConfig config = config("""
                global_defs {
                    vrrp_version 3
                }
                """ + instance("A", 1, "") + instance("B", 2, "") + instance("C", 3, "")
                + instance("V2", 4, "    version 2\n    advert_int 1\n    authentication {\n"
                        + "        auth_type PASS\n        auth_pass secret\n    }\n")
                + instance("UC", 5, "    unicast_peer {\n        10.9.9.250\n    }\n"));

        List<InstancePlan> kinds = TakeoverRehearsal.kinds(plans(config));

        assertThat(kinds).extracting(InstancePlan::name).containsExactly("A", "V2", "UC");
    }

    @Test
    void theLiveInstancesTheirVipsAndTheBusSeeNothingOfIt() {
        List<FakeRouter> lan = new CopyOnWriteArrayList<>();
        DryPorts dry = new DryPorts();
        try (FakeRouter master = new FakeRouter("a", "10.9.9.1", FakeRouter.singleV3Instance(150, ""), lan);
                FakeRouter backup = new FakeRouter("b", "10.9.9.2", FakeRouter.singleV3Instance(100, ""), lan)) {
            master.start();
            backup.engine.rehearseTakeoversOn(dry.ports());
            backup.start();

            await().atMost(Duration.ofSeconds(30)).until(() -> dry.removes.get() == TakeoverRehearsal.ROUNDS);

            assertThat(backup.engine.snapshot().instance("VI_1").orElseThrow().state()).isEqualTo(InstanceState.BACKUP);
            assertThat(backup.vips).isEmpty();
            assertThat(backup.puts).isEmpty();
            assertThat(backup.sent).isEmpty();
            assertThat(backup.events).filteredOn(e -> e instanceof InstanceStateChanged)
                    .extracting(e -> ((InstanceStateChanged) e).to()).containsOnly(InstanceState.BACKUP);
            assertThat(dry.puts).hasSize(TakeoverRehearsal.ROUNDS);
        }
    }

    /** Ports that record what a takeover would do and send nothing. */
    private static final class DryPorts {
        final List<List<String>> puts = new CopyOnWriteArrayList<>();
        final AtomicInteger removes = new AtomicInteger();
        final AtomicInteger announces = new AtomicInteger();
        final List<byte[]> adverts = new CopyOnWriteArrayList<>();

        EnginePorts ports() {
            IpAddress self = IpAddress.parse("10.9.9.2").orElseThrow();
            InterfaceFacts eth0 = new InterfaceFacts("eth0", 2, true, Optional.of(self), Optional.empty(),
                    new byte[] {2, 0, 0, 0, 0, 2});
            return new EnginePorts((ifname, family, source, destination, packet) -> adverts.add(packet),
                    new EnginePorts.AddressPlane() {
                        @Override
                        public void put(List<AddressEntry> addresses, long lifetimeSeconds) {
                            puts.add(addresses.stream().map(a -> a.local().toString()).toList());
                        }

                        @Override
                        public void remove(List<AddressEntry> addresses) {
                            removes.incrementAndGet();
                        }
                    }, new EnginePorts.RoutingPlane() {
                        @Override
                        public void add(List<RouteEntry> routes, List<RuleEntry> rules) {
                        }

                        @Override
                        public void remove(List<RouteEntry> routes, List<RuleEntry> rules) {
                        }
                    }, (on, address) -> announces.incrementAndGet(), name -> Optional.of(eth0));
        }
    }
}
