package org.keepalived4j.dist.vrrp;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.keepalived4j.dist.vrrp.AdvertCapture.Advert;
import org.keepalived4j.dist.vrrp.AdvertCapture.Gaps;
import org.keepalived4j.dist.vrrp.AdvertCapture.Stream;
import org.keepalived4j.testing.HostProcess;
import org.keepalived4j.testing.LanHost;
import org.keepalived4j.testing.Launch;
import org.keepalived4j.testing.NetnsLanExtension;
import org.keepalived4j.testing.Privileged;
import org.keepalived4j.testing.Signal;

/**
 * keepalived4j as MASTER of three instances (VRRPv3 IPv4 and IPv6 at 100 ms, VRRPv2 with PASS at 1 s) on
 * host 1, keepalived4j as their BACKUP on host 3, while host 2 sends hostile protocol-112 traffic
 * ({@code hostile_traffic.py}, scapy): truncated, wrong checksum, wrong TTL, wrong version and type, unknown
 * VRIDs, bad v2 authentication, v3 with zero count or interval, random bytes, ucarp/OpenBSD CARP adverts on
 * our VRIDs, oversized and fragmented packets, IPv6 garbage to ff02::12; each kind for a while, then all
 * mixed at a high rate. Each faulty packet would take MASTER away if accepted (priority 255 or 254).
 *
 * <p>Asserted: the master stays alive and the only holder of every VIP throughout; tcpdump on host 3 sees
 * its adverts keep their rhythm (no gap a backup could fail over on, median unchanged); its log names each
 * discard cause once, not each packet; the same adverts without their fault do take MASTER away (so the
 * traffic really reaches the daemon); SIGTERM ends it with exit 0.
 */
@Privileged
class HostileTrafficIT {

    private static final int V3_VRID = 51;
    private static final int V2_VRID = 52;
    private static final String VIP4 = "192.0.2.201";
    private static final String VIP4_V2 = "192.0.2.202";
    private static final String VIP6 = "2001:db8::201";
    private static final String PASS = "k4jpass";
    private static final int MASTER_PRIORITY = 150;
    private static final int BACKUP_PRIORITY = 100;

    private static final Stream V3_IPV4 = new Stream(false, 3, V3_VRID);
    private static final Stream V3_IPV6 = new Stream(true, 3, V3_VRID);
    private static final Stream V2_IPV4 = new Stream(false, 2, V2_VRID);

    // (VI_4) discarding an advert from 192.0.2.2 on eth0: TTL 254 is not 255
    private static final Pattern DISCARD = Pattern.compile("(\\(\\w+\\) )?discarding (?:an advert|a packet) .*?: (.*)$");
    private static final Pattern PHASE = Pattern.compile(
            "\"phase\": \"([\\w-]+)\", \"start\": ([\\d.]+), \"end\": ([\\d.]+), \"sent\": (\\d+), \"dropped\": (\\d+)");

    @RegisterExtension
    final NetnsLanExtension lan = NetnsLanExtension.withHosts(3);

    record Phase(String name, double start, double end, long sent, long dropped) {
        double rate() {
            return sent / (end - start);
        }
    }

    /** One look at who holds the VIPs, taken every 100 ms while the traffic runs. */
    record Sample(double epochSeconds, boolean masterHoldsAll, List<String> backupHolds, boolean masterAlive) {
    }

