package org.keepalived4j.vrrp;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.keepalived4j.config.ConfigLoader;
import org.keepalived4j.config.FakeHost;
import org.keepalived4j.config.IpAddress;
import org.keepalived4j.config.net.AddressEntry;
import org.keepalived4j.config.net.RouteEntry;
import org.keepalived4j.config.net.RuleEntry;
import org.keepalived4j.config.text.InMemoryConfigFiles;
import org.keepalived4j.events.EventBus;

/**
 * A benchmark, not a test: how regularly the VRRP loop sends adverts while the rest of the JVM is
 * busy. It runs N VRRPv3 instances at 10 cs as lone masters on fake ports that timestamp every
 * advert, first on an idle JVM, then while other threads allocate garbage as fast as they can
 * (forcing collections) and spin, and prints the deviation of each advert from its 100 ms interval.
 *
 * <p>Run: {@code bench/advert-jitter.sh} (or this class's main with the test class path;
 * arguments: instances, seconds per phase, busy threads).
 */
public final class AdvertJitterBench {

    private AdvertJitterBench() {
    }

    public static void main(String[] args) throws Exception {
        int instances = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        int busy = args.length > 2 ? Integer.parseInt(args[2]) : 2;
        System.out.printf("%d VRRPv3 instances at 10 cs, %d s per phase, %d busy threads; JVM %s%n", instances,
                seconds, busy, System.getProperty("java.vm.version"));
        report("idle JVM", run(instances, seconds, 0));
        report("busy JVM (" + busy + " allocating threads)", run(instances, seconds, busy));
    }

    private static void report(String phase, long[] deviationsMicros) {
        Arrays.sort(deviationsMicros);
        int n = deviationsMicros.length;
        System.out.printf("%-32s adverts %6d  |interval - 100 ms| p50 %5d us  p99 %6d us  p99.9 %6d us  max %6d us%n",
                phase, n, at(deviationsMicros, 0.5), at(deviationsMicros, 0.99), at(deviationsMicros, 0.999),
                n == 0 ? 0 : deviationsMicros[n - 1]);
    }

    private static long at(long[] sorted, double q) {
        return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)];
    }

    private static long[] run(int instances, int seconds, int busyThreads) throws Exception {
        Map<Integer, List<Long>> sends = new ConcurrentHashMap<>();
        StringBuilder conf = new StringBuilder("global_defs {\n    vrrp_version 3\n}\n");
        for (int i = 1; i <= instances; i++) {
            conf.append("vrrp_instance VI_").append(i).append(" {\n    interface eth0\n    virtual_router_id ")
                    .append(i).append("\n    priority 255\n    state MASTER\n    advert_int 0.1\n")
                    .append("    virtual_ipaddress {\n        10.8.").append(i / 250).append('.').append(i % 250 + 1)
                    .append("/32\n    }\n}\n");
        }
        String main = "/etc/keepalived/keepalived.conf";
        ConfigLoader.Result r = ConfigLoader.load(main, "bench",
                new InMemoryConfigFiles("/etc/keepalived").file(main, conf.toString()), FakeHost.withEth0AndEth1());
        InterfaceFacts eth0 = new InterfaceFacts("eth0", 2, true, IpAddress.parse("10.9.9.1"), Optional.empty(),
                new byte[6]);
        EnginePorts ports = new EnginePorts((ifname, family, source, destination, packet) -> {
            // byte 1 of the VRRP message (after the 20-byte IPv4 header) is the VRID
            sends.computeIfAbsent(packet[21] & 0xff, k -> new ArrayList<>()).add(System.nanoTime());
        }, new EnginePorts.AddressPlane() {
            @Override
            public void put(List<AddressEntry> addresses, long lifetimeSeconds) {
            }

            @Override
            public void remove(List<AddressEntry> addresses) {
            }
        }, new EnginePorts.RoutingPlane() {
            @Override
            public void add(List<RouteEntry> routes, List<RuleEntry> rules) {
            }

            @Override
            public void remove(List<RouteEntry> routes, List<RuleEntry> rules) {
            }
        }, (on, address) -> { }, name -> Optional.of(eth0));
        try (EventBus bus = new EventBus()) {
            VrrpEngine engine = new VrrpEngine(r.config(), ports, bus, Clock.systemUTC(), System::nanoTime);
            AtomicBoolean stop = new AtomicBoolean();
            List<Thread> load = new ArrayList<>();
            for (int t = 0; t < busyThreads; t++) {
                Thread th = new Thread(() -> {
                    List<byte[]> keep = new ArrayList<>();
                    while (!stop.get()) {
                        keep.add(new byte[64 * 1024]);
                        if (keep.size() > 200) {
                            keep.clear();
                        }
                    }
                }, "busy-" + t);
                th.start();
                load.add(th);
            }
            engine.start();
            Thread.sleep(seconds * 1000L);
            engine.stop(false);
            stop.set(true);
            for (Thread th : load) {
                th.join();
            }
            System.out.println("  loop: " + engine.timerLateness());
        }
        List<Long> deviations = new ArrayList<>();
        for (List<Long> times : sends.values()) {
            // skip the first second: start-up and the owner's first advert burst
            for (int i = 11; i < times.size(); i++) {
                deviations.add(Math.abs(times.get(i) - times.get(i - 1) - 100_000_000L) / 1000);
            }
        }
        return deviations.stream().mapToLong(Long::longValue).toArray();
    }
}
