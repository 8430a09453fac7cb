package org.keepalived4j.linux;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Optional;
import java.util.OptionalInt;
import org.keepalived4j.config.IpAddress;

/**
 * A route (struct rtmsg and RTA_* attributes, linux/rtnetlink.h), as keepalived's virtual_routes install them.
 *
 * @param destination     the destination prefix's address (0.0.0.0 or :: with length 0 for a default route)
 * @param prefixLength    the destination prefix length
 * @param gateway         RTA_GATEWAY ("via")
 * @param outputInterface RTA_OIF ("dev"); 0 for none
 * @param table           routing table (254 main); tables above 255 travel in RTA_TABLE
 * @param metric          RTA_PRIORITY ("metric")
 * @param scope           RT_SCOPE_* (0 universe, 253 link, 254 host)
 * @param preferredSource RTA_PREFSRC ("src")
 * @param protocol        RTPROT_* (3 boot, as `ip route add` uses; 4 static)
 * @param type            RTN_* (1 unicast, 6 blackhole, 7 unreachable, 8 prohibit)
 */
public record Route(IpAddress destination, int prefixLength, Optional<IpAddress> gateway, int outputInterface,
                    int table, OptionalInt metric, int scope, Optional<IpAddress> preferredSource, int protocol,
                    int type) {

    public static final int TABLE_MAIN = 254;
    public static final int PROTOCOL_BOOT = 3;
    public static final int PROTOCOL_STATIC = 4;
    public static final int TYPE_UNICAST = 1;
    public static final int TYPE_BLACKHOLE = 6;
    public static final int SCOPE_UNIVERSE = 0;
    public static final int SCOPE_LINK = 253;
    static final int SCOPE_NOWHERE = 255;

    static final int RTM_NEWROUTE = 24;
    static final int RTM_DELROUTE = 25;
    static final int RTM_GETROUTE = 26;

    private static final int RTA_DST = 1;
    private static final int RTA_OIF = 4;
    private static final int RTA_GATEWAY = 5;
    private static final int RTA_PRIORITY = 6;
    private static final int RTA_PREFSRC = 7;
    private static final int RTA_TABLE = 15;
    private static final int RTMSG = 12;

    public Route {
        if (prefixLength < 0 || prefixLength > destination.bitLength()) {
            throw new IllegalArgumentException("prefix length " + prefixLength + " for " + destination);
        }
        gateway.ifPresent(g -> requireFamily(destination, g));
        preferredSource.ifPresent(s -> requireFamily(destination, s));
    }

    /** A unicast route in the main table, universe scope, protocol boot: what `ip route add PREFIX` makes. */
    public static Route to(IpAddress destination, int prefixLength) {
        return new Route(destination, prefixLength, Optional.empty(), 0, TABLE_MAIN, OptionalInt.empty(), SCOPE_UNIVERSE,
                Optional.empty(), PROTOCOL_BOOT, TYPE_UNICAST);
    }

    public Route via(IpAddress newGateway) {
        return new Route(destination, prefixLength, Optional.of(newGateway), outputInterface, table, metric, scope,
                preferredSource, protocol, type);
    }

    public Route dev(int interfaceIndex) {
        return new Route(destination, prefixLength, gateway, interfaceIndex, table, metric, scope, preferredSource,
                protocol, type);
    }

    public Route inTable(int newTable) {
        return new Route(destination, prefixLength, gateway, outputInterface, newTable, metric, scope, preferredSource,
                protocol, type);
    }

    public Route withMetric(int newMetric) {
        return new Route(destination, prefixLength, gateway, outputInterface, table, OptionalInt.of(newMetric), scope,
                preferredSource, protocol, type);
    }

    public Route withScope(int newScope) {
        return new Route(destination, prefixLength, gateway, outputInterface, table, metric, newScope, preferredSource,
                protocol, type);
    }

    public Route from(IpAddress source) {
        return new Route(destination, prefixLength, gateway, outputInterface, table, metric, scope, Optional.of(source),
                protocol, type);
    }

    public Route withProtocol(int newProtocol) {
        return new Route(destination, prefixLength, gateway, outputInterface, table, metric, scope, preferredSource,
                newProtocol, type);
    }

    public Route withType(int newType) {
        return new Route(destination, prefixLength, gateway, outputInterface, table, metric, scope, preferredSource,
                protocol, newType);
    }

    /** "198.51.100.0/24 via 192.0.2.254 table 100". */
    public String describe() {
        return destination + "/" + prefixLength + gateway.map(g -> " via " + g).orElse("")
                + (table == TABLE_MAIN ? "" : " table " + Integer.toUnsignedString(table));
    }

    /**
     * The RTM_NEWROUTE/RTM_DELROUTE payload, attributes in `ip route`'s order. A deletion leaves protocol, scope
     * (RT_SCOPE_NOWHERE) and type as wildcards and names no preferred source, as `ip route del` does.
     */
    byte[] encode(boolean forDeletion) {
        boolean bigTable = Integer.compareUnsigned(table, 255) > 0;
        AttributeWriter w = new AttributeWriter().struct(ByteBuffer.allocate(RTMSG).order(ByteOrder.nativeOrder())
                .put((byte) family(destination)).put((byte) prefixLength).put((byte) 0).put((byte) 0)
                .put((byte) (bigTable ? 0 : table)).put((byte) (forDeletion ? 0 : protocol))
                .put((byte) (forDeletion ? SCOPE_NOWHERE : scope)).put((byte) (forDeletion ? 0 : type)).putInt(0).array());
        if (prefixLength > 0) {
            w.bytes(RTA_DST, destination.bytes());
        }
        gateway.ifPresent(g -> w.bytes(RTA_GATEWAY, g.bytes()));
        metric.ifPresent(m -> w.u32(RTA_PRIORITY, m));
        if (!forDeletion) {
            preferredSource.ifPresent(s -> w.bytes(RTA_PREFSRC, s.bytes()));
        }
        if (outputInterface != 0) {
            w.u32(RTA_OIF, outputInterface);
        }
        if (bigTable) {
            w.u32(RTA_TABLE, table);
        }
        return w.toBytes();
    }

    /** An RTM_GETROUTE dump request for one family. */
    static byte[] dumpRequest(IpAddress.Family family) {
        byte[] rtmsg = new byte[RTMSG];
        rtmsg[0] = (byte) (family == IpAddress.Family.INET ? LibC.AF_INET : LibC.AF_INET6);
        return rtmsg;
    }

    static Route decode(byte[] payload) throws NetlinkFormatException {
        if (payload.length < RTMSG) {
            throw new NetlinkFormatException("route message of " + payload.length + " bytes, below rtmsg's 12");
        }
        ByteBuffer h = ByteBuffer.wrap(payload).order(ByteOrder.nativeOrder());
        int family = h.get(0) & 0xff;
        int length = h.get(1) & 0xff;
        String what = "route message (family " + family + ")";
        Attributes a = Attributes.parse(payload, RTMSG, what);
        int size = family == LibC.AF_INET ? 4 : family == LibC.AF_INET6 ? 16 : -1;
        if (size < 0) {
            throw new NetlinkFormatException(what + ": not an IP family");
        }
        IpAddress destination = a.address(RTA_DST, what).orElse(IpAddress.of(new byte[size]));
        try {
            return new Route(destination, length, a.address(RTA_GATEWAY, what), a.u32(RTA_OIF).orElse(0),
                    a.u32(RTA_TABLE).orElse(h.get(4) & 0xff), a.u32(RTA_PRIORITY), h.get(6) & 0xff,
                    a.address(RTA_PREFSRC, what), h.get(5) & 0xff, h.get(7) & 0xff);
        } catch (IllegalArgumentException e) {
            throw new NetlinkFormatException(what + ": " + e.getMessage());
        }
    }

    static int family(IpAddress address) {
        return address.isV4() ? LibC.AF_INET : LibC.AF_INET6;
    }

    private static void requireFamily(IpAddress a, IpAddress b) {
        if (a.family() != b.family()) {
            throw new IllegalArgumentException(b + " is not of the family of " + a);
        }
    }
}
