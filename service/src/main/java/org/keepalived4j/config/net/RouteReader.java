package org.keepalived4j.config.net;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import org.keepalived4j.config.IpAddress;
import org.keepalived4j.config.IpAddress.Family;
import org.keepalived4j.config.IpPrefix;
import org.keepalived4j.config.KeepalivedNumbers;

/**
 * Reads one route line as keepalived 2.2.7's {@code alloc_route} does, quirks included: a word
 * after {@code inet}/{@code inet6} is skipped; after {@code to} no route type is recognised; a bad
 * nexthop ends the nexthops but keeps the route; a value missing at the end of the line stops
 * keepalived's whole parse (reported here as a missing parameter, and the route dropped).
 */
final class RouteReader {

    /** Signals keepalived's "goto err": the route is dropped; the report has been made. */
    private final NetEntryParser parser;
    private final EntryLine line;
    private final boolean allowTrackGroup;

    /** null while nothing on the line has decided it (AF_UNSPEC). */
    private Family family;
    private IpWords.Target destination;
    private String destinationText;
    private RouteType type = RouteType.UNICAST;
    private Optional<IpPrefix> source = Optional.empty();
    private Optional<IpAddress> preferredSource = Optional.empty();
    private Optional<IpAddress> via = Optional.empty();
    private Optional<String> device = Optional.empty();
    private long table = RouteEntry.MAIN_TABLE;
    private Optional<String> vrf = Optional.empty();
    private Optional<RouteScope> scope = Optional.empty();
    private Optional<RouteProtocol> protocol = Optional.empty();
    private OptionalInt tos = OptionalInt.empty();
    private OptionalLong metric = OptionalLong.empty();
    private OptionalLong realms = OptionalLong.empty();
    private OptionalLong expires = OptionalLong.empty();
    private OptionalInt pref = OptionalInt.empty();
    private Optional<Boolean> ttlPropagate = Optional.empty();
    private boolean onlink;
    private Optional<Encap> encap = Optional.empty();
    private final Metrics metrics = new Metrics();
    private final List<Nexthop> nexthops = new ArrayList<>();
    private RouteAddMode mode = RouteAddMode.PREPEND;
    private boolean tracked = true;
    private final TrackGroupOption trackGroup = new TrackGroupOption();

    /** The family a nexthop's {@code via inet|inet6} named; keepalived keeps it from one nexthop to the next. */
    private Family nexthopFamily;

    RouteReader(NetEntryParser parser, EntryLine line, boolean allowTrackGroup) {
        this.parser = parser;
        this.line = line;
        this.allowTrackGroup = allowTrackGroup;
    }

    Optional<RouteEntry> read() {
        return EntryLine.unlessDropped(this::parse);
    }

    private EntryLine.Dropped drop(String message) {
        return line.drop(message);
    }

