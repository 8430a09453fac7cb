package org.keepalived4j.vrrp.packet;

import java.util.List;
import java.util.Objects;
import org.keepalived4j.config.IpAddress;

/**
 * One VRRP advertisement as it is on the wire, without the IP header: version 2 (RFC 3768, with
 * RFC 2338's authentication field) or 3 (RFC 5798/9568). The interval is kept in centiseconds for
 * both versions so that the state machine never needs to know which one it runs (a v2 interval is
 * always a whole number of seconds, so {@code intervalCentis % 100 == 0} there).
 *
 * @param version 2 or 3
 * @param virtualRouterId 1..255
 * @param priority 0..255 (0 = the master is leaving, 255 = address owner)
 * @param intervalCentis v2: seconds × 100 (1..255 s), v3: the 12-bit Max Adver Int (1..4095 cs)
 * @param addresses the virtual addresses, all of one family
 * @param auth v2 only: the authentication type and data field; {@link V2Auth#NONE} for v3
 */
public record Advertisement(int version, int virtualRouterId, int priority, int intervalCentis,
        List<IpAddress> addresses, V2Auth auth) {

    public Advertisement {
        addresses = List.copyOf(addresses);
        Objects.requireNonNull(auth, "auth");
        if (version != 2 && version != 3) {
            throw new IllegalArgumentException("version " + version);
        }
        if (virtualRouterId < 0 || virtualRouterId > 255 || priority < 0 || priority > 255) {
            throw new IllegalArgumentException("vrid " + virtualRouterId + " priority " + priority);
        }
    }

    /** This advertisement with another priority (a master's priority-0 advert when it leaves). */
    public Advertisement withPriority(int newPriority) {
        return new Advertisement(version, virtualRouterId, newPriority, intervalCentis, addresses, auth);
    }
}
