package org.keepalived4j.linux;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.HexFormat;
import java.util.Optional;

/**
 * An interface as rtnetlink describes it (struct ifinfomsg and IFLA_* attributes, linux/if_link.h).
 *
 * @param index     the interface index
 * @param name      IFLA_IFNAME
 * @param flags     IFF_* (IFF_UP: administratively up; IFF_RUNNING, IFF_LOWER_UP: has carrier)
 * @param operState IFLA_OPERSTATE (RFC 2863)
 * @param mac       IFLA_ADDRESS as "02:00:00:00:01:00"; empty for interfaces without one
 * @param mtu       IFLA_MTU (0 if absent)
 * @param master    IFLA_MASTER: the bridge or bond it is enslaved to (0: none)
 * @param kind      IFLA_LINKINFO/IFLA_INFO_KIND, e.g. "veth", "macvlan", "bridge"
 */
public record Link(int index, String name, int flags, OperState operState, String mac, int mtu, int master,
                   Optional<String> kind) {

    public static final int IFF_UP = 0x1;
    public static final int IFF_LOOPBACK = 0x8;
    public static final int IFF_RUNNING = 0x40;
    public static final int IFF_LOWER_UP = 0x10000;

    static final int RTM_NEWLINK = 16;
    static final int RTM_DELLINK = 17;
    static final int RTM_GETLINK = 18;

    private static final int IFLA_ADDRESS = 1;
    private static final int IFLA_IFNAME = 3;
    private static final int IFLA_MTU = 4;
    private static final int IFLA_MASTER = 10;
    private static final int IFLA_OPERSTATE = 16;
    private static final int IFLA_LINKINFO = 18;
    private static final int IFLA_INFO_KIND = 1;

    private static final int IFINFOMSG = 16;

    /** RFC 2863 operational state, IF_OPER_* in linux/if.h order. */
    public enum OperState { UNKNOWN, NOTPRESENT, DOWN, LOWERLAYERDOWN, TESTING, DORMANT, UP }

    public boolean isUp() {
        return (flags & IFF_UP) != 0;
    }

    public boolean isRunning() {
        return (flags & IFF_RUNNING) != 0;
    }

    /** Carrier, as the driver reports it (IFF_LOWER_UP): false when the cable is out. */
    public boolean hasCarrier() {
        return (flags & IFF_LOWER_UP) != 0;
    }

    /** The MAC as bytes, for building frames; empty if the interface has none. */
    public byte[] hardwareAddress() {
        return mac.isEmpty() ? new byte[0] : HexFormat.ofDelimiter(":").parseHex(mac);
    }

    /** The payload of an RTM_GETLINK dump request (every interface). */
    static byte[] dumpRequest() {
        return new byte[IFINFOMSG];
    }

    static Link decode(byte[] payload) throws NetlinkFormatException {
        if (payload.length < IFINFOMSG) {
            throw new NetlinkFormatException("link message of " + payload.length + " bytes, below ifinfomsg's 16");
        }
        ByteBuffer h = ByteBuffer.wrap(payload).order(ByteOrder.nativeOrder());
        int index = h.getInt(4);
        int flags = h.getInt(8);
        String what = "link message (ifindex " + index + ")";
        Attributes a = Attributes.parse(payload, IFINFOMSG, what);
        String name = a.string(IFLA_IFNAME).orElseThrow(() -> new NetlinkFormatException(what + " has no IFLA_IFNAME"));
        int state = a.u8(IFLA_OPERSTATE).orElse(0);
        OperState operState = state < OperState.values().length ? OperState.values()[state] : OperState.UNKNOWN;
        String mac = a.bytes(IFLA_ADDRESS).map(HexFormat.ofDelimiter(":")::formatHex).orElse("");
        Optional<String> kind = Optional.empty();
        Optional<Attributes> linkInfo = a.nested(IFLA_LINKINFO, what + " IFLA_LINKINFO");
        if (linkInfo.isPresent()) {
            kind = linkInfo.get().string(IFLA_INFO_KIND);
        }
        return new Link(index, name, flags, operState, mac, a.u32(IFLA_MTU).orElse(0), a.u32(IFLA_MASTER).orElse(0), kind);
    }
}
