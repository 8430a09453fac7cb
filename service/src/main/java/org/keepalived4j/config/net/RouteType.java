package org.keepalived4j.config.net;

import java.util.List;
import java.util.Optional;
import org.keepalived4j.config.CNumber;

/**
 * A route type ({@code rtm_type}). Open, not an enum: keepalived takes the iproute2 names and
 * also any number 0..255.
 */
public record RouteType(int code) {

    public static final RouteType UNICAST = new RouteType(1);
    public static final RouteType LOCAL = new RouteType(2);
    public static final RouteType BROADCAST = new RouteType(3);
    public static final RouteType ANYCAST = new RouteType(4);
    public static final RouteType MULTICAST = new RouteType(5);
    public static final RouteType BLACKHOLE = new RouteType(6);
    public static final RouteType UNREACHABLE = new RouteType(7);
    public static final RouteType PROHIBIT = new RouteType(8);
    public static final RouteType THROW = new RouteType(9);
    public static final RouteType NAT = new RouteType(10);
    public static final RouteType XRESOLVE = new RouteType(11);

    private record Name(String text, RouteType type) {
    }

    /** keepalived's table, in its order ("brd" is an alias of broadcast). */
    private static final List<Name> NAMES = List.of(
            new Name("local", LOCAL), new Name("nat", NAT), new Name("broadcast", BROADCAST),
            new Name("brd", BROADCAST), new Name("anycast", ANYCAST), new Name("multicast", MULTICAST),
            new Name("prohibit", PROHIBIT), new Name("unreachable", UNREACHABLE),
            new Name("blackhole", BLACKHOLE), new Name("xresolve", XRESOLVE),
            new Name("unicast", UNICAST), new Name("throw", THROW));

    public RouteType {
        if (code < 0 || code > 255) {
            throw new IllegalArgumentException("route type " + code + " outside 0..255");
        }
    }

    /** A type name, or a number 0..255 in C notation (decimal, 0x hex, 0 octal). */
    public static Optional<RouteType> parse(String word) {
        for (Name n : NAMES) {
            if (n.text.equals(word)) {
                return Optional.of(n.type);
            }
        }
        if (word.startsWith("-")) {
            return Optional.empty();
        }
        CNumber n = CNumber.strtoul(word, 0);
        if (n.end() != word.length() || Long.compareUnsigned(n.value(), 255) > 0) {
            return Optional.empty();
        }
        return Optional.of(new RouteType((int) n.value()));
    }

    @Override
    public String toString() {
        for (Name n : NAMES) {
            if (n.type.equals(this)) {
                return n.text;
            }
        }
        return Integer.toString(code);
    }
}
