package org.keepalived4j.vrrp.packet;

/**
 * The receive-error counters of RFC 2787 (VRRP-MIB, v2) and RFC 6527 (VRRPv3-MIB) that a discarded
 * advertisement increments. Router-wide counters belong to the whole router, the others to the
 * instance (vrrpStatsTable / vrrpv3StatisticsTable rows).
 *
 * @param v2Name the RFC 2787 object, null where VRRP-MIB has none
 * @param v3Name the RFC 6527 object, null where VRRPv3-MIB has none (it has no authentication objects)
 */
public enum StatsCounter {
    PACKET_LENGTH_ERRORS("vrrpStatsPacketLengthErrors", "vrrpv3StatisticsPacketLengthErrors", false),
    IP_TTL_ERRORS("vrrpStatsIpTtlErrors", "vrrpv3StatisticsIpTtlErrors", false),
    VERSION_ERRORS("vrrpRouterVersionErrors", "vrrpv3RouterVersionErrors", true),
    CHECKSUM_ERRORS("vrrpRouterChecksumErrors", "vrrpv3RouterChecksumErrors", true),
    VRID_ERRORS("vrrpRouterVrIdErrors", "vrrpv3RouterVrIdErrors", true),
    INVALID_AUTH_TYPE("vrrpStatsInvalidAuthType", null, false),
    AUTH_TYPE_MISMATCH("vrrpStatsAuthTypeMismatch", null, false),
    AUTH_FAILURES("vrrpStatsAuthFailures", null, false),
    ADVERTISE_INTERVAL_ERRORS("vrrpStatsAdvertiseIntervalErrors", "vrrpv3StatisticsAdvIntervalErrors", false),
    INVALID_TYPE("vrrpStatsInvalidTypePktsRcvd", "vrrpv3StatisticsRcvdInvalidTypePackets", false),
    ADDRESS_LIST_ERRORS("vrrpStatsAddressListErrors", "vrrpv3StatisticsAddressListErrors", false),
    /** Discarded without counting (keepalived only logs these). */
    NONE(null, null, false);

    private final String v2Name;
    private final String v3Name;
    private final boolean routerWide;

    StatsCounter(String v2Name, String v3Name, boolean routerWide) {
        this.v2Name = v2Name;
        this.v3Name = v3Name;
        this.routerWide = routerWide;
    }

    public String v2Name() {
        return v2Name;
    }

    public String v3Name() {
        return v3Name;
    }

    public boolean routerWide() {
        return routerWide;
    }
}
