package org.keepalived4j.vrrp.packet;

import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.keepalived4j.config.IpAddress;
import org.keepalived4j.vrrp.packet.ReceiveVerdict.Accepted;
import org.keepalived4j.vrrp.packet.ReceiveVerdict.ChecksumForm;
import org.keepalived4j.vrrp.packet.ReceiveVerdict.Rejected;

/**
 * Validation of a received advertisement against one instance, in keepalived 2.2.7's order
 * ({@code vrrp_dispatcher_read} then {@code vrrp_check_packet}), so that a packet with two faults
 * is counted under the same counter as keepalived counts it. Pure: no state, no I/O; the caller
 * counts, logs and keeps the AH sequence floor.
 */
public final class ReceiveCheck {

    /** 224.0.0.18: the group old keepalived (up to 1.3.6) put in the unicast v3 pseudo-header. */
    static final IpAddress VRRP_GROUP_V4 = IpAddress.of(new byte[] {(byte) 224, 0, 0, 18});

    private ReceiveCheck() {
    }

    /**
     * Version and VRID of a packet, read before the full check so that the engine can find the
     * instance (and count an unknown VRID router-wide itself). Empty when the datagram is too short
     * to hold the IP header, [AH] and the VRRP header: keepalived logs "VRRP packet too short" and
     * counts nothing.
     */
    public static Optional<PacketHeader> peek(ReceivedAdvertisement rx) {
        int at = vrrpOffset(rx);
        if (at < 0) {
            return Optional.empty();
        }
        byte[] b = rx.bytes();
        return Optional.of(new PacketHeader((b[at] & 0xff) >> 4, b[at + 1] & 0xff, rx.family()));
    }

    /** Offset of the VRRP header, or -1 if the bytes do not reach its end. */
    private static int vrrpOffset(ReceivedAdvertisement rx) {
        byte[] b = rx.bytes();
        if (!rx.source().isV4()) {
            return b.length >= AdvertisementCodec.HEADER_LENGTH ? 0 : -1;
        }
        // asked twice of every packet (to find the instance, then to check it): read, not parsed
        int headerLength = Ipv4Header.lengthOf(b);
        if (headerLength < 0) {
            return -1;
        }
        int at = headerLength + (Ipv4Header.protocolOf(b) == Ipv4Header.PROTOCOL_AH ? AuthenticationHeader.LENGTH : 0);
        return b.length >= at + AdvertisementCodec.HEADER_LENGTH ? at : -1;
    }

