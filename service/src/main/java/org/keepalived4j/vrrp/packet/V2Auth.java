package org.keepalived4j.vrrp.packet;

import java.util.Objects;

/**
 * The RFC 2338 authentication of a VRRPv2 advertisement: type 0 (none), 1 (simple text password,
 * keepalived's {@code auth_type PASS}) or 2 (IP Authentication Header, keepalived's
 * {@code auth_type AH}, carried in an AH header in front of the VRRP message, not in it).
 *
 * @param type 0, 1 or 2 as on the wire (any byte value when decoded from a foreign packet)
 * @param password the password, at most 8 bytes of it count; empty for type 0
 */
public record V2Auth(int type, String password) {

    public static final V2Auth NONE = new V2Auth(0, "");
    public static final int TYPE_NONE = 0;
    public static final int TYPE_PASS = 1;
    public static final int TYPE_AH = 2;

    public V2Auth {
        Objects.requireNonNull(password, "password");
    }

    public static V2Auth pass(String password) {
        return new V2Auth(TYPE_PASS, password);
    }

    public static V2Auth ah(String password) {
        return new V2Auth(TYPE_AH, password);
    }
}
