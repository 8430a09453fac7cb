package org.keepalived4j.config.net;

import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.keepalived4j.config.IpAddress.Family;
import org.keepalived4j.config.IpPrefix;
import org.keepalived4j.config.KeepalivedNumbers;
import org.keepalived4j.config.CNumber;

/**
 * Reads one rule line as keepalived 2.2.7's {@code alloc_rule} does, quirks included: a word after
 * {@code inet}/{@code inet6} is skipped; {@code all}/{@code any}/{@code default} after the family is
 * known count as a family clash; a single {@code sport}/{@code dport} number is refused; a rule
 * without preference gets the next one counting down from 16384 for its family.
 */
final class RuleReader {

    /** Signals keepalived's "goto err": the rule is dropped; the report has been made. */
    private final NetEntryParser parser;
    private final EntryLine line;
    private final boolean allowTrackGroup;

    private Family family;
    private IpWords.Target from;
    private IpWords.Target to;
    private boolean invert;
    private RuleAction action;
    private long table;
    private OptionalLong gotoTarget = OptionalLong.empty();
    private boolean l3mdev;
    private OptionalLong preference = OptionalLong.empty();
    private int tos;
    private OptionalLong fwmark = OptionalLong.empty();
    private OptionalLong fwmask = OptionalLong.empty();
    private OptionalLong realms = OptionalLong.empty();
    private OptionalLong suppressPrefixLength = OptionalLong.empty();
    private OptionalLong suppressGroup = OptionalLong.empty();
    private boolean tableOption;
    private Optional<String> inputInterface = Optional.empty();
    private Optional<String> outputInterface = Optional.empty();
    private OptionalLong tunnelId = OptionalLong.empty();
    private Optional<UidRange> uidRange = Optional.empty();
    private Optional<RouteProtocol> protocol = Optional.empty();
    private OptionalInt ipProtocol = OptionalInt.empty();
    private Optional<PortRange> sourcePorts = Optional.empty();
    private Optional<PortRange> destinationPorts = Optional.empty();
    private boolean tracked = true;
    private final TrackGroupOption trackGroup = new TrackGroupOption();

    RuleReader(NetEntryParser parser, EntryLine line, boolean allowTrackGroup) {
        this.parser = parser;
        this.line = line;
        this.allowTrackGroup = allowTrackGroup;
    }

    Optional<RuleEntry> read() {
        return EntryLine.unlessDropped(this::parse);
    }

    private EntryLine.Dropped drop(String message) {
        return line.drop(message);
    }

