package org.keepalived4j.config.net;

/** A {@code sport}/{@code dport} range of a rule (FRA_SPORT_RANGE/FRA_DPORT_RANGE). */
public record PortRange(int start, int end) {

    public PortRange {
        if (start < 0 || start > 0xffff || end < 0 || end > 0xffff) {
            throw new IllegalArgumentException("port range " + start + "-" + end + " outside 0..65535");
        }
    }
}
