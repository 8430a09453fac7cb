package org.keepalived4j.model;

/**
 * The per-instance counters of RFC 2787 ({@code vrrpRouterStatsTable}) and RFC 6527
 * ({@code vrrpv3StatisticsTable}), as keepalived keeps them. All count since the daemon started.
 */
public record InstanceCounters(long becomeMaster, long releaseMaster, long advertsReceived, long advertsSent,
        long advertIntervalErrors, long authFailures, long ipTtlErrors, long priorityZeroReceived,
        long priorityZeroSent, long invalidTypeReceived, long addressListErrors, long invalidAuthType,
        long authTypeMismatch, long packetLengthErrors) {

    public static final InstanceCounters ZERO = new InstanceCounters(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
}