    private RouteEntry parse() {
        int i = 0;
        boolean withNexthops = false;
        options:
        while (i < line.size()) {
            String word = line.word(i);
            switch (word) {
                case "inet6" -> {
                    requireFamily(Family.INET6, "inet6 specified for IPv4 route");
                    i++;
                }
                case "inet" -> {
                    requireFamily(Family.INET, "inet specified for IPv6 route");
                    i++;
                }
                case "src" -> {
                    String value = line.word(++i);
                    Optional<IpPrefix> a = IpWords.address(value, false, line);
                    if (a.isEmpty()) {
                        throw drop("invalid route src address " + value);
                    }
                    mergeFamily(a.get().address().family(), "Cannot mix IPv4 and IPv6 addresses for route");
                    preferredSource = Optional.of(a.get().address());
                }
                case "as" -> {
                    if (line.word(++i).equals("to")) {
                        i++;
                    }
                    line.error("\"as to\" for MPLS only - ignoring");
                }
                case "via", "gw" -> i = readVia(word, i);
                case "from" -> {
                    String value = line.word(++i);
                    Optional<IpWords.Target> t = IpWords.target(value, line);
                    if (t.isEmpty()) {
                        throw drop("invalid route from address " + value);
                    }
                    if (t.get().family().orElse(null) != Family.INET6) {
                        throw drop("route from address only supported with IPv6 (" + value + ")");
                    }
                    mergeFamily(Family.INET6, "Cannot mix IPv4 and IPv6 addresses for route");
                    source = t.get().prefix();
                }
                case "tos", "dsfield" -> {
                    String value = line.word(++i);
                    OptionalLong v = parser.names().dsfield(value);
                    if (v.isEmpty()) {
                        throw drop("TOS value " + value + " is invalid");
                    }
                    tos = OptionalInt.of((int) v.getAsLong());
                }
                case "table" -> {
                    String value = line.word(++i);
                    OptionalLong v = parser.names().table(value);
                    if (v.isEmpty()) {
                        throw drop("Routing table " + value + " not found for route");
                    }
                    table = v.getAsLong();
                }
                case "protocol" -> {
                    String value = line.word(++i);
                    OptionalLong v = parser.names().protocol(value);
                    if (v.isEmpty()) {
                        throw drop("Protocol " + value + " not found or invalid for route");
                    }
                    protocol = Optional.of(new RouteProtocol((int) v.getAsLong()));
                }
                case "scope" -> {
                    String value = line.word(++i);
                    OptionalLong v = parser.names().scope(value);
                    if (v.isEmpty()) {
                        throw drop("Scope " + value + " not found or invalid for route");
                    }
                    scope = Optional.of(new RouteScope((int) v.getAsLong()));
                }
                case "metric", "priority", "preference" ->
                        metric = required(line.getU(line.word(++i), KeepalivedNumbers.UINT_MAX, "Invalid metric %s specified for route"));
                case "dev", "oif" -> {
                    String name = line.word(++i);
                    if (!parser.interfaceUsable(name, line)) {
                        throw drop("WARNING - interface " + name + " for VROUTE nexthop doesn't exist");
                    }
                    device = Optional.of(name);
                }
                case "onlink" -> onlink = true;
                case "encap" -> {
                    EncapReader.Result r = new EncapReader(parser, line).read(i);
                    i = r.next();
                    encap = r.encap();
                }
                case "expires" -> {
                    i++;
                    if (family == Family.INET) {
                        throw drop("expires is only valid for IPv6");
                    }
                    family = Family.INET6;
                    expires = required(line.getU(line.word(i), KeepalivedNumbers.UINT_MAX, "Invalid expires time %s specified for route"));
                }
                case "mtu" -> {
                    i = lockable(i, RouteMetric.MTU);
                    metrics.mtu = required(line.getU(line.word(i), KeepalivedNumbers.UINT_MAX, "Invalid MTU %s specified for route"));
                }
                case "hoplimit" -> metrics.hoplimit = required(line.getU(line.word(++i), 255, "Invalid hoplimit %s specified for route"));
                case "advmss" -> {
                    i = lockable(i, RouteMetric.ADVMSS);
                    metrics.advmss = required(line.getU(line.word(i), KeepalivedNumbers.UINT_MAX, "Invalid advmss %s specified for route"));
                }
                case "rtt" -> {
                    i = lockable(i, RouteMetric.RTT);
                    metrics.rtt = rtt(line.word(i), 8, "Invalid rtt " + line.word(i) + " for route");
                }
                case "rttvar" -> {
                    i = lockable(i, RouteMetric.RTTVAR);
                    metrics.rttvar = rtt(line.word(i), 4, "Invalid rttvar " + line.word(i) + " for route");
                }
                case "reordering" -> {
                    i = lockable(i, RouteMetric.REORDERING);
                    metrics.reordering = required(line.getU(line.word(i), KeepalivedNumbers.UINT_MAX, "Invalid reordering value %s specified for route"));
                }
                case "window" -> metrics.window = required(line.getU(line.word(++i), KeepalivedNumbers.UINT_MAX, "Invalid window value %s specified for route"));
                case "cwnd" -> {
                    i = lockable(i, RouteMetric.CWND);
                    metrics.cwnd = required(line.getU(line.word(i), KeepalivedNumbers.UINT_MAX, "Invalid cwnd value %s specified for route"));
                }
                case "ssthresh" -> {
                    i = lockable(i, RouteMetric.SSTHRESH);
                    metrics.ssthresh = required(line.getU(line.word(i), KeepalivedNumbers.UINT_MAX, "Invalid ssthresh value %s specified for route"));
                }
                case "realms" -> {
                    String value = line.word(++i);
                    OptionalLong v = Realms.parse(value, parser.names());
                    if (v.isEmpty()) {
                        throw drop("Invalid realms " + value + " for route");
                    }
                    if (family == Family.INET6) {
                        throw drop("realms are only valid for IPv4");
                    }
                    family = Family.INET;
                    realms = v;
                }
                case "rto_min" -> {
                    i = lockable(i, RouteMetric.RTO_MIN);
                    metrics.rtoMin = rtt(line.word(i), 1,
                            "Invalid rto_min value " + line.word(i) + " specified for route");
                }
                case "initcwnd" -> metrics.initcwnd = required(line.getU(line.word(++i), KeepalivedNumbers.UINT_MAX, "Invalid initcwnd value %s specified for route"));
                case "initrwnd" -> metrics.initrwnd = required(line.getU(line.word(++i), KeepalivedNumbers.UINT_MAX, "Invalid initrwnd value %s specified for route"));
                case "features" -> {
                    String value = line.word(++i);
                    if (value.equals("ecn")) {
                        metrics.ecn = true;
                    } else {
                        line.error("feature " + value + " not supported");
                    }
                }
                case "quickack" -> metrics.quickack = required(line.getU(line.word(++i), 1, "Invalid quickack value %s specified for route"));
                case "congctl" -> {
                    i++;
                    if (line.word(i).equals("lock")) {
                        metrics.locked.add(RouteMetric.CONGESTION_CONTROL);
                        i++;
                    }
                    metrics.congestionControl = Optional.of(line.word(i));
                }
                case "pref" -> {
                    i++;
                    if (family == Family.INET) {
                        throw drop("pref is only valid for IPv6");
                    }
                    family = Family.INET6;
                    pref = OptionalInt.of(routerPreference(line.word(i)));
                }
                case "ttl-propagate" -> {
                    String value = line.word(++i);
                    switch (value) {
                        case "enabled" -> ttlPropagate = Optional.of(true);
                        case "disabled" -> ttlPropagate = Optional.of(false);
                        default -> {
                            line.error("ttl-propagate value " + value + " not recognised");
                            // keepalived still sends the attribute, with the value it had
                            ttlPropagate = Optional.of(ttlPropagate.orElse(false));
                        }
                    }
                }
                case "fastopen_no_cookie" -> metrics.fastopenNoCookie = required(line.getU(line.word(++i), 1, "Invalid fastopen_no_cookie value %s specified for route"));
                case "add" -> mode = RouteAddMode.ADD;
                case "prepend" -> mode = RouteAddMode.PREPEND;
                case "append" -> mode = RouteAddMode.APPEND;
                case "or" -> {
                    line.error("\"or\" for routes is deprecated. Please use \"nexthop\"");
                    if (!nexthops.isEmpty()) {
                        line.error("\"or\" route already specified - ignoring subsequent");
                        i += 2;
                        continue;
                    }
                    nexthops.add(Nexthop.gateway(via));
                    via = Optional.empty();
                    String value = line.word(++i);
                    Optional<IpPrefix> a = IpWords.address(value, false, line);
                    if (a.isEmpty()) {
                        throw drop("Invalid \"or\" address " + value);
                    }
                    nexthops.add(Nexthop.gateway(Optional.of(a.get().address())));
                }
                case "nexthop" -> {
                    if (!nexthops.isEmpty()) {
                        line.error("Cannot specify nexthops with \"or\" route");
                    } else {
                        withNexthops = true;
                    }
                    break options;
                }
                case "no_track" -> tracked = false;
                case "vrf" -> {
                    String name = line.word(++i);
                    if (!parser.interfaceExists(name)) {
                        throw drop("VRF " + name + " not found for route");
                    }
                    vrf = Optional.of(name);
                }
                default -> {
                    if (allowTrackGroup && word.equals("track_group")) {
                        if (!trackGroup.read(line.word(++i), parser, line)) {
                            break options;
                        }
                    } else {
                        i = readDestination(word, i);
                    }
                }
            }
            i++;
        }

        if (withNexthops) {
            readNexthops(i);
        } else if (i < line.size()) {
            throw drop("Route has trailing nonsense - " + line.word(i));
        }
        if (destination == null) {
            throw drop("Route must have a destination");
        }
        RouteProtocol effectiveProtocol = protocol.orElse(RouteProtocol.KEEPALIVED);
        if (tracked) {
            if (protocol.isPresent() && !protocol.get().equals(RouteProtocol.KEEPALIVED)) {
                line.error("Route cannot be tracked if protocol is not RTPROT_KEEPALIVED("
                        + RouteProtocol.KEEPALIVED.code() + "), resetting protocol");
            }
            effectiveProtocol = RouteProtocol.KEEPALIVED;
            if (device.isEmpty()) {
                line.error("Warning - cannot track route " + destinationText + " with no interface specified, not tracking");
                tracked = false;
            }
        }
        if (device.isEmpty()) {
            trackGroup.refuse(line, "Static route cannot have track group if no oif specified");
        }
        Family f = family == null ? Family.INET : family;
        return new RouteEntry(f, destination.resolve(f), type, source, preferredSource, via, device, table, vrf,
                scope, effectiveProtocol, tos, metric, realms, expires, pref, ttlPropagate, onlink, encap,
                metrics.build(), nexthops, mode, tracked, trackGroup.value(), line.pos());
    }

