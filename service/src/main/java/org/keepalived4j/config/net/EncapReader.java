package org.keepalived4j.config.net;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.keepalived4j.config.IpAddress;
import org.keepalived4j.config.IpPrefix;
import org.keepalived4j.config.KeepalivedNumbers;
import org.keepalived4j.config.CNumber;

/**
 * Reads {@code encap TYPE ...} inside a route or nexthop as keepalived's {@code parse_encap} does,
 * including where it leaves the reading position: after an unknown type the next word is skipped,
 * and after a refused ip/ip6 parameter the rest of the line is read as route options again.
 */
final class EncapReader {

    /**
     * @param next  the index the caller continues from (before its own step to the next word)
     * @param encap the encapsulation; empty when keepalived refused it
     */
    record Result(int next, Optional<Encap> encap) {
    }

    private static final int MPLS_MAX_LABELS = 2;
    private static final long MPLS_LABEL_MAX = (1 << 20) - 1;

    private final NetEntryParser parser;
    private final EntryLine line;

    EncapReader(NetEntryParser parser, EntryLine line) {
        this.parser = parser;
        this.line = line;
    }

    /** {@code encapAt} is the index of the word {@code encap}. */
    Result read(int encapAt) {
        int i = encapAt + 1;
        if (i >= line.size()) {
            line.error("Missing encap type");
            return new Result(i, Optional.empty());
        }
        String type = line.word(i++);
        Result r = switch (type) {
            case "ip" -> ip(i, false);
            case "ip6" -> ip(i, true);
            case "mpls" -> mpls(i);
            case "ila" -> ila(i);
            default -> null;
        };
        if (r == null) {
            line.error("Unknown encap type - " + type);
            return new Result(i, Optional.empty());
        }
        return new Result(r.next - 1, r.encap);
    }

    private Result mpls(int at) {
        if (at >= line.size()) {
            line.error("missing address for MPLS encapsulation");
            return new Result(at, Optional.empty());
        }
        String text = line.word(at);
        Optional<Encap> labels = mplsLabels(text);
        if (labels.isEmpty()) {
            line.error("invalid mpls address " + text + " for encapsulation");
        }
        return new Result(at + 1, labels);
    }

    /** Labels separated by '/', at most two, each a C number below 2^20. */
    static Optional<Encap> mplsLabels(String text) {
        List<Integer> labels = new ArrayList<>();
        String rest = text;
        while (labels.size() < MPLS_MAX_LABELS) {
            if (rest.startsWith("-") || (!rest.isEmpty() && CNumber.isCSpace(rest.charAt(0)))) {
                return Optional.empty();
            }
            CNumber n = CNumber.strtoul(rest, 0);
            if (n.end() == 0 || n.overflow() || Long.compareUnsigned(n.value(), MPLS_LABEL_MAX) > 0) {
                return Optional.empty();
            }
            labels.add((int) n.value());
            if (n.end() == rest.length()) {
                return Optional.of(new Encap.Mpls(labels));
            }
            if (rest.charAt(n.end()) != '/') {
                return Optional.empty();
            }
            rest = rest.substring(n.end() + 1);
        }
        return Optional.empty();
    }

    private Result ila(int at) {
        if (at >= line.size()) {
            line.error("missing locator for ILA encapsulation");
            return new Result(at, Optional.empty());
        }
        String text = line.word(at);
        OptionalLong locator = ilaLocator(text);
        if (locator.isEmpty()) {
            line.error("invalid locator " + text + " for ila encapsulation");
            return new Result(at + 1, Optional.empty());
        }
        return new Result(at + 1, Optional.of(new Encap.Ila(locator.getAsLong())));
    }

    /** Four hex groups of at most 0xffff separated by ':'. */
    static OptionalLong ilaLocator(String text) {
        int start = 0;
        while (start < text.length() && CNumber.isCSpace(text.charAt(start))) {
            start++;
        }
        String rest = text.substring(start);
        long value = 0;
        for (int group = 0; group < 4; group++) {
            if (rest.isEmpty() || Character.digit(rest.charAt(0), 16) < 0 || rest.charAt(0) > 0x7f) {
                return OptionalLong.empty();
            }
            CNumber n = CNumber.strtoul(rest, 16);
            if (n.overflow() || Long.compareUnsigned(n.value(), 0xffff) > 0) {
                return OptionalLong.empty();
            }
            value = value << 16 | n.value();
            if (n.end() == rest.length()) {
                return group == 3 ? OptionalLong.of(value) : OptionalLong.empty();
            }
            if (group == 3 || rest.charAt(n.end()) != ':') {
                return OptionalLong.empty();
            }
            rest = rest.substring(n.end() + 1);
        }
        return OptionalLong.empty();
    }

