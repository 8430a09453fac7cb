package org.keepalived4j.config.vrrp;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.keepalived4j.config.IpAddress;

/**
 * Where an instance sends and receives its adverts.
 *
 * @param interfaceName        {@code interface}; empty for a unicast instance without one
 * @param vrf                  {@code vrf}: the VRF master device of an interface-less unicast instance
 * @param sourceAddress        {@code mcast_src_ip} / {@code unicast_src_ip}; empty means the interface's primary address
 * @param trackSourceAddress   {@code track_src_ip}: FAULT while the source address is missing
 * @param multicastDestination {@code mcast_dst_ip}; empty means the global multicast group
 * @param unicastPeers         the unicast peers; empty means multicast
 * @param unicastTtl           {@code unicast_ttl}; -1 means the default (255 for IPv4, the kernel's for IPv6)
 * @param unicastFaultNoPeer   a unicast instance without peers goes to FAULT
 * @param checkUnicastSource   adverts must come from a listed peer
 * @param unicastChecksum      {@code old_unicast_checksum}: VRRPv3 unicast checksum compatibility
 * @param vmac                 {@code use_vmac} and its options
 * @param ipvlan               {@code use_ipvlan} and its options
 * @param promoteSecondaries   {@code promote_secondaries}
 * @param dontTrackPrimary     a fault of the instance's own interface is ignored
 * @param linkbeatUsePolling   the deprecated per-instance {@code linkbeat_use_polling}
 * @param kernelRxBufSize      {@code kernel_rx_buf_size}; 0 means the default
 * @param v3ChecksumAsV2       {@code v3_checksum_as_v2} (instance or global): send VRRPv3 IPv4 checksums without
 *                             the pseudo-header, as RFC 9568 and Cisco/Juniper do
 */
public record InstanceNetwork(Optional<String> interfaceName, Optional<String> vrf, Optional<IpAddress> sourceAddress,
                              boolean trackSourceAddress, Optional<IpAddress> multicastDestination,
                              List<UnicastPeer> unicastPeers, int unicastTtl, boolean unicastFaultNoPeer,
                              boolean checkUnicastSource, UnicastChecksum unicastChecksum, Optional<Vmac> vmac,
                              Optional<Ipvlan> ipvlan, boolean promoteSecondaries, boolean dontTrackPrimary,
                              boolean linkbeatUsePolling, long kernelRxBufSize, boolean v3ChecksumAsV2) {

    /** {@code old_unicast_checksum}: NONE unless configured; bare keyword = CONFIG; {@code never} = NEVER. */
    public enum UnicastChecksum { NONE, CONFIG, NEVER }

    public InstanceNetwork {
        Objects.requireNonNull(interfaceName, "interfaceName");
        Objects.requireNonNull(vrf, "vrf");
        Objects.requireNonNull(sourceAddress, "sourceAddress");
        Objects.requireNonNull(multicastDestination, "multicastDestination");
        unicastPeers = List.copyOf(unicastPeers);
        Objects.requireNonNull(unicastChecksum, "unicastChecksum");
        Objects.requireNonNull(vmac, "vmac");
        Objects.requireNonNull(ipvlan, "ipvlan");
    }

    public boolean isUnicast() {
        return !unicastPeers.isEmpty();
    }
}