    private int readVia(String word, int at) {
        int i = at;
        if (word.equals("gw")) {
            line.error("\"gw\" for routes is deprecated. Please use \"via\"");
        }
        String value = line.word(++i);
        Family named;
        if (value.equals("inet")) {
            named = Family.INET;
            value = line.word(++i);
        } else if (value.equals("inet6")) {
            named = Family.INET6;
            value = line.word(++i);
        } else {
            named = family;
        }
        if (family == null) {
            family = named;
        } else if (family != named) {
            throw drop("Cannot mix IPv4 and IPv6 addresses for route");
        }
        Optional<IpPrefix> a = IpWords.address(value, false, line);
        if (a.isEmpty()) {
            throw drop("invalid route via address " + value);
        }
        mergeFamily(a.get().address().family(), "Cannot mix IPv4 and IPv6 addresses for route");
        via = Optional.of(a.get().address());
        return i;
    }

    /** A destination, optionally after {@code to} or a route type; returns the index of its word. */
    private int readDestination(String word, int at) {
        int i = at;
        if (word.equals("to")) {
            i++;
        }
        // keepalived looks for a type in the word it started from: never after "to"
        Optional<RouteType> t = RouteType.parse(word);
        if (t.isPresent()) {
            type = t.get();
            i++;
        }
        String value = line.word(i);
        Optional<IpWords.Target> d = IpWords.target(value, line);
        if (d.isEmpty()) {
            throw drop("unknown route keyword " + value);
        }
        destination = d.get();
        destinationText = value;
        Family df = d.get().family().orElse(null);
        if (family == null) {
            family = df;
        } else if (family != df) {
            throw drop("Cannot mix IPv4 and IPv6 addresses for route (" + value + ")");
        }
        return i;
    }