    /**
     * Checks {@code rx} for the instance described by {@code expect}; any bytes give a verdict,
     * never an exception.
     *
     * <p>The sentences of the rejections are built by the methods after this one: written out here,
     * they made this method so large that C1 took 4 MB of native memory to compile it, which glibc
     * then kept (a backup's RSS was 4 MB above its master's).
     *
     * @throws IllegalArgumentException if the packet's family is not the instance's (an engine bug)
     */
    public static ReceiveVerdict check(ReceivedAdvertisement rx, ReceiveExpectation expect) {
        if (rx.family() != expect.family()) {
            // The engine routes by socket, so this is a wiring bug, not something a peer can send.
            throw wiringBug(rx, expect);
        }
        int at = vrrpOffset(rx);
        byte[] b = rx.bytes();
        if (at < 0) {
            return truncatedHeader(b);
        }
        boolean v4 = expect.family() == IpAddress.Family.INET;
        Ipv4Header ip = v4 ? Ipv4Header.parse(b).orElseThrow() : null;
        IpAddress source = v4 ? ip.source() : rx.source();
        IpAddress destination = v4 ? ip.destination() : rx.destination();
        int ttl = v4 ? ip.ttl() : rx.ttl();

        int versionNibble = (b[at] & 0xff) >> 4;
        int typeNibble = b[at] & 0x0f;
        int vrid = b[at + 1] & 0xff;
        int priority = b[at + 2] & 0xff;
        int count = b[at + 3] & 0xff;

        if (vrid != expect.virtualRouterId()) {
            return vridMismatch(vrid, expect);
        }
        if (!v4 && destination.isMulticast() == expect.unicast()) {
            return reject(ReceiveError.IPV6_MULTICAST_UNICAST_MISMATCH, castMismatch(expect));
        }
        boolean expectAh = expect.auth().type() == V2Auth.TYPE_AH;
        if (v4 && (ip.protocol() == Ipv4Header.PROTOCOL_AH) != expectAh) {
            return ahPresenceMismatch(ip, expectAh);
        }

        int expectedLength = at + AdvertisementCodec.messageLength(versionNibble, expect.family(), count);
        if (b.length != expectedLength) {
            return packetLength(b, versionNibble, count, expectedLength);
        }
        if (!expect.unicast() && ttl != ReceivedAdvertisement.UNKNOWN_TTL && ttl != Ipv4Header.VRRP_TTL) {
            return ttlNot255(v4, ttl);
        }
        if (versionNibble != expect.version()) {
            return versionMismatch(versionNibble, expect);
        }

        long ahSequence = -1;
        if (versionNibble == 2) {
            Rejected fault = v2Fault(b, at, count, ip, source, expect);
            if (fault != null) {
                return fault;
            }
            if (expectAh) {
                ahSequence = ahSequence(b, ip);
            }
        }
        if (typeNibble != AdvertisementCodec.TYPE_ADVERTISEMENT) {
            return invalidType(typeNibble);
        }
        int v3Interval = ((b[at + 4] & 0x0f) << 8) | (b[at + 5] & 0xff);
        if (versionNibble == 3 && count == 0) {
            return reject(ReceiveError.V3_ZERO_ADDRESS_COUNT, "address count is 0");
        }
        if (versionNibble == 3 && v3Interval == 0) {
            return reject(ReceiveError.V3_ZERO_INTERVAL, "maximum advertisement interval is 0");
        }

        // skip_check_adv_addr trusts a master we already know; keepalived then also skips the
        // unicast source check, which lives in the same block.
        boolean checkAddresses = !(expect.skipCheckAdvAddr()
                && expect.currentMaster().filter(source::equals).isPresent());
        boolean owner = priority == 255;
        List<String> notes = new ArrayList<>();
        boolean addressListDiffers = false;
        if (checkAddresses && count != expect.addresses().size()) {
            String text = addressCountText(count, expect);
            if (!owner) {
                return reject(ReceiveError.ADDRESS_COUNT, text);
            }
            addressListDiffers = true;
            notes.add(processedAnyway(text));
        }
        if (v4 && ip.totalLength() != b.length) {
            return ipTotalLength(ip, b);
        }

        int messageLength = b.length - at;
        ChecksumForm form;
        if (!v4) {
            form = ChecksumForm.IPV6_KERNEL;
        } else if (versionNibble == 2) {
            if (InternetChecksum.of(b, at, messageLength) != 0) {
                return v2Checksum(b, at);
            }
            form = ChecksumForm.V2_MESSAGE;
        } else {
            form = v3Ipv4Checksum(b, at, messageLength, source, destination, expect);
            if (form == null) {
                return v3Checksum(b, at, expect);
            }
            if (form == ChecksumForm.V3_OLD_UNICAST) {
                notes.add("checksum uses 224.0.0.18 in the pseudo-header (keepalived up to 1.3.6 unicast)");
            }
        }
        if (v4 && destination.isMulticast() == expect.unicast()) {
            return reject(ReceiveError.MULTICAST_UNICAST_MISMATCH, castMismatch(expect));
        }

        Optional<Advertisement> decoded = AdvertisementCodec.decode(b, at, messageLength, expect.family());
        if (decoded.isEmpty()) {
            // Unreachable: version, length and count were all checked above.
            return reject(ReceiveError.PACKET_LENGTH, "advertisement could not be decoded");
        }
        Advertisement advert = decoded.get();

        if (checkAddresses) {
            // a few addresses (the usual case) are searched faster than hashed
            Collection<IpAddress> carried = advert.addresses().size() <= 8 ? advert.addresses()
                    : new HashSet<>(advert.addresses());
            for (IpAddress vip : expect.addresses()) {
                if (!carried.contains(vip)) {
                    String text = addressMissingText(vip);
                    if (!owner) {
                        return reject(ReceiveError.ADDRESS_LIST, text);
                    }
                    if (!addressListDiffers) {
                        addressListDiffers = true;
                        notes.add(processedAnyway(text));
                    }
                    break;
                }
            }
            if (expect.unicast() && expect.checkUnicastSource()) {
                Rejected fault = unicastPeerFault(v4, source, ttl, expect);
                if (fault != null) {
                    return fault;
                }
            }
        }
        boolean intervalDiffers = versionNibble == 3 && v3Interval != expect.intervalCentis();
        if (intervalDiffers) {
            notes.add(intervalAdopted(v3Interval, expect));
        }
        return new Accepted(advert, source, destination, form, intervalDiffers, addressListDiffers, ahSequence,
                notes);
    }

