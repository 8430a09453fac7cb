package org.keepalived4j.config.net;

import java.util.Map;

/**
 * A route or address scope ({@code rtm_scope}/{@code ifa_scope}). Open, not an enum: keepalived
 * accepts any number 0..255 and any name from {@code /etc/iproute2/rt_scopes}.
 */
public record RouteScope(int code) {

    public static final RouteScope GLOBAL = new RouteScope(0);
    public static final RouteScope SITE = new RouteScope(200);
    public static final RouteScope LINK = new RouteScope(253);
    public static final RouteScope HOST = new RouteScope(254);
    public static final RouteScope NOWHERE = new RouteScope(255);

    private static final Map<Integer, String> NAMES =
            Map.of(0, "global", 200, "site", 253, "link", 254, "host", 255, "nowhere");

    public RouteScope {
        if (code < 0 || code > 255) {
            throw new IllegalArgumentException("scope " + code + " outside 0..255");
        }
    }

    @Override
    public String toString() {
        return NAMES.getOrDefault(code, Integer.toString(code));
    }
}
