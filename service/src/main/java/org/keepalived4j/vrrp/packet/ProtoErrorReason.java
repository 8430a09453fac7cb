package org.keepalived4j.vrrp.packet;

/**
 * RFC 6527 {@code vrrpv3StatisticsProtoErrReason}, also the payload of the {@code vrrpv3ProtoError}
 * notification keepalived sends on TTL, version and checksum errors.
 */
public enum ProtoErrorReason {
    NO_ERROR(0), IP_TTL_ERROR(1), VERSION_ERROR(2), CHECKSUM_ERROR(3), VRID_ERROR(4);

    private final int value;

    ProtoErrorReason(int value) {
        this.value = value;
    }

    /** The MIB enumeration value. */
    public int value() {
        return value;
    }
}