    /** The VRRPv2 authentication and interval checks, in keepalived's order; null when they pass. */
    private static Rejected v2Fault(byte[] b, int at, int count, Ipv4Header ip, IpAddress source,
            ReceiveExpectation expect) {
        int authType = b[at + 4] & 0xff;
        if (authType > V2Auth.TYPE_AH) {
            return reject(ReceiveError.INVALID_AUTH_TYPE, "auth type " + authType + " is not 0, 1 or 2");
        }
        if (authType != expect.auth().type()) {
            return reject(ReceiveError.AUTH_TYPE_MISMATCH, "auth type " + authType
                    + " differs from the configured " + expect.auth().type());
        }
        if (authType == V2Auth.TYPE_PASS) {
            int pw = at + AdvertisementCodec.HEADER_LENGTH + 4 * count;
            byte[] got = Arrays.copyOfRange(b, pw, pw + V2Auth.KEY_LENGTH);
            if (!MessageDigest.isEqual(got, expect.auth().keyBytes())) {
                return reject(ReceiveError.AUTH_FAILURE, "the password differs from the configured one");
            }
        } else if (authType == V2Auth.TYPE_AH) {
            int ah = ip.headerLength();
            if ((b[ah] & 0xff) != AdvertisementCodec.PROTOCOL_VRRP) {
                return reject(ReceiveError.AH_NOT_VRRP, "AH header protects protocol " + (b[ah] & 0xff)
                        + ", not VRRP");
            }
            if (!AuthenticationHeader.icvValid(b, ah, expect.auth().keyBytes(), expect.unicast())) {
                return reject(ReceiveError.AUTH_FAILURE,
                        "AH HMAC-MD5 ICV is wrong (a mutated packet or another password)");
            }
            IpAddress spi = IpAddress.of(Arrays.copyOfRange(b, ah + AuthenticationHeader.SPI_OFFSET,
                    ah + AuthenticationHeader.SPI_OFFSET + 4));
            if (!spi.equals(source)) {
                return reject(ReceiveError.AUTH_FAILURE, "AH SPI " + spi + " is not the source address "
                        + source);
            }
            long sequence = ahSequence(b, ip);
            if (sequence <= expect.ahSequenceFloor()) {
                return reject(ReceiveError.AUTH_FAILURE, "AH sequence number " + sequence
                        + " was already processed (last " + expect.ahSequenceFloor() + ")");
            }
        }
        int seconds = b[at + 5] & 0xff;
        if (seconds * 100 != expect.intervalCentis()) {
            return reject(ReceiveError.V2_INTERVAL_MISMATCH, "advertisement interval " + seconds
                    + " s differs from the configured " + seconds(expect.intervalCentis()));
        }
        return null;
    }

    private static long ahSequence(byte[] b, Ipv4Header ip) {
        return Ipv4Header.u32(b, ip.headerLength() + AuthenticationHeader.SEQUENCE_OFFSET);
    }

    /** A unicast instance's check of the sender against its peers; null when it passes. */
    private static Rejected unicastPeerFault(boolean v4, IpAddress source, int ttl, ReceiveExpectation expect) {
        Optional<UnicastPeer> peer = expect.unicastPeers().stream()
                .filter(p -> p.address().equals(source)).findFirst();
        if (peer.isEmpty()) {
            return reject(ReceiveError.UNICAST_SOURCE_NOT_PEER, "source " + source
                    + " is not a configured unicast peer");
        }
        if (ttl != ReceivedAdvertisement.UNKNOWN_TTL && (ttl < peer.get().minTtl() || ttl > peer.get().maxTtl())) {
            return reject(ReceiveError.UNICAST_TTL_OUT_OF_RANGE, (v4 ? "TTL " : "hop limit ") + ttl
                    + " is outside " + peer.get().minTtl() + ".." + peer.get().maxTtl());
        }
        return null;
    }

    private static IllegalArgumentException wiringBug(ReceivedAdvertisement rx, ReceiveExpectation expect) {
        return new IllegalArgumentException("an " + name(rx.family()) + " packet given to an "
                + name(expect.family()) + " instance");
    }

    private static Rejected truncatedHeader(byte[] b) {
        return reject(ReceiveError.TRUNCATED_HEADER, "packet of " + b.length
                + " bytes is too short to hold a VRRP header");
    }

    private static Rejected vridMismatch(int vrid, ReceiveExpectation expect) {
        return reject(ReceiveError.VRID, "virtual router id " + vrid + " is not the configured "
                + expect.virtualRouterId());
    }