    @Test
    void hostileTrafficNeitherCrashesNorDelaysTheMaster() throws Exception {
        LanHost master = lan.host(1);
        LanHost attacker = lan.host(2);
        LanHost observer = lan.host(3);
        Path masterConf = lan.lan().writeFile("master.conf", config(master, MASTER_PRIORITY, true));
        Path backupConf = lan.lan().writeFile("backup.conf", config(observer, BACKUP_PRIORITY, false));

        HostProcess backupDaemon = observer.startKeepalived4j(backupConf);
        HostProcess masterDaemon = master.startKeepalived4j(masterConf);
        AdvertCapture capture = AdvertCapture.start(observer, master);
        for (String vip : List.of(VIP4, VIP4_V2, VIP6)) {
            new VipWatch(vip, master, observer).awaitHolder(master, Duration.ofSeconds(10), masterDaemon,
                    backupDaemon);
        }

        List<Sample> samples = new ArrayList<>();
        Thread sampler = new Thread(() -> sample(master, observer, masterDaemon, samples), "vip-sampler");
        sampler.setDaemon(true);
        sampler.start();
        HostProcess traffic;
        try {
            // niced: on a real LAN the attacker does not share the router's CPU; here it must not starve it
            traffic = attacker.start(Launch.of("hostile", "nice", "-n", "19", "/usr/bin/python3", script().toString(),
                    "--iface", attacker.interfaceName(), "--mac", attacker.mac(),
                    "--src4", attacker.ipv4(), "--src6", attacker.ipv6(),
                    "--vip4", VIP4, "--vip4-v2", VIP4_V2, "--vip6", VIP6,
                    "--vrid-v3", Integer.toString(V3_VRID), "--vrid-v2", Integer.toString(V2_VRID),
                    "--v2-pass", PASS,
                    "--phase-seconds", "1.2", "--phase-rate", "2000",
                    "--flood-seconds", "5", "--flood-rate", "8000",
                    "--control-seconds", "1", "--seed", Long.toString(System.nanoTime() & 0xffff)));
            assertThat(traffic.awaitExit(Duration.ofSeconds(60))).as("hostile_traffic.py\n%s", traffic.tail(30))
                    .isZero();
            Thread.sleep(300);
        } finally {
            sampler.interrupt();
            sampler.join(5_000);
        }

        Map<String, Phase> phases = phases(traffic);
        Phase first = phases.get("truncated");
        Phase flood = phases.get("flood");
        Phase control = phases.get("control");
        System.out.println("[hostile] traffic sent:\n" + phases.values().stream()
                .map(p -> String.format("  %-13s %6d frames in %.2f s = %6.0f/s (%d refused by the kernel)",
                        p.name(), p.sent(), p.end() - p.start(), p.rate(), p.dropped()))
                .collect(Collectors.joining("\n")));
        assertThat(flood.rate()).as("the flood reaches thousands of packets a second").isGreaterThan(2000);

        // 1. alive and the only holder of every VIP from the first hostile packet to the end of the flood
        List<Sample> during;
        synchronized (samples) {
            during = samples.stream().filter(s -> s.epochSeconds() >= first.start() && s.epochSeconds() <= flood.end())
                    .toList();
        }
        assertThat(during.size()).as("VIP samples during the traffic").isGreaterThan(20);
        assertThat(during).as("samples where the master was dead, lacked a VIP, or the backup held one\n%s\n%s",
                masterDaemon.tail(40), backupDaemon.tail(20))
                .allMatch(s -> s.masterAlive() && s.masterHoldsAll() && s.backupHolds().isEmpty());

        // 2. adverts keep their rhythm: no gap near the backup's master-down interval (3 x interval + skew;
        // 3 x interval is the bound), median at the configured interval (no slowing, no advert per packet)
        List<Advert> adverts = capture.adverts();
        StringBuilder report = new StringBuilder("[hostile] master adverts seen by host 3:");
        List<Runnable> checks = new ArrayList<>();
        for (Stream stream : List.of(V3_IPV4, V3_IPV6, V2_IPV4)) {
            double intervalMs = stream.version() == 3 ? 100 : 1000;
            Gaps quiet = AdvertCapture.gaps(adverts, stream, first.start() - 4, first.start());
            Gaps hostile = AdvertCapture.gaps(adverts, stream, first.start(), flood.start());
            Gaps flooded = AdvertCapture.gaps(adverts, stream, flood.start(), flood.end());
            Gaps whole = AdvertCapture.gaps(adverts, stream, first.start(), flood.end());
            if (quiet.adverts() >= 3) {
                report.append("\n  quiet 4 s before:   ").append(quiet);
            }
            report.append("\n  each kind in turn:  ").append(hostile)
                    .append("\n  mixed flood:        ").append(flooded);
            checks.add(() -> {
                assertThat(whole.max()).as("longest gap of %s under hostile traffic (ms)", stream)
                        .isLessThan(3 * intervalMs);
                assertThat(whole.percentile(50)).as("median gap of %s under hostile traffic (ms)", stream)
                        .isBetween(0.9 * intervalMs, 1.1 * intervalMs);
                assertThat(whole.adverts()).as("adverts of %s under hostile traffic", stream)
                        .isGreaterThanOrEqualTo((int) (0.9 * (flood.end() - first.start()) * 1000 / intervalMs) - 1);
            });
        }
        System.out.println(report + "\n  machine load (1/5/15 min): " + loadAverage());
        assertThat(adverts.stream().filter(a -> a.epochSeconds() >= first.start() && a.epochSeconds() <= flood.end()))
                .as("priority in the master's adverts").allMatch(a -> a.priority() == MASTER_PRIORITY);
        checks.forEach(Runnable::run);

        // 3. one log line per discard cause and instance, however many packets had it
        for (HostProcess daemon : List.of(masterDaemon, backupDaemon)) {
            List<String> discards = daemon.lines().stream().filter(l -> DISCARD.matcher(l).find()).toList();
            System.out.println("[hostile] " + daemon + " logged " + discards.size() + " discards:\n  "
                    + String.join("\n  ", discards));
            Map<String, List<String>> byCause = new LinkedHashMap<>();
            for (String line : discards) {
                byCause.computeIfAbsent(cause(line), k -> new ArrayList<>()).add(line);
            }
            Map<String, String> repeated = new LinkedHashMap<>();
            byCause.forEach((cause, lines) -> {
                if (lines.size() > 1) {
                    repeated.put(cause, lines.size() + " lines, e.g. " + lines.get(0) + " / " + lines.get(1));
                }
            });
            assertThat(repeated).as("%s: discard causes logged more than once (one line per cause and instance"
                    + " expected, whatever the packets carried)", daemon).isEmpty();
            assertThat(byCause.keySet()).as("%s: causes logged", daemon).contains(
                    "VI_4 ttl", "VI_4 version", "VI_4 checksum", "VI_4 zero count", "VI_4 zero interval",
                    "VI_2 ttl", "VI_2 password", "VI_2 checksum", "VI_6 ttl");
            long total = daemon.lines().size();
            assertThat(total).as("%s: all log lines, while host 2 sent %d packets", daemon,
                    phases.values().stream().mapToLong(Phase::sent).sum()).isLessThan(200);
        }

        // 4. control: the same adverts without a fault (priority 255) do take MASTER away
        List<Sample> underControl;
        synchronized (samples) {
            underControl = samples.stream()
                    .filter(s -> s.epochSeconds() >= control.start() && s.epochSeconds() <= control.end() + 0.3)
                    .toList();
        }
        assertThat(underControl).as("a fault-free priority-255 advert makes the master give up %s", VIP4)
                .anyMatch(s -> !s.masterHoldsAll());
        new VipWatch(VIP4, master, observer).awaitHolder(master, Duration.ofSeconds(5), masterDaemon, backupDaemon);

        // 5. a clean stop
        masterDaemon.signal(Signal.TERM);
        assertThat(masterDaemon.awaitExit(Duration.ofSeconds(10))).as("exit code after SIGTERM").isZero();
    }