    private void readNexthops(int from) {
        int i = from;
        while (i < line.size() && line.word(i).equals("nexthop")) {
            i++;
            Optional<IpAddress> hopVia = Optional.empty();
            Optional<String> hopDevice = Optional.empty();
            OptionalInt weight = OptionalInt.empty();
            boolean hopOnlink = false;
            OptionalLong hopRealms = OptionalLong.empty();
            Optional<Encap> hopEncap = Optional.empty();
            hop:
            while (i < line.size()) {
                String word = line.word(i);
                switch (word) {
                    case "via" -> {
                        String value = line.word(++i);
                        if (value.equals("inet")) {
                            nexthopFamily = Family.INET;
                            value = line.word(++i);
                        } else if (value.equals("inet6")) {
                            nexthopFamily = Family.INET6;
                            value = line.word(++i);
                        }
                        if (nexthopFamily != null) {
                            if (family == null) {
                                family = nexthopFamily;
                            } else if (family != nexthopFamily) {
                                line.error("IPv4/6 mismatch for nexthop");
                                return;
                            }
                        }
                        Optional<IpPrefix> a = IpWords.address(value, false, line);
                        if (a.isEmpty()) {
                            line.error("invalid nexthop address " + value);
                            return;
                        }
                        Family af = a.get().address().family();
                        if (family != null && af != family) {
                            line.error("Address family mismatch for next hop");
                            return;
                        }
                        family = af;
                        hopVia = Optional.of(a.get().address());
                    }
                    case "dev" -> {
                        String name = line.word(++i);
                        if (!parser.interfaceUsable(name, line)) {
                            line.error("WARNING - interface " + name + " for VROUTE nexthop doesn't exist");
                            return;
                        }
                        hopDevice = Optional.of(name);
                    }
                    case "weight" -> {
                        OptionalLong w = line.getU(line.word(++i), 256, "Invalid weight %s specified for route");
                        if (w.isEmpty()) {
                            return;
                        }
                        if (w.getAsLong() == 0) {
                            line.error("Invalid weight 0 specified for route");
                            return;
                        }
                        weight = OptionalInt.of((int) w.getAsLong());
                    }
                    case "onlink" -> hopOnlink = true;
                    case "encap" -> {
                        EncapReader.Result r = new EncapReader(parser, line).read(i);
                        i = r.next();
                        hopEncap = r.encap();
                    }
                    case "realms" -> {
                        String value = line.word(++i);
                        OptionalLong v = Realms.parse(value, parser.names());
                        if (v.isEmpty()) {
                            line.error("Invalid realms " + value + " for route");
                            return;
                        }
                        if (family == null) {
                            family = Family.INET;
                        } else if (family != Family.INET) {
                            line.error("realms are only supported for IPv4");
                            return;
                        }
                        hopRealms = v;
                    }
                    case "as" -> {
                        if (line.word(++i).equals("to")) {
                            i++;
                        }
                        line.error("'as [to]' (nat) not supported");
                        return;
                    }
                    default -> {
                        break hop;
                    }
                }
                i++;
            }
            nexthops.add(new Nexthop(hopVia, hopDevice, weight, hopOnlink, hopRealms, hopEncap));
        }
        if (i < line.size()) {
            line.error("Route has trailing nonsense after nexthops - " + line.word(i));
        }
    }

