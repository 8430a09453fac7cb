package org.keepalived4j.vrrp.packet;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
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
    /** Length of the authentication data field, and of keepalived's key (its {@code auth_data[8]}). */
    public static final int KEY_LENGTH = 8;

    public V2Auth {
        Objects.requireNonNull(password, "password");
    }

    public static V2Auth pass(String password) {
        return new V2Auth(TYPE_PASS, password);
    }

    public static V2Auth ah(String password) {
        return new V2Auth(TYPE_AH, password);
    }

    /**
     * The password as keepalived stores it: its bytes truncated or zero-padded to 8. Type 1 puts
     * exactly these bytes on the wire; type 2 uses them as the HMAC-MD5 key (HMAC pads a short key
     * with zeros anyway, so the padding does not change the ICV).
     */
    public byte[] keyBytes() {
        return Arrays.copyOf(password.getBytes(StandardCharsets.UTF_8), KEY_LENGTH);
    }
}
