package org.keepalived4j.config.vrrp;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.keepalived4j.config.IpAddress;
import org.keepalived4j.config.SourcePos;

/**
 * One {@code vrrp_instance}, validated, with every default resolved.
 *
 * @param name            the instance name
 * @param pos             the line of {@code vrrp_instance}
 * @param virtualRouterId the VRID, 1..255
 * @param version         the VRRP version, 2 or 3
 * @param family          the address family of the adverts and the VIPs
 * @param advertInterval  the advert interval (whole seconds for v2, centiseconds for v3)
 * @param strictMode      whether RFC-strict behaviour applies
 * @param election        state, priority and pre-emption
 * @param network         interface, addresses, unicast and VMAC
 * @param authentication  VRRPv2 authentication, if any
 * @param addresses       VIPs, eVIPs, virtual routes and rules
 * @param tracking        what the instance tracks
 * @param garp            gratuitous ARP timing
 * @param notifications   notify scripts and options
 * @param syncGroup       the sync group the instance belongs to, if any
 */
public record VrrpInstance(String name, SourcePos pos, int virtualRouterId, int version, IpAddress.Family family,
                           Duration advertInterval, boolean strictMode, Election election, InstanceNetwork network,
                           Optional<Authentication> authentication, InstanceAddresses addresses, Tracking tracking,
                           GarpSettings garp, Notifications notifications, Optional<String> syncGroup) {

    public VrrpInstance {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(pos, "pos");
        Objects.requireNonNull(family, "family");
        Objects.requireNonNull(advertInterval, "advertInterval");
        Objects.requireNonNull(election, "election");
        Objects.requireNonNull(network, "network");
        Objects.requireNonNull(authentication, "authentication");
        Objects.requireNonNull(addresses, "addresses");
        Objects.requireNonNull(tracking, "tracking");
        Objects.requireNonNull(garp, "garp");
        Objects.requireNonNull(notifications, "notifications");
        Objects.requireNonNull(syncGroup, "syncGroup");
    }

    public int priority() {
        return election.priority();
    }

    public Election.State initialState() {
        return election.initialState();
    }

    public Optional<String> interfaceName() {
        return network.interfaceName();
    }
}