    private RuleEntry parse() {
        int i = 0;
        options:
        while (i < line.size()) {
            String word = line.word(i);
            switch (word) {
                case "inet6" -> {
                    requireFamily(Family.INET6, "inet6 specified for IPv4 rule");
                    i++;
                }
                case "inet" -> {
                    requireFamily(Family.INET, "inet specified for IPv6 rule");
                    i++;
                }
                case "from" -> from = selector(line.word(++i), "from");
                case "to" -> to = selector(line.word(++i), "to");
                case "table", "lookup" -> {
                    String value = line.word(++i);
                    OptionalLong t = parser.names().table(value);
                    if (t.isEmpty()) {
                        throw drop("Routing table " + value + " not found for rule");
                    }
                    if (t.getAsLong() == 0) {
                        throw drop("Table 0 is not valid");
                    }
                    table = t.getAsLong();
                    if (action != null) {
                        throw drop("Cannot specify more than one of table/nop/goto/blackhole/prohibit/unreachable for rule");
                    }
                    action = RuleAction.TO_TABLE;
                }
                case "not" -> invert = true;
                case "preference", "order", "priority" -> {
                    OptionalLong v = KeepalivedNumbers.readUnsignedBase(line.word(++i), 0, 0, KeepalivedNumbers.UINT_MAX, line.pos(), line.diagnostics());
                    if (v.isEmpty()) {
                        throw drop("Invalid rule preference " + word + " specified");
                    }
                    preference = v;
                }
                case "tos", "dsfield" -> {
                    String value = line.word(++i);
                    OptionalLong v = parser.names().dsfield(value);
                    if (v.isEmpty()) {
                        throw drop("TOS value " + value + " is invalid");
                    }
                    tos = (int) v.getAsLong();
                }
                case "fwmark" -> readFwmark(line.word(++i));
                case "realms" -> {
                    String value = line.word(++i);
                    OptionalLong v = Realms.parse(value, parser.names());
                    if (v.isEmpty()) {
                        throw drop("invalid realms " + value + " for rule");
                    }
                    realms = v;
                    tableOption = true;
                    requireFamily(Family.INET, "realms is only valid for IPv4");
                }
                case "suppress_prefixlength", "sup_pl" -> {
                    OptionalLong v = KeepalivedNumbers.readUnsignedBase(line.word(++i), 10, 0, Integer.MAX_VALUE, line.pos(), line.diagnostics());
                    if (v.isEmpty()) {
                        throw drop("Invalid suppress_prefixlength " + word + " specified");
                    }
                    suppressPrefixLength = v;
                    tableOption = true;
                }
                case "suppress_ifgroup", "sup_group" -> {
                    String value = line.word(++i);
                    OptionalLong v = parser.names().group(value);
                    if (v.isEmpty()) {
                        throw drop("suppress_group " + value + " is invalid");
                    }
                    suppressGroup = v;
                    tableOption = true;
                }
                case "dev", "iif" -> inputInterface = Optional.of(usableInterface(line.word(++i)));
                case "oif" -> outputInterface = Optional.of(usableInterface(line.word(++i)));
                case "tunnel-id" -> {
                    OptionalLong v = KeepalivedNumbers.readUnsigned64(line.word(++i), line.pos(), line.diagnostics());
                    if (v.isEmpty()) {
                        throw drop("Invalid tunnel-id " + word + " specified");
                    }
                    tunnelId = v;
                }
                case "uidrange" -> {
                    long[] r = CNumber.scanRange(line.word(++i), 0xffffffffL);
                    if (r.length != 2) {
                        throw drop("Invalid uidrange " + word + " specified");
                    }
                    uidRange = Optional.of(new UidRange(r[0], r[1]));
                }
                case "l3mdev" -> {
                    l3mdev = true;
                    if (action != null) {
                        throw drop("Cannot specify l3mdev with other action");
                    }
                    action = RuleAction.TO_TABLE;
                }
                case "protocol" -> {
                    String value = line.word(++i);
                    OptionalLong v = KeepalivedNumbers.readUnsignedBase(value, 10, 0, 255, line.pos(), line.diagnostics());
                    if (v.isEmpty()) {
                        line.error("Invalid protocol " + value);
                    } else {
                        protocol = Optional.of(new RouteProtocol((int) v.getAsLong()));
                    }
                }
                case "ipproto" -> {
                    String value = line.word(++i);
                    OptionalInt p = ipProtocol(value);
                    if (p.isEmpty()) {
                        line.error("Invalid ipproto " + value);
                    } else {
                        ipProtocol = p;
                    }
                }
                case "sport", "dport" -> {
                    String value = line.word(++i);
                    long[] r = CNumber.scanRange(value, 0xffff);
                    // keepalived means to accept a single port, but only ever accepts "A-B"
                    if (r.length != 2) {
                        line.error("invalid " + word + " range " + value);
                    } else if (word.equals("sport")) {
                        sourcePorts = Optional.of(new PortRange((int) r[0], (int) r[1]));
                    } else {
                        destinationPorts = Optional.of(new PortRange((int) r[0], (int) r[1]));
                    }
                }
                case "no_track" -> tracked = false;
                default -> {
                    if (allowTrackGroup && word.equals("track_group")) {
                        if (!trackGroup.read(line.word(++i), parser, line)) {
                            break options;
                        }
                    } else {
                        i = readAction(word, i);
                    }
                }
            }
            i++;
        }

        if (action == RuleAction.GOTO) {
            long target = gotoTarget.getAsLong();
            if (preference.isEmpty()) {
                throw drop("Invalid rule - goto target " + target + " specified without preference");
            }
            if (preference.getAsLong() >= target) {
                throw drop("Invalid rule - preference " + preference.getAsLong() + " >= goto target " + target);
            }
        }
        if (action == null) {
            throw drop("No action specified for rule - ignoring");
        }
        if (action != RuleAction.TO_TABLE && tableOption) {
            throw drop("suppressor/realm specified for non table action - skipping");
        }
        if (table != 0 && l3mdev) {
            throw drop("table cannot be specified for l3mdev rules");
        }
        if (tracked) {
            if (protocol.isPresent() && !protocol.get().equals(RouteProtocol.KEEPALIVED)) {
                line.error("Rule cannot be tracked if protocol is not RTPROT_KEEPALIVED("
                        + RouteProtocol.KEEPALIVED.code() + "), resetting protocol");
            }
            protocol = Optional.of(RouteProtocol.KEEPALIVED);
        }
        if (inputInterface.isEmpty()) {
            trackGroup.refuse(line, "Static rule cannot have track_group if dev/iif not specified");
        }
        Family f = family == null ? Family.INET : family;
        boolean assigned = preference.isEmpty();
        if (assigned) {
            preference = OptionalLong.of(parser.assignPreference(f));
            line.error("Rule has no preference specified - setting to " + preference.getAsLong()
                    + ". This is probably not what you want.");
        }
        Optional<IpPrefix> fromPrefix = Optional.ofNullable(from).map(t -> t.resolve(f));
        Optional<IpPrefix> toPrefix = Optional.ofNullable(to).map(t -> t.resolve(f));
        return new RuleEntry(f, fromPrefix, toPrefix, invert, action, table, gotoTarget, l3mdev,
                preference.getAsLong(), assigned, tos, fwmark, fwmask, realms, suppressPrefixLength, suppressGroup,
                inputInterface, outputInterface, tunnelId, uidRange, protocol, ipProtocol, sourcePorts,
                destinationPorts, tracked, trackGroup.value(), line.pos());
    }

