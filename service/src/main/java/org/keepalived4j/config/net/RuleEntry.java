package org.keepalived4j.config.net;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.keepalived4j.config.IpAddress;
import org.keepalived4j.config.IpPrefix;
import org.keepalived4j.config.SourcePos;

/**
 * One rule of {@code static_rules} or {@code virtual_rules}, as keepalived 2.2.7 would install it.
 * An empty optional means the line did not give the selector (and keepalived does not send it).
 *
 * @param family               IPv4 unless something on the line made it IPv6
 * @param from                 {@code from PFX}; {@code all}/{@code any}/{@code default} are a /0
 * @param to                   {@code to PFX}
 * @param invert               {@code not}
 * @param action               what the rule does
 * @param table                the table of a {@code table}/{@code lookup} rule; 0 otherwise (also for
 *                             {@code l3mdev})
 * @param gotoTarget           the preference a {@code goto} rule jumps to
 * @param l3mdev               {@code l3mdev}: look up the table of the packet's L3 master device
 * @param preference           the rule's priority: given, or the one keepalived assigned
 * @param preferenceAssigned   whether keepalived chose the preference (none was written)
 * @param tos                  {@code tos}/{@code dsfield}; 0 unless given
 * @param fwmark               {@code fwmark V[/M]}: V
 * @param fwmask               {@code fwmark V/M}: M
 * @param realms               {@code realms}
 * @param suppressPrefixLength {@code suppress_prefixlength}
 * @param suppressGroup        {@code suppress_ifgroup}
 * @param inputInterface       {@code iif}/{@code dev}
 * @param outputInterface      {@code oif}
 * @param tunnelId             {@code tunnel-id}, unsigned 64-bit
 * @param uidRange             {@code uidrange}
 * @param protocol             RTPROT_KEEPALIVED (18) for a tracked rule; for an untracked one the given
 *                             protocol, if any
 * @param ipProtocol           {@code ipproto}
 * @param sourcePorts          {@code sport}
 * @param destinationPorts     {@code dport}
 * @param tracked              false with {@code no_track}
 * @param trackGroup           {@code track_group} (static rules), when the group exists and {@code iif} is given
 * @param pos                  the line
 */
public record RuleEntry(IpAddress.Family family, Optional<IpPrefix> from, Optional<IpPrefix> to, boolean invert,
        RuleAction action, long table, OptionalLong gotoTarget, boolean l3mdev, long preference,
        boolean preferenceAssigned, int tos, OptionalLong fwmark, OptionalLong fwmask, OptionalLong realms,
        OptionalLong suppressPrefixLength, OptionalLong suppressGroup, Optional<String> inputInterface,
        Optional<String> outputInterface, OptionalLong tunnelId, Optional<UidRange> uidRange,
        Optional<RouteProtocol> protocol, OptionalInt ipProtocol, Optional<PortRange> sourcePorts,
        Optional<PortRange> destinationPorts, boolean tracked, Optional<String> trackGroup, SourcePos pos) {

    public RuleEntry {
        Objects.requireNonNull(family, "family");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(gotoTarget, "gotoTarget");
        Objects.requireNonNull(fwmark, "fwmark");
        Objects.requireNonNull(fwmask, "fwmask");
        Objects.requireNonNull(realms, "realms");
        Objects.requireNonNull(suppressPrefixLength, "suppressPrefixLength");
        Objects.requireNonNull(suppressGroup, "suppressGroup");
        Objects.requireNonNull(inputInterface, "inputInterface");
        Objects.requireNonNull(outputInterface, "outputInterface");
        Objects.requireNonNull(tunnelId, "tunnelId");
        Objects.requireNonNull(uidRange, "uidRange");
        Objects.requireNonNull(protocol, "protocol");
        Objects.requireNonNull(ipProtocol, "ipProtocol");
        Objects.requireNonNull(sourcePorts, "sourcePorts");
        Objects.requireNonNull(destinationPorts, "destinationPorts");
        Objects.requireNonNull(trackGroup, "trackGroup");
        Objects.requireNonNull(pos, "pos");
    }
}
