package org.keepalived4j.config.vrrp;

import java.util.Objects;
import org.keepalived4j.config.IpAddress;

/** A {@code unicast_peer} line: the peer and the TTL range its adverts must arrive with. */
public record UnicastPeer(IpAddress address, int minTtl, int maxTtl) {

    public UnicastPeer {
        Objects.requireNonNull(address, "address");
    }

    /** Whether the line set a TTL range (which makes keepalived check the source of adverts). */
    public boolean checksTtl() {
        return minTtl != 0 || maxTtl != 255;
    }
}
