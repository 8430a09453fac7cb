package org.keepalived4j.config.net;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.keepalived4j.config.IpAddress;

/**
 * One path of a multipath route ({@code nexthop via A dev IF weight N onlink realms R encap ...}),
 * or one of the two gateways of the deprecated {@code via A or B} form.
 *
 * @param weight 1..256 as written; the kernel's {@code rtnh_hops} is one less
 * @param realms the RTA_FLOW value: {@code TO}, or {@code FROM << 16 | TO}
 */
public record Nexthop(Optional<IpAddress> via, Optional<String> device, OptionalInt weight, boolean onlink,
        OptionalLong realms, Optional<Encap> encap) {

    public Nexthop {
        Objects.requireNonNull(via);
        Objects.requireNonNull(device);
        Objects.requireNonNull(weight);
        Objects.requireNonNull(realms);
        Objects.requireNonNull(encap);
    }

    static Nexthop gateway(Optional<IpAddress> via) {
        return new Nexthop(via, Optional.empty(), OptionalInt.empty(), false, OptionalLong.empty(), Optional.empty());
    }
}
