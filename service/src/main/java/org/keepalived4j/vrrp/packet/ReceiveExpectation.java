package org.keepalived4j.vrrp.packet;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.keepalived4j.config.IpAddress;

/**
 * What one VRRP instance expects of the advertisements it receives: the inputs of keepalived's
 * {@code vrrp_check_packet}.
 *
 * @param version 2 or 3
 * @param virtualRouterId 1..255
 * @param family the instance's address family (the socket's)
 * @param auth v2 authentication ({@link V2Auth#NONE} for v3, where keepalived refuses auth)
 * @param intervalCentis the configured advert_int in centiseconds
 * @param addresses the configured virtual addresses (the list an advert must carry)
 * @param unicast whether unicast peers are configured (then the TTL is not checked unless the
 *        peer's min/max TTL say so, and multicast packets are refused)
 * @param unicastPeers the configured peers with their TTL ranges
 * @param checkUnicastSource {@code check_unicast_src} (instance or global): the source must be a peer
 * @param skipCheckAdvAddr {@code skip_check_adv_addr}: skip the address checks for adverts from
 *        {@code currentMaster}
 * @param currentMaster the master whose adverts we last accepted as Backup; keepalived always
 *        checks addresses while Master, so pass empty then
 * @param acceptedV3Checksums which IPv4 v3 checksum forms to accept (both by default, see
 *        {@link V3Checksum}); ignored for v2 and IPv6
 * @param acceptOldUnicastChecksum accept a unicast v3 IPv4 checksum computed with 224.0.0.18 as
 *        destination (keepalived up to 1.3.6; 2.2.7 detects it unless {@code old_unicast_checksum never})
 * @param ahSequenceFloor AH only: the highest sequence number already accepted (keepalived's
 *        {@code ipsecah_counter.seq_number}, 0 at start); a packet must carry a greater one
 */
public record ReceiveExpectation(int version, int virtualRouterId, IpAddress.Family family, V2Auth auth,
        int intervalCentis, List<IpAddress> addresses, boolean unicast, List<UnicastPeer> unicastPeers,
        boolean checkUnicastSource, boolean skipCheckAdvAddr, Optional<IpAddress> currentMaster,
        Set<V3Checksum> acceptedV3Checksums, boolean acceptOldUnicastChecksum, long ahSequenceFloor) {

    public ReceiveExpectation {
        Objects.requireNonNull(family, "family");
        Objects.requireNonNull(auth, "auth");
        Objects.requireNonNull(currentMaster, "currentMaster");
        addresses = List.copyOf(addresses);
        unicastPeers = List.copyOf(unicastPeers);
        acceptedV3Checksums = Set.copyOf(acceptedV3Checksums);
        if (version != 2 && version != 3) {
            throw new IllegalArgumentException("VRRP version " + version);
        }
        // keepalived forces IPv6 instances to v3 and refuses authentication in v3, so the check
        // never has to look for an authentication field or an AH header outside IPv4 v2.
        if (version == 2 && family != IpAddress.Family.INET) {
            throw new IllegalArgumentException("VRRPv2 is IPv4 only");
        }
        if (version == 3 && auth.type() != V2Auth.TYPE_NONE) {
            throw new IllegalArgumentException("VRRPv3 has no authentication");
        }
    }

    /** A multicast instance without authentication, accepting both v3 IPv4 checksum forms. */
    public static ReceiveExpectation multicast(int version, int virtualRouterId, IpAddress.Family family,
            int intervalCentis, List<IpAddress> addresses) {
        return new ReceiveExpectation(version, virtualRouterId, family, V2Auth.NONE, intervalCentis, addresses,
                false, List.of(), false, false, Optional.empty(), EnumSet.allOf(V3Checksum.class), true, 0);
    }

    public ReceiveExpectation withAuth(V2Auth newAuth) {
        return new ReceiveExpectation(version, virtualRouterId, family, newAuth, intervalCentis, addresses, unicast,
                unicastPeers, checkUnicastSource, skipCheckAdvAddr, currentMaster, acceptedV3Checksums,
                acceptOldUnicastChecksum, ahSequenceFloor);
    }

    public ReceiveExpectation withUnicastPeers(List<UnicastPeer> peers, boolean checkSource) {
        return new ReceiveExpectation(version, virtualRouterId, family, auth, intervalCentis, addresses, true,
                peers, checkSource, skipCheckAdvAddr, currentMaster, acceptedV3Checksums,
                acceptOldUnicastChecksum, ahSequenceFloor);
    }

    public ReceiveExpectation withSkipCheckAdvAddr(Optional<IpAddress> master) {
        return new ReceiveExpectation(version, virtualRouterId, family, auth, intervalCentis, addresses, unicast,
                unicastPeers, checkUnicastSource, true, master, acceptedV3Checksums,
                acceptOldUnicastChecksum, ahSequenceFloor);
    }

    public ReceiveExpectation withAcceptedV3Checksums(Set<V3Checksum> forms) {
        return new ReceiveExpectation(version, virtualRouterId, family, auth, intervalCentis, addresses, unicast,
                unicastPeers, checkUnicastSource, skipCheckAdvAddr, currentMaster, forms,
                acceptOldUnicastChecksum, ahSequenceFloor);
    }

    public ReceiveExpectation withAhSequenceFloor(long floor) {
        return new ReceiveExpectation(version, virtualRouterId, family, auth, intervalCentis, addresses, unicast,
                unicastPeers, checkUnicastSource, skipCheckAdvAddr, currentMaster, acceptedV3Checksums,
                acceptOldUnicastChecksum, floor);
    }
}
