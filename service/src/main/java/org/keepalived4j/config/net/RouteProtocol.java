package org.keepalived4j.config.net;

import java.util.Map;

/**
 * The routing protocol that owns a route or rule ({@code rtm_protocol}, {@code FRA_PROTOCOL}). Open,
 * not an enum: any number 0..255 or a name from {@code /etc/iproute2/rt_protos} is accepted.
 */
public record RouteProtocol(int code) {

    public static final RouteProtocol UNSPEC = new RouteProtocol(0);
    public static final RouteProtocol KERNEL = new RouteProtocol(2);
    public static final RouteProtocol BOOT = new RouteProtocol(3);
    public static final RouteProtocol STATIC = new RouteProtocol(4);
    /** RTPROT_KEEPALIVED: what keepalived forces on every route and rule it tracks. */
    public static final RouteProtocol KEEPALIVED = new RouteProtocol(18);

    private static final Map<Integer, String> NAMES =
            Map.of(0, "none", 1, "redirect", 2, "kernel", 3, "boot", 4, "static", 18, "keepalived");

    public RouteProtocol {
        if (code < 0 || code > 255) {
            throw new IllegalArgumentException("protocol " + code + " outside 0..255");
        }
    }

    @Override
    public String toString() {
        return NAMES.getOrDefault(code, Integer.toString(code));
    }
}
