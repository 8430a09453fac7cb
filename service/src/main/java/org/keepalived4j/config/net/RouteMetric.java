package org.keepalived4j.config.net;

/** The route metrics ({@code RTAX_*}) that a route line can lock, with the kernel's numbers. */
public enum RouteMetric {
    MTU(2), RTT(4), RTTVAR(5), SSTHRESH(6), CWND(7), ADVMSS(8), REORDERING(9), RTO_MIN(13), CONGESTION_CONTROL(16);

    /** The RTAX_* number; its bit in RTAX_LOCK is {@code 1 << rtax}. */
    public final int rtax;

    RouteMetric(int rtax) {
        this.rtax = rtax;
    }
}
