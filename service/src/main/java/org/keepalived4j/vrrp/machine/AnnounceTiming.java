package org.keepalived4j.vrrp.machine;

/**
 * When a master sends gratuitous ARP / unsolicited NA rounds (keepalived's garp_* keywords). One
 * round is one {@link Action.Announce}; rounds of one burst are {@code intervalNanos} apart
 * (keepalived spaces the packets by garp_interval/gna_interval; we space whole rounds, which is
 * the same for one VIP and close enough for several).
 *
 * @param masterDelayNanos garp_master_delay: a second burst this long after becoming master (0 = none)
 * @param masterRepeat garp_master_repeat: rounds per burst on becoming master
 * @param masterRefreshNanos garp_master_refresh: a refresh burst at the first advert after this long (0 = none)
 * @param masterRefreshRepeat garp_master_refresh_repeat: rounds per refresh burst
 * @param lowerPrioDelayNanos garp_lower_prio_delay: a second burst this long after a lower-priority advert (0 = none)
 * @param lowerPrioRepeat garp_lower_prio_repeat: rounds sent when a lower-priority advert arrives (0 = none)
 * @param intervalNanos garp_interval / gna_interval: time between rounds of one burst
 */
public record AnnounceTiming(long masterDelayNanos, int masterRepeat, long masterRefreshNanos,
        int masterRefreshRepeat, long lowerPrioDelayNanos, int lowerPrioRepeat, long intervalNanos) {

    public AnnounceTiming {
        if (masterDelayNanos < 0 || masterRefreshNanos < 0 || lowerPrioDelayNanos < 0 || intervalNanos < 0
                || masterRepeat < 0 || masterRefreshRepeat < 0 || lowerPrioRepeat < 0) {
            throw new IllegalArgumentException("announce timing must not be negative: " + this);
        }
    }

    /** One round on becoming master and nothing else: the RFC's behaviour. */
    public static AnnounceTiming once() {
        return new AnnounceTiming(0, 1, 0, 0, 0, 0, 0);
    }
}