    /** {@code ip}/{@code ip6}: KEY VALUE pairs until a word that is not one of its keys. */
    private Result ip(int at, boolean v6) {
        String which = v6 ? "ip6" : "ip";
        OptionalLong id = OptionalLong.empty();
        Optional<IpAddress> dst = Optional.empty();
        Optional<IpAddress> src = Optional.empty();
        OptionalInt tos = OptionalInt.empty();
        OptionalInt ttl = OptionalInt.empty();
        OptionalInt flags = OptionalInt.empty();
        int j = at;
        while (j + 1 < line.size()) {
            String key = line.word(j);
            String value = line.word(j + 1);
            switch (key) {
                case "id" -> {
                    id = line.getU64(value, v6 ? "id %s value invalid for IPv6 encapsulation"
                            : "encap id %s value is invalid");
                    if (id.isEmpty()) {
                        return new Result(j, Optional.empty());
                    }
                }
                case "dst", "src" -> {
                    Optional<IpPrefix> a = IpWords.address(value, false, line);
                    if (a.isEmpty()) {
                        line.error("Invalid encap " + which + " " + key + " " + value);
                        return new Result(j, Optional.empty());
                    }
                    if (a.get().address().isV4() == v6) {
                        line.error((v6 ? "IPv4" : "IPv6") + " address " + value + " not valid for " + which + " encapsulation");
                        return new Result(j, Optional.empty());
                    }
                    if (key.equals("dst")) {
                        dst = Optional.of(a.get().address());
                    } else {
                        src = Optional.of(a.get().address());
                    }
                }
                case "tos", "tc" -> {
                    if (key.equals("tos") == v6) {
                        return done(j, v6, id, dst, src, tos, ttl, flags);
                    }
                    OptionalLong v = parser.names().dsfield(value);
                    if (v.isEmpty()) {
                        // keepalived names the keyword, not the value, in the ip6 message
                        line.error(v6 ? "tc value " + key + " is invalid for ip6 encapsulation"
                                : "dsfield " + value + " not valid for ip encapsulation");
                        return new Result(j, Optional.empty());
                    }
                    tos = OptionalInt.of((int) v.getAsLong());
                }
                case "ttl", "hoplimit" -> {
                    if (key.equals("ttl") == v6) {
                        return done(j, v6, id, dst, src, tos, ttl, flags);
                    }
                    OptionalLong v = line.getU(value, 255, v6
                            ? "Invalid hoplimit %s specified for ip6 encapsulation"
                            : "ttl %s is not valid for ip encapsulation");
                    if (v.isEmpty()) {
                        return new Result(j, Optional.empty());
                    }
                    ttl = OptionalInt.of((int) v.getAsLong());
                }
                case "flags" -> {
                    OptionalLong v = line.getU(value, KeepalivedNumbers.U16_MAX, "flags %s is not valid for " + which + " encapsulation");
                    if (v.isEmpty()) {
                        return new Result(j, Optional.empty());
                    }
                    flags = OptionalInt.of((int) v.getAsLong());
                }
                default -> {
                    return done(j, v6, id, dst, src, tos, ttl, flags);
                }
            }
            j += 2;
        }
        return done(j, v6, id, dst, src, tos, ttl, flags);
    }

    private Result done(int j, boolean v6, OptionalLong id, Optional<IpAddress> dst, Optional<IpAddress> src,
            OptionalInt tos, OptionalInt ttl, OptionalInt flags) {
        if (dst.isEmpty() && id.isEmpty()) {
            line.error("address or id missing for " + (v6 ? "ip6" : "ip") + " encapsulation");
            return new Result(j, Optional.empty());
        }
        return new Result(j, Optional.of(v6 ? new Encap.Ip6(id, dst, src, tos, ttl, flags)
                : new Encap.Ip(id, dst, src, tos, ttl, flags)));
    }
}
