package org.keepalived4j.linux;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Optional;
import org.keepalived4j.config.IpAddress;

/**
 * An address on an interface, as rtnetlink carries it (struct ifaddrmsg and IFA_* attributes, linux/if_addr.h).
 *
 * @param address        the local address (IFA_LOCAL; IPv6 reports only IFA_ADDRESS, which is then the same)
 * @param prefixLength   the prefix length
 * @param interfaceIndex the interface
 * @param scope          RT_SCOPE_* (0 universe/global, 253 link, 254 host)
 * @param flags          IFA_F_* (32 bits; the kernel's IFA_FLAGS attribute overrides the 8-bit header field)
 * @param peer           the other end of a point-to-point address (IFA_ADDRESS when it differs from IFA_LOCAL)
 * @param broadcast      IFA_BROADCAST (IPv4)
 * @param label          IFA_LABEL (IPv4, e.g. "eth0:vip")
 * @param lifetime       IFA_CACHEINFO lifetimes
 */
public record InterfaceAddress(IpAddress address, int prefixLength, int interfaceIndex, int scope, int flags,
                               Optional<IpAddress> peer, Optional<IpAddress> broadcast, Optional<String> label,
                               AddressLifetime lifetime) {

    public static final int SCOPE_UNIVERSE = 0;
    public static final int SCOPE_SITE = 200;
    public static final int SCOPE_LINK = 253;
    public static final int SCOPE_HOST = 254;

    public static final int IFA_F_SECONDARY = 0x01;
    public static final int IFA_F_NODAD = 0x02;
    public static final int IFA_F_DEPRECATED = 0x20;
    public static final int IFA_F_TENTATIVE = 0x40;
    public static final int IFA_F_PERMANENT = 0x80;
    public static final int IFA_F_NOPREFIXROUTE = 0x200;

    static final int RTM_NEWADDR = 20;
    static final int RTM_DELADDR = 21;
    static final int RTM_GETADDR = 22;

    static final int IFA_ADDRESS = 1;
    static final int IFA_LOCAL = 2;
    static final int IFA_LABEL = 3;
    static final int IFA_BROADCAST = 4;
    static final int IFA_CACHEINFO = 6;
    static final int IFA_FLAGS = 8;

    private static final int IFADDRMSG = 8;

    public InterfaceAddress {
        int max = address.isV4() ? 32 : 128;
        if (prefixLength < 0 || prefixLength > max) {
            throw new IllegalArgumentException("prefix length " + prefixLength + " for " + address);
        }
        peer.ifPresent(p -> requireSameFamily(address, p));
        broadcast.ifPresent(p -> requireSameFamily(address, p));
    }

    /** An address with no peer, broadcast or label, valid for ever, in global scope. */
    public static InterfaceAddress of(IpAddress address, int prefixLength, int interfaceIndex) {
        return new InterfaceAddress(address, prefixLength, interfaceIndex, SCOPE_UNIVERSE, 0, Optional.empty(),
                Optional.empty(), Optional.empty(), AddressLifetime.FOREVER);
    }

    public InterfaceAddress withLifetime(AddressLifetime newLifetime) {
        return new InterfaceAddress(address, prefixLength, interfaceIndex, scope, flags, peer, broadcast, label, newLifetime);
    }

    public InterfaceAddress withFlags(int newFlags) {
        return new InterfaceAddress(address, prefixLength, interfaceIndex, scope, newFlags, peer, broadcast, label, lifetime);
    }

    public InterfaceAddress withScope(int newScope) {
        return new InterfaceAddress(address, prefixLength, interfaceIndex, newScope, flags, peer, broadcast, label, lifetime);
    }

    public InterfaceAddress withLabel(String newLabel) {
        return new InterfaceAddress(address, prefixLength, interfaceIndex, scope, flags, peer, broadcast,
                Optional.of(newLabel), lifetime);
    }

    public InterfaceAddress withBroadcast(IpAddress newBroadcast) {
        return new InterfaceAddress(address, prefixLength, interfaceIndex, scope, flags, peer, Optional.of(newBroadcast),
                label, lifetime);
    }

    public InterfaceAddress withPeer(IpAddress newPeer) {
        return new InterfaceAddress(address, prefixLength, interfaceIndex, scope, flags, Optional.of(newPeer), broadcast,
                label, lifetime);
    }

    /** "192.0.2.201/24". */
    public String cidr() {
        return address + "/" + prefixLength;
    }

    /**
     * The payload of RTM_NEWADDR or RTM_DELADDR, with attributes in the order `ip addr` sends them (IFA_LOCAL,
     * IFA_FLAGS, IFA_ADDRESS, IFA_BROADCAST, IFA_LABEL, IFA_CACHEINFO). Flags that fit 8 bits ride in the header,
     * wider ones in IFA_FLAGS, as iproute2 does. A deletion names only the address.
     */
    byte[] encode(boolean forDeletion) {
        int headerFlags = flags <= 0xff ? flags : 0;
        AttributeWriter w = new AttributeWriter().struct(ByteBuffer.allocate(IFADDRMSG).order(ByteOrder.nativeOrder())
                .put((byte) (address.isV4() ? LibC.AF_INET : LibC.AF_INET6)).put((byte) prefixLength)
                .put((byte) headerFlags).put((byte) scope).putInt(interfaceIndex).array());
        w.bytes(IFA_LOCAL, address.bytes());
        if (!forDeletion && flags > 0xff) {
            w.u32(IFA_FLAGS, flags);
        }
        w.bytes(IFA_ADDRESS, peer.orElse(address).bytes());
        if (!forDeletion) {
            // no lambdas and no record equals here: a backup's first takeover encodes this for the first
            // time, and linking those call sites costs milliseconds in the interpreter (docs/development.md)
            if (broadcast.isPresent()) {
                w.bytes(IFA_BROADCAST, broadcast.get().bytes());
            }
            if (label.isPresent()) {
                w.string(IFA_LABEL, label.get());
            }
            if (lifetime.preferredSeconds() != AddressLifetime.INFINITY || lifetime.validSeconds() != AddressLifetime.INFINITY) {
                w.bytes(IFA_CACHEINFO, ByteBuffer.allocate(16).order(ByteOrder.nativeOrder())
                        .putInt((int) lifetime.preferredSeconds()).putInt((int) lifetime.validSeconds())
                        .putInt(0).putInt(0).array());
            }
        }
        return w.toBytes();
    }

    /** The payload of an RTM_GETADDR dump request: every address of a family (0: all families). */
    static byte[] dumpRequest(int family) {
        return new byte[] {(byte) family, 0, 0, 0, 0, 0, 0, 0};
    }

    /** An RTM_NEWADDR/RTM_DELADDR payload from a dump or an event. */
    static InterfaceAddress decode(byte[] payload) throws NetlinkFormatException {
        if (payload.length < IFADDRMSG) {
            throw new NetlinkFormatException("address message of " + payload.length + " bytes, below ifaddrmsg's 8");
        }
        ByteBuffer h = ByteBuffer.wrap(payload).order(ByteOrder.nativeOrder());
        int family = h.get(0) & 0xff;
        int prefixLength = h.get(1) & 0xff;
        int headerFlags = h.get(2) & 0xff;
        int scope = h.get(3) & 0xff;
        int index = h.getInt(4);
        String what = "address message (family " + family + ", ifindex " + index + ")";
        Attributes a = Attributes.parse(payload, IFADDRMSG, what);
        Optional<IpAddress> local = a.address(IFA_LOCAL, what);
        Optional<IpAddress> prefixAddress = a.address(IFA_ADDRESS, what);
        IpAddress address = local.or(() -> prefixAddress)
                .orElseThrow(() -> new NetlinkFormatException(what + " has neither IFA_LOCAL nor IFA_ADDRESS"));
        int expected = family == LibC.AF_INET ? 4 : family == LibC.AF_INET6 ? 16 : -1;
        if (address.bytes().length != expected || prefixLength > address.bitLength()) {
            throw new NetlinkFormatException(what + ": " + address + "/" + prefixLength + " does not match the family");
        }
        Optional<IpAddress> peer = local.isPresent() ? prefixAddress.filter(p -> !p.equals(local.get())) : Optional.empty();
        AddressLifetime lifetime = AddressLifetime.FOREVER;
        Optional<byte[]> cacheInfo = a.bytes(IFA_CACHEINFO);
        if (cacheInfo.isPresent()) {
            if (cacheInfo.get().length < 8) {
                throw new NetlinkFormatException(what + ": IFA_CACHEINFO of " + cacheInfo.get().length + " bytes");
            }
            ByteBuffer c = ByteBuffer.wrap(cacheInfo.get()).order(ByteOrder.nativeOrder());
            long preferred = Integer.toUnsignedLong(c.getInt(0));
            long valid = Integer.toUnsignedLong(c.getInt(4));
            // the kernel may report a preferred lifetime above the valid one only in races; keep the record valid
            lifetime = new AddressLifetime(Math.min(preferred, valid), valid);
        }
        Optional<IpAddress> broadcast = a.address(IFA_BROADCAST, what);
        try {
            return new InterfaceAddress(address, prefixLength, index, scope, a.u32(IFA_FLAGS).orElse(headerFlags), peer,
                    broadcast, a.string(IFA_LABEL), lifetime);
        } catch (IllegalArgumentException e) {
            throw new NetlinkFormatException(what + ": " + e.getMessage());
        }
    }

    private static void requireSameFamily(IpAddress address, IpAddress other) {
        if (address.family() != other.family()) {
            throw new IllegalArgumentException(other + " is not of the family of " + address);
        }
    }
}
