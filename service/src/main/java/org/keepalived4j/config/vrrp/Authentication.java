package org.keepalived4j.config.vrrp;

import java.util.Objects;

/** The VRRPv2 {@code authentication} block: PASS (cleartext, 8 bytes) or AH (IPsec AH, HMAC-MD5). */
public record Authentication(Type type, String password) {

    public enum Type { PASS, AH }

    public Authentication {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(password, "password");
    }
}
