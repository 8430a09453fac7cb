package org.keepalived4j.config.net;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.keepalived4j.config.IpAddress;
import org.keepalived4j.config.IpPrefix;
import org.keepalived4j.config.SourcePos;

/**
 * One address of {@code static_ipaddress}, {@code virtual_ipaddress} or
 * {@code virtual_ipaddress_excluded}, as keepalived 2.2.7 would install it.
 *
 * @param text              the address as written (keepalived names the entry by it in messages)
 * @param local             the address and its prefix length (a host length when none was written,
 *                          or when a peer is given)
 * @param broadcast         the IPv4 broadcast address to set: given, or computed for {@code brd +}/
 *                          {@code brd -}; empty for none (also when a peer is given, or it was 0.0.0.0)
 * @param device            the interface from {@code dev}; empty means the instance's interface (or, for
 *                          static addresses, the default interface), which the block's parser fills in
 * @param scope             {@code scope}; global unless given (always global for IPv6: keepalived
 *                          refuses a scope there)
 * @param label             {@code label} (IPv4 only)
 * @param peer              {@code peer}: the remote end of a point-to-point address
 * @param flags             {@code home}, {@code mngtmpaddr}, {@code noprefixroute}, {@code autojoin}
 * @param duplicateAddressDetection {@code -nodad} given: keepalived otherwise sets IFA_F_NODAD on every
 *                          IPv6 address it adds, and this option (confusingly named) lets DAD run
 * @param preferredLifetime seconds, {@link #FOREVER} for {@code forever}; for IPv6 keepalived's default
 *                          applies when none is given (0 for a /128, so it is never a source address,
 *                          else forever); empty for IPv4 without the option
 * @param tracked           false with {@code no_track}
 * @param useVmac           {@code use_vmac} (virtual addresses only): put the address on the VMAC
 * @param trackGroup        {@code track_group} (static addresses only), when the group exists
 * @param pos               the line
 */
public record AddressEntry(String text, IpPrefix local, Optional<IpAddress> broadcast, Optional<String> device,
        RouteScope scope, Optional<String> label, Optional<IpAddress> peer, Set<AddressFlag> flags,
        boolean duplicateAddressDetection, OptionalLong preferredLifetime, boolean tracked, boolean useVmac,
        Optional<String> trackGroup, SourcePos pos) {

    /** INFINITY_LIFE_TIME. */
    public static final long FOREVER = 0xffffffffL;

    public AddressEntry {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(local, "local");
        Objects.requireNonNull(broadcast, "broadcast");
        Objects.requireNonNull(device, "device");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(peer, "peer");
        flags = Set.copyOf(flags);
        Objects.requireNonNull(preferredLifetime, "preferredLifetime");
        Objects.requireNonNull(trackGroup, "trackGroup");
        Objects.requireNonNull(pos, "pos");
    }

    public IpAddress address() {
        return local.address();
    }

    public IpAddress.Family family() {
        return local.address().family();
    }

    /** The same address on another interface: how the block's parser fills in the default one. */
    public AddressEntry onDevice(String name) {
        return new AddressEntry(text, local, broadcast, Optional.of(name), scope, label, peer, flags,
                duplicateAddressDetection, preferredLifetime, tracked, useVmac, trackGroup, pos);
    }
}
