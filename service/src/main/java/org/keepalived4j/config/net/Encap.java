package org.keepalived4j.config.net;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.keepalived4j.config.IpAddress;

/** A lightweight-tunnel encapsulation of a route or nexthop ({@code encap mpls|ip|ip6|ila ...}). */
public sealed interface Encap {

    /** {@code encap mpls L[/L]}: one or two labels (0..2^20-1), outermost first. */
    record Mpls(List<Integer> labels) implements Encap {
        public Mpls {
            labels = List.copyOf(labels);
        }
    }

    /**
     * {@code encap ip [id N] [dst A] [src A] [tos T] [ttl N] [flags N]}; keepalived needs id or dst.
     *
     * @param id the tunnel id, an unsigned 64-bit number
     */
    record Ip(OptionalLong id, Optional<IpAddress> destination, Optional<IpAddress> source, OptionalInt tos,
            OptionalInt ttl, OptionalInt flags) implements Encap {
        public Ip {
            Objects.requireNonNull(id);
            Objects.requireNonNull(destination);
            Objects.requireNonNull(source);
            Objects.requireNonNull(tos);
            Objects.requireNonNull(ttl);
            Objects.requireNonNull(flags);
        }
    }

    /** {@code encap ip6 [id N] [dst A] [src A] [tc T] [hoplimit N] [flags N]}; id or dst needed. */
    record Ip6(OptionalLong id, Optional<IpAddress> destination, Optional<IpAddress> source, OptionalInt trafficClass,
            OptionalInt hopLimit, OptionalInt flags) implements Encap {
        public Ip6 {
            Objects.requireNonNull(id);
            Objects.requireNonNull(destination);
            Objects.requireNonNull(source);
            Objects.requireNonNull(trafficClass);
            Objects.requireNonNull(hopLimit);
            Objects.requireNonNull(flags);
        }
    }

    /**
     * {@code encap ila LOCATOR}: the 64-bit locator written as four hex groups {@code a:b:c:d};
     * {@code locator} holds them with the first group in the high bits (network order).
     */
    record Ila(long locator) implements Encap {
    }
}