    /** What a discard line is about, for counting: instance plus the kind of fault, without the numbers. */
    static String cause(String line) {
        Matcher m = DISCARD.matcher(line);
        if (!m.find()) {
            throw new IllegalArgumentException(line);
        }
        String instance = m.group(1) == null ? "engine" : m.group(1).replaceAll("[() ]", "");
        String detail = m.group(2);
        String kind;
        if (detail.matches("(TTL|hop limit) \\d+ is not 255")) {
            kind = "ttl";
        } else if (detail.matches("version \\d+ differs.*")) {
            kind = "version";
        } else if (detail.contains("checksum") && detail.contains("is wrong")) {
            kind = "checksum";
        } else if (detail.equals("address count is 0")) {
            kind = "zero count";
        } else if (detail.equals("maximum advertisement interval is 0")) {
            kind = "zero interval";
        } else if (detail.contains("password differs")) {
            kind = "password";
        } else if (detail.matches("no instance with VRID \\d+ on \\S+")) {
            // one cause, whatever VRID the junk happened to carry
            kind = "unknown vrid";
        } else {
            kind = detail.replaceAll("0x\\p{XDigit}+|\\d+(\\.\\d+)*", "N");
        }
        return instance + " " + kind;
    }

    private static void sample(LanHost master, LanHost backup, HostProcess masterDaemon, List<Sample> into) {
        while (!Thread.currentThread().isInterrupted()) {
            double now = System.currentTimeMillis() / 1000.0;
            boolean all = master.hasAddress(VIP4) && master.hasAddress(VIP4_V2) && master.hasAddress(VIP6);
            List<String> other = List.of(VIP4, VIP4_V2, VIP6).stream().filter(backup::hasAddress).toList();
            synchronized (into) {
                into.add(new Sample(now, all, other, masterDaemon.isAlive()));
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private static Map<String, Phase> phases(HostProcess traffic) {
        Map<String, Phase> out = new LinkedHashMap<>();
        for (String line : traffic.lines()) {
            Matcher m = PHASE.matcher(line);
            if (m.find()) {
                out.put(m.group(1), new Phase(m.group(1), Double.parseDouble(m.group(2)),
                        Double.parseDouble(m.group(3)), Long.parseLong(m.group(4)), Long.parseLong(m.group(5))));
            }
        }
        assertThat(out).as("phases reported by hostile_traffic.py\n%s", traffic.tail(30))
                .containsKeys("truncated", "flood", "control");
        return out;
    }

    private static String loadAverage() {
        try {
            return java.nio.file.Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }

    private static Path script() throws URISyntaxException {
        return Path.of(HostileTrafficIT.class.getResource("/vrrp/hostile_traffic.py").toURI());
    }

    private static String config(LanHost self, int priority, boolean master) {
        String state = master ? "MASTER" : "BACKUP";
        return "global_defs {\n    router_id " + self.name() + "\n    vrrp_version 3\n}\n\n"
                + instance("VI_4", state, self, V3_VRID, priority, "0.1", "", VIP4 + "/24")
                + instance("VI_6", state, self, V3_VRID, priority, "0.1", "", VIP6 + "/64")
                + instance("VI_2", state, self, V2_VRID, priority, "1",
                        "    version 2\n    authentication {\n        auth_type PASS\n        auth_pass " + PASS
                                + "\n    }\n",
                        VIP4_V2 + "/24");
    }

    private static String instance(String name, String state, LanHost self, int vrid, int priority, String advertInt,
            String extra, String vip) {
        return "vrrp_instance " + name + " {\n    state " + state + "\n    interface " + self.interfaceName()
                + "\n    virtual_router_id " + vrid + "\n    priority " + priority + "\n    advert_int " + advertInt
                + "\n" + extra + "    virtual_ipaddress {\n        " + vip + "\n    }\n}\n\n";
    }
}