    private IpWords.Target selector(String value, String keyword) {
        Optional<IpWords.Target> t = IpWords.target(value, line);
        if (t.isEmpty()) {
            throw drop("Invalid rule " + keyword + " address " + value);
        }
        Family tf = t.get().family().orElse(null);
        if (family == null) {
            family = tf;
        } else if (tf != family) {
            throw drop("rule specification has mixed IPv4 and IPv6");
        }
        return t.get();
    }

    private String usableInterface(String name) {
        if (!parser.interfaceUsable(name, line)) {
            throw drop("WARNING - interface " + name + " for rule doesn't exist");
        }
        return name;
    }

    /** {@code [type] goto N|nop|blackhole|unreachable|prohibit}; returns the index of its last word. */
    private int readAction(String word, int at) {
        int i = at;
        String name = word.equals("type") ? line.word(++i) : word;
        RuleAction chosen;
        if (name.equals("goto")) {
            OptionalLong v = KeepalivedNumbers.readUnsignedBase(line.word(++i), 10, 0, KeepalivedNumbers.UINT_MAX, line.pos(), line.diagnostics());
            if (v.isEmpty()) {
                throw drop("Invalid target " + name + " specified");
            }
            gotoTarget = v;
            chosen = RuleAction.GOTO;
        } else if (name.equals("nop")) {
            chosen = RuleAction.NOP;
        } else {
            Optional<RouteType> type = RouteType.parse(name);
            if (type.isEmpty()) {
                throw drop("Unknown rule option " + name);
            }
            if (type.get().equals(RouteType.BLACKHOLE)) {
                chosen = RuleAction.BLACKHOLE;
            } else if (type.get().equals(RouteType.UNREACHABLE)) {
                chosen = RuleAction.UNREACHABLE;
            } else if (type.get().equals(RouteType.PROHIBIT)) {
                chosen = RuleAction.PROHIBIT;
            } else {
                throw drop("Invalid rule action " + name);
            }
        }
        if (action != null) {
            throw drop("Cannot specify more than one of table/nop/goto/blackhole/prohibit/unreachable/l3mdev for rule");
        }
        action = chosen;
        return i;
    }

    /**
     * {@code fwmark V[/M]}: C numbers (hex and octal too) of at most 32 bits; keepalived names the
     * word without its leading blanks when it refuses it.
     */
    private void readFwmark(String word) {
        int start = 0;
        while (start < word.length() && CNumber.isCSpace(word.charAt(start))) {
            start++;
        }
        String s = word.substring(start);
        String refusal = "Invalid rule fwmark " + s + " specified";
        if (s.startsWith("-")) {
            throw drop(refusal);
        }
        CNumber mark = CNumber.strtoul(s, 0);
        if (Long.compareUnsigned(mark.value(), KeepalivedNumbers.UINT_MAX) > 0) {
            throw drop(refusal);
        }
        int end = mark.end();
        OptionalLong mask = OptionalLong.empty();
        if (end < s.length() && s.charAt(end) == '/') {
            if (end + 1 < s.length() && (CNumber.isCSpace(s.charAt(end + 1)) || s.charAt(end + 1) == '-')) {
                throw drop(refusal);
            }
            String m = s.substring(end + 1);
            CNumber n = CNumber.strtoul(m, 0);
            if (Long.compareUnsigned(n.value(), KeepalivedNumbers.UINT_MAX) > 0) {
                throw drop(refusal);
            }
            mask = OptionalLong.of(n.value());
            end = end + 1 + n.end();
        }
        if (end < s.length()) {
            throw drop(refusal);
        }
        fwmark = OptionalLong.of(mark.value());
        fwmask = mask;
    }

    /** {@code ipproto}: a number up to 127 or a protocol name, as keepalived's {@code inet_proto_a2n}. */
    private OptionalInt ipProtocol(String text) {
        int start = 0;
        while (start < text.length() && CNumber.isCSpace(text.charAt(start))) {
            start++;
        }
        String s = text.substring(start);
        if (s.isEmpty() || s.startsWith("-")) {
            return OptionalInt.empty();
        }
        CNumber n = CNumber.strtoul(s, 10);
        if (Long.compareUnsigned(n.value(), Byte.MAX_VALUE) > 0) {
            return OptionalInt.empty();
        }
        if (n.end() == s.length()) {
            return OptionalInt.of((int) n.value());
        }
        OptionalLong named = parser.names().ipProtocol(s);
        return named.isPresent() && named.getAsLong() <= 255 ? OptionalInt.of((int) named.getAsLong()) : OptionalInt.empty();
    }

    private void requireFamily(Family wanted, String conflict) {
        if (family == null) {
            family = wanted;
        } else if (family != wanted) {
            throw drop(conflict);
        }
    }
}
