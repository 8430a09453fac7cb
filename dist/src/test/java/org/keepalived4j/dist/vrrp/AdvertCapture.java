package org.keepalived4j.dist.vrrp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.keepalived4j.testing.HostProcess;
import org.keepalived4j.testing.LanHost;
import org.keepalived4j.testing.Launch;

/**
 * The adverts one router sends, as a third host sees them on the wire: {@code tcpdump -tt} filtered in
 * the kernel on the router's MAC and IP protocol 112, so that a flood of other traffic on the LAN costs
 * the capture nothing. Timestamps are the kernel's receive times on CLOCK_REALTIME.
 */
final class AdvertCapture {

    /** One advert: when, over IPv4 or IPv6, which version, VRID and priority. */
    record Advert(double epochSeconds, boolean ipv6, int version, int vrid, int priority) {
    }

    /** A stream of adverts: one instance of one router. */
    record Stream(boolean ipv6, int version, int vrid) {
        boolean matches(Advert a) {
            return a.ipv6() == ipv6 && a.version() == version && a.vrid() == vrid;
        }

        @Override
        public String toString() {
            return "VRRPv" + version + " " + (ipv6 ? "IPv6" : "IPv4") + " VRID " + vrid;
        }
    }

    /** Gaps between consecutive adverts of a stream, in milliseconds, with nearest-rank percentiles. */
    record Gaps(Stream stream, int adverts, double[] sortedMillis) {
        double percentile(double p) {
            if (sortedMillis.length == 0) {
                return Double.NaN;
            }
            int rank = (int) Math.ceil(p / 100.0 * sortedMillis.length);
            return sortedMillis[Math.max(0, Math.min(sortedMillis.length - 1, rank - 1))];
        }

        double max() {
            return sortedMillis.length == 0 ? Double.NaN : sortedMillis[sortedMillis.length - 1];
        }

        @Override
        public String toString() {
            return String.format("%s: %d adverts, gap p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms", stream,
                    adverts, percentile(50), percentile(90), percentile(99), max());
        }
    }

    // 1795314862.385589 IP 192.0.2.1 > 224.0.0.18: VRRPv3, Advertisement, vrid 51, prio 150, intvl 10cs, length 12
    private static final Pattern LINE = Pattern.compile(
            "^(\\d+\\.\\d+) (IP6?) .*?VRRPv(\\d), Advertisement, vrid (\\d+), prio (\\d+)");

    private final HostProcess tcpdump;

    private AdvertCapture(HostProcess tcpdump) {
        this.tcpdump = tcpdump;
    }

    /** Starts capturing on {@code observer}'s interface what {@code router} sends; returns once tcpdump listens. */
    static AdvertCapture start(LanHost observer, LanHost router) {
        String filter = "ether src " + router.mac() + " and (ip proto 112 or ip6 proto 112)";
        HostProcess p = observer.start(Launch.of("tcpdump", "tcpdump", "-tt", "-nn", "-l", "-i",
                observer.interfaceName(), filter));
        p.awaitLine("listening on", java.time.Duration.ofSeconds(10));
        return new AdvertCapture(p);
    }

    List<Advert> adverts() {
        List<Advert> out = new ArrayList<>();
        for (String line : tcpdump.lines()) {
            Matcher m = LINE.matcher(line);
            if (m.find()) {
                out.add(new Advert(Double.parseDouble(m.group(1)), m.group(2).equals("IP6"),
                        Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5))));
            }
        }
        return out;
    }

    HostProcess process() {
        return tcpdump;
    }

    /**
     * The gaps of one stream over [from, to]: between consecutive adverts inside the window, from the last
     * advert before it, and from the last one inside it to its end, so that silence at either edge counts
     * (what follows the window, e.g. a deliberate take-over, does not).
     */
    static Gaps gaps(List<Advert> all, Stream stream, double from, double to) {
        List<Double> times = new ArrayList<>();
        Double before = null;
        for (Advert a : all) {
            if (!stream.matches(a)) {
                continue;
            }
            double t = a.epochSeconds();
            if (t < from) {
                before = t;
            } else if (t <= to) {
                times.add(t);
            }
        }
        int inside = times.size();
        if (before != null) {
            times.add(0, before);
        }
        times.add(to);
        double[] gaps = new double[Math.max(0, times.size() - 1)];
        for (int i = 1; i < times.size(); i++) {
            gaps[i - 1] = (times.get(i) - times.get(i - 1)) * 1000.0;
        }
        Arrays.sort(gaps);
        return new Gaps(stream, inside, gaps);
    }
}
