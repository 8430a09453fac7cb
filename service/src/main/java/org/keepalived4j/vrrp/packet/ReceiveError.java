package org.keepalived4j.vrrp.packet;

/**
 * Why a received advertisement was discarded, one constant per cause, declared in the order
 * {@link ReceiveCheck#check} (after keepalived 2.2.7's {@code vrrp_dispatcher_read} and
 * {@code vrrp_check_packet}) tests them: when a packet has several faults, the earliest wins.
 * Each knows the MIB counter it increments, the VRRPv3-MIB proto error reason and the RFC 2787
 * auth trap type where one applies.
 */
public enum ReceiveError {
    /** Too short to hold the IP header, [AH] and the 8-byte VRRP header (keepalived logs, counts nothing). */
    TRUNCATED_HEADER(StatsCounter.NONE, ProtoErrorReason.NO_ERROR, AuthErrorType.NONE, false),
    /** The VRID is not this instance's (the engine's VRID lookup normally catches it first). */
    VRID(StatsCounter.VRID_ERRORS, ProtoErrorReason.VRID_ERROR, AuthErrorType.NONE, false),
    /** IPv6 multicast packet on a unicast instance or the reverse: keepalived drops it before the checks. */
    IPV6_MULTICAST_UNICAST_MISMATCH(StatsCounter.NONE, ProtoErrorReason.NO_ERROR, AuthErrorType.NONE, false),
    /** An AH header is present but the instance does not use AH, or the reverse. */
    AH_PRESENCE_MISMATCH(StatsCounter.AUTH_TYPE_MISMATCH, ProtoErrorReason.NO_ERROR,
            AuthErrorType.AUTH_TYPE_MISMATCH, false),
    /** The bytes received differ from what the header and address count announce. */
    PACKET_LENGTH(StatsCounter.PACKET_LENGTH_ERRORS, ProtoErrorReason.NO_ERROR, AuthErrorType.NONE, false),
    /** TTL / hop limit is not 255 on a multicast instance (RFC 5082 GTSM). */
    TTL(StatsCounter.IP_TTL_ERRORS, ProtoErrorReason.IP_TTL_ERROR, AuthErrorType.NONE, false),
    VERSION(StatsCounter.VERSION_ERRORS, ProtoErrorReason.VERSION_ERROR, AuthErrorType.NONE, false),
    /** v2: auth type other than 0, 1, 2. */
    INVALID_AUTH_TYPE(StatsCounter.INVALID_AUTH_TYPE, ProtoErrorReason.NO_ERROR,
            AuthErrorType.INVALID_AUTH_TYPE, false),
    /** v2: a valid auth type, but not the configured one. */
    AUTH_TYPE_MISMATCH(StatsCounter.AUTH_TYPE_MISMATCH, ProtoErrorReason.NO_ERROR,
            AuthErrorType.AUTH_TYPE_MISMATCH, false),
    /** v2: wrong password, or AH with a wrong ICV, an SPI other than the source, or a replayed sequence number. */
    AUTH_FAILURE(StatsCounter.AUTH_FAILURES, ProtoErrorReason.NO_ERROR, AuthErrorType.AUTH_FAILURE, false),
    /** v2 AH: the AH header protects another protocol; keepalived ignores the packet silently. */
    AH_NOT_VRRP(StatsCounter.NONE, ProtoErrorReason.NO_ERROR, AuthErrorType.NONE, false),
    /**
     * v2: the advertisement interval differs from ours (RFC 3768 §7.1 MUST discard). keepalived
     * 2.2.7 logs it and drops the packet without incrementing {@code advert_interval_err}; we count
     * it in the RFC's vrrpStatsAdvertiseIntervalErrors, which is what that counter is for.
     */
    V2_INTERVAL_MISMATCH(StatsCounter.ADVERTISE_INTERVAL_ERRORS, ProtoErrorReason.NO_ERROR, AuthErrorType.NONE,
            false),
    /** The type nibble is not 1 (ADVERTISEMENT). */
    INVALID_TYPE(StatsCounter.INVALID_TYPE, ProtoErrorReason.NO_ERROR, AuthErrorType.NONE, false),
    /** v3 with Count IPvX Addr 0: RFC 9568 erratum 8299 (keepalived 2.2.7 does not check it). */
    V3_ZERO_ADDRESS_COUNT(StatsCounter.ADDRESS_LIST_ERRORS, ProtoErrorReason.NO_ERROR, AuthErrorType.NONE, false),
    /** v3 with Max Adver Int 0: RFC 9568 erratum 8301 (keepalived 2.2.7 does not check it). */
    V3_ZERO_INTERVAL(StatsCounter.ADVERTISE_INTERVAL_ERRORS, ProtoErrorReason.NO_ERROR, AuthErrorType.NONE,
            false),
    /** The address count differs from the number of configured VIPs (sender not the owner). */
    ADDRESS_COUNT(StatsCounter.ADDRESS_LIST_ERRORS, ProtoErrorReason.NO_ERROR, AuthErrorType.NONE, false),
    /** IPv4 total length differs from the bytes received. */
    IP_TOTAL_LENGTH(StatsCounter.PACKET_LENGTH_ERRORS, ProtoErrorReason.NO_ERROR, AuthErrorType.NONE, false),
    CHECKSUM(StatsCounter.CHECKSUM_ERRORS, ProtoErrorReason.CHECKSUM_ERROR, AuthErrorType.NONE, false),
    /** IPv4: multicast destination on a unicast instance or the reverse (keepalived counts it as an address list error). */
    MULTICAST_UNICAST_MISMATCH(StatsCounter.ADDRESS_LIST_ERRORS, ProtoErrorReason.NO_ERROR, AuthErrorType.NONE,
            false),
    /** A configured VIP is missing from the advertisement (sender not the owner). */
    ADDRESS_LIST(StatsCounter.ADDRESS_LIST_ERRORS, ProtoErrorReason.NO_ERROR, AuthErrorType.NONE, true),
    /** check_unicast_src: the source is not a configured unicast peer. */
    UNICAST_SOURCE_NOT_PEER(StatsCounter.NONE, ProtoErrorReason.NO_ERROR, AuthErrorType.NONE, true),
    /** check_unicast_src: the TTL is outside the peer's min_ttl..max_ttl. */
    UNICAST_TTL_OUT_OF_RANGE(StatsCounter.IP_TTL_ERRORS, ProtoErrorReason.IP_TTL_ERROR, AuthErrorType.NONE, true);

    private final StatsCounter counter;
    private final ProtoErrorReason protoError;
    private final AuthErrorType authError;
    private final boolean countedAsReceived;

    ReceiveError(StatsCounter counter, ProtoErrorReason protoError, AuthErrorType authError,
            boolean countedAsReceived) {
        this.counter = counter;
        this.protoError = protoError;
        this.authError = authError;
        this.countedAsReceived = countedAsReceived;
    }

    /** The counter to increment; {@link StatsCounter#NONE} when keepalived counts nothing. */
    public StatsCounter counter() {
        return counter;
    }

    /** The vrrpv3ProtoError reason to record and notify, {@link ProtoErrorReason#NO_ERROR} if none. */
    public ProtoErrorReason protoError() {
        return protoError;
    }

    /** The vrrpTrapAuthFailure type to send, {@link AuthErrorType#NONE} if none. */
    public AuthErrorType authError() {
        return authError;
    }

    /**
     * Whether the packet still counts in vrrpStatsAdvertiseRcvd / vrrpv3StatisticsRcvdAdvertisements:
     * keepalived counts a packet as received once type, version, length, checksum and destination
     * are right, before it looks at the addresses and the unicast source.
     */
    public boolean countedAsReceived() {
        return countedAsReceived;
    }
}
