package org.keepalived4j.vrrp.packet;

/**
 * RFC 2787 {@code vrrpTrapAuthErrorType}, sent with {@code vrrpTrapAuthFailure}; {@link #NONE}
 * for errors that raise no such trap.
 */
public enum AuthErrorType {
    NONE(0), INVALID_AUTH_TYPE(1), AUTH_TYPE_MISMATCH(2), AUTH_FAILURE(3);

    private final int value;

    AuthErrorType(int value) {
        this.value = value;
    }

    /** The MIB enumeration value (0 is not one: no trap). */
    public int value() {
        return value;
    }
}