    private void requireFamily(Family wanted, String conflict) {
        if (family == null) {
            family = wanted;
        } else if (family != wanted) {
            throw drop(conflict);
        }
    }

    private void mergeFamily(Family f, String conflict) {
        if (family == null) {
            family = f;
        } else if (family != f) {
            throw drop(conflict);
        }
    }

    /** Steps over an optional {@code lock} after a metric keyword; returns the index of the value. */
    private int lockable(int keywordAt, RouteMetric metric) {
        int i = keywordAt + 1;
        if (line.word(i).equals("lock")) {
            metrics.locked.add(metric);
            i++;
        }
        return i;
    }

    private static OptionalLong required(OptionalLong v) {
        if (v.isEmpty()) {
            throw new EntryLine.Dropped();
        }
        return v;
    }

    private OptionalLong rtt(String value, int unitsPerMs, String refusal) {
        OptionalLong v = RttSyntax.parse(value, unitsPerMs, line);
        if (v.isEmpty()) {
            throw drop(refusal);
        }
        return v;
    }

    private int routerPreference(String value) {
        return switch (value) {
            case "low" -> 3;
            case "medium" -> 0;
            case "high" -> 1;
            default -> (int) required(line.getU(value, 255, "Invalid pref value %s specified for route"))
                    .getAsLong();
        };
    }

    /** The metrics as they are collected. */
    private static final class Metrics {
        OptionalLong mtu = OptionalLong.empty();
        OptionalLong advmss = OptionalLong.empty();
        OptionalLong rtt = OptionalLong.empty();
        OptionalLong rttvar = OptionalLong.empty();
        OptionalLong reordering = OptionalLong.empty();
        OptionalLong window = OptionalLong.empty();
        OptionalLong cwnd = OptionalLong.empty();
        OptionalLong ssthresh = OptionalLong.empty();
        OptionalLong rtoMin = OptionalLong.empty();
        OptionalLong initcwnd = OptionalLong.empty();
        OptionalLong initrwnd = OptionalLong.empty();
        OptionalLong hoplimit = OptionalLong.empty();
        OptionalLong quickack = OptionalLong.empty();
        OptionalLong fastopenNoCookie = OptionalLong.empty();
        Optional<String> congestionControl = Optional.empty();
        boolean ecn;
        final Set<RouteMetric> locked = EnumSet.noneOf(RouteMetric.class);

        RouteMetrics build() {
            return new RouteMetrics(mtu, advmss, rtt, rttvar, reordering, window, cwnd, ssthresh, rtoMin, initcwnd,
                    initrwnd, hoplimit, quickack, fastopenNoCookie, congestionControl, ecn, locked);
        }
    }
}
