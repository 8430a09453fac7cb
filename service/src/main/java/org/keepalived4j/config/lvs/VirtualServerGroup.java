package org.keepalived4j.config.lvs;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.keepalived4j.config.IpAddress;
import org.keepalived4j.config.SourcePos;

/** A {@code virtual_server_group}: address ranges and firewall marks served as one virtual server. */
public record VirtualServerGroup(SourcePos pos, String name, List<Entry> entries) {

    public VirtualServerGroup {
        Objects.requireNonNull(pos, "pos");
        Objects.requireNonNull(name, "name");
        entries = List.copyOf(entries);
    }

    /** One line of the group. */
    public sealed interface Entry {
    }

    /**
     * {@code IP [PORT]}, {@code a.b.c.d-e}, {@code a.b.c.d-e.f.g.h}, {@code a.b.c.d/nn} (and the IPv6
     * forms): every address from {@code first} to {@code last} inclusive, on {@code port} (0 = none).
     */
    public record AddressRange(IpAddress first, IpAddress last, int port) implements Entry {
        public AddressRange {
            Objects.requireNonNull(first, "first");
            Objects.requireNonNull(last, "last");
        }

        public boolean isSingle() {
            return first.equals(last);
        }
    }

    /** {@code fwmark N [inet|inet6]}. */
    public record Fwmark(long mark, Optional<IpAddress.Family> family) implements Entry {
        public Fwmark {
            Objects.requireNonNull(family, "family");
        }
    }

    public List<AddressRange> addressRanges() {
        return entries.stream().filter(AddressRange.class::isInstance).map(AddressRange.class::cast).toList();
    }

    public List<Fwmark> fwmarks() {
        return entries.stream().filter(Fwmark.class::isInstance).map(Fwmark.class::cast).toList();
    }

    public boolean hasIpv4() {
        return entries.stream().anyMatch(e -> e instanceof AddressRange r ? r.first().isV4()
                : ((Fwmark) e).family().filter(f -> f == IpAddress.Family.INET).isPresent());
    }

    public boolean hasIpv6() {
        return entries.stream().anyMatch(e -> e instanceof AddressRange r ? !r.first().isV4()
                : ((Fwmark) e).family().filter(f -> f == IpAddress.Family.INET6).isPresent());
    }

    /** A fwmark entry without a family: its family comes from the virtual server's real servers. */
    public boolean hasFwmarkWithoutFamily() {
        return fwmarks().stream().anyMatch(f -> f.family().isEmpty());
    }
}