    private static Rejected ahPresenceMismatch(Ipv4Header ip, boolean expectAh) {
        return reject(ReceiveError.AH_PRESENCE_MISMATCH, expectAh
                ? "no AH header (IP protocol " + ip.protocol() + ") but auth type is AH"
                : "AH header received but auth type is not AH");
    }

    private static Rejected packetLength(byte[] b, int versionNibble, int count, int expectedLength) {
        return reject(ReceiveError.PACKET_LENGTH, "packet too " + (b.length > expectedLength ? "long" : "short")
                + ": " + b.length + " bytes where version " + versionNibble + " with " + count
                + " addresses needs " + expectedLength);
    }

    private static Rejected ttlNot255(boolean v4, int ttl) {
        return reject(ReceiveError.TTL, (v4 ? "TTL " : "hop limit ") + ttl + " is not 255");
    }

    private static Rejected versionMismatch(int versionNibble, ReceiveExpectation expect) {
        return reject(ReceiveError.VERSION, "version " + versionNibble + " differs from the configured "
                + expect.version());
    }

    private static Rejected invalidType(int typeNibble) {
        return reject(ReceiveError.INVALID_TYPE, "packet type " + typeNibble + " is not 1 (advertisement)");
    }

    private static String addressCountText(int count, ReceiveExpectation expect) {
        return "address count " + count + " differs from the " + expect.addresses().size() + " configured addresses";
    }

    private static String addressMissingText(IpAddress vip) {
        return "configured address " + vip + " is not in the advertisement";
    }

    private static String processedAnyway(String text) {
        return text + " (sender is the address owner: processed anyway)";
    }

    private static Rejected ipTotalLength(Ipv4Header ip, byte[] b) {
        return reject(ReceiveError.IP_TOTAL_LENGTH, "IP total length " + ip.totalLength()
                + " differs from the " + b.length + " bytes received");
    }

    private static Rejected v2Checksum(byte[] b, int at) {
        return reject(ReceiveError.CHECKSUM, "VRRPv2 checksum " + hex(b, at) + " is wrong");
    }

    private static Rejected v3Checksum(byte[] b, int at, ReceiveExpectation expect) {
        return reject(ReceiveError.CHECKSUM, "VRRPv3 checksum " + hex(b, at) + " is wrong (accepted forms: "
                + expect.acceptedV3Checksums() + ")");
    }

    private static String intervalAdopted(int v3Interval, ReceiveExpectation expect) {
        return "advertisement interval " + v3Interval + " cs differs from the configured "
                + expect.intervalCentis() + " cs (adopted as the master's)";
    }

    private static ChecksumForm v3Ipv4Checksum(byte[] b, int at, int length, IpAddress source,
            IpAddress destination, ReceiveExpectation expect) {
        Set<V3Checksum> forms = expect.acceptedV3Checksums();
        if (forms.contains(V3Checksum.PSEUDO_HEADER)
                && AdvertisementCodec.checksum(b, at, length, 3, source, destination, V3Checksum.PSEUDO_HEADER) == 0) {
            return ChecksumForm.V3_PSEUDO_HEADER;
        }
        if (forms.contains(V3Checksum.MESSAGE_ONLY)
                && AdvertisementCodec.checksum(b, at, length, 3, source, destination, V3Checksum.MESSAGE_ONLY) == 0) {
            return ChecksumForm.V3_MESSAGE_ONLY;
        }
        if (expect.unicast() && expect.acceptOldUnicastChecksum() && forms.contains(V3Checksum.PSEUDO_HEADER)
                && !destination.equals(VRRP_GROUP_V4)
                && AdvertisementCodec.checksum(b, at, length, 3, source, VRRP_GROUP_V4, V3Checksum.PSEUDO_HEADER) == 0) {
            return ChecksumForm.V3_OLD_UNICAST;
        }
        return null;
    }

    private static Rejected reject(ReceiveError error, String detail) {
        return new Rejected(error, detail);
    }

    private static String castMismatch(ReceiveExpectation expect) {
        return expect.unicast() ? "multicast packet received by a unicast instance"
                : "unicast packet received by a multicast instance";
    }

    private static String seconds(int centis) {
        return centis % 100 == 0 ? centis / 100 + " s" : centis + " cs";
    }

    private static String hex(byte[] b, int at) {
        return String.format("0x%04x", Ipv4Header.u16(b, at + AdvertisementCodec.CHECKSUM_OFFSET));
    }

    private static String name(IpAddress.Family family) {
        return family == IpAddress.Family.INET ? "IPv4" : "IPv6";
    }
}
