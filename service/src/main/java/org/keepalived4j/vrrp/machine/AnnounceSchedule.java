package org.keepalived4j.vrrp.machine;

import java.util.List;
import java.util.PriorityQueue;

/**
 * Pending gratuitous ARP / NA rounds of a master and its refresh time. Everything pending is
 * dropped when the master leaves: keepalived's delayed GARP threads still fire then, but send
 * nothing because the VIPs are no longer set.
 */
final class AnnounceSchedule {

    private final AnnounceTiming timing;
    private final PriorityQueue<Long> rounds = new PriorityQueue<>();
    private long refreshAt = Long.MAX_VALUE;

    AnnounceSchedule(AnnounceTiming timing) {
        this.timing = timing;
    }

    /** {@code repeat} rounds from {@code start}, {@code intervalNanos} apart; those due now go to {@code now}. */
    void burst(long now, long start, int repeat, List<Action> out) {
        for (int k = 0; k < repeat; k++) {
            long at = start + k * timing.intervalNanos();
            if (at <= now) {
                out.add(new Action.Announce());
            } else {
                rounds.add(at);
            }
        }
    }

    void becameMaster(long now, List<Action> out) {
        burst(now, now, timing.masterRepeat(), out);
        if (timing.masterRefreshNanos() > 0) {
            refreshAt = now + timing.masterRefreshNanos();
        }
        if (timing.masterDelayNanos() > 0) {
            burst(now, now + timing.masterDelayNanos(), timing.masterRepeat(), out);
        }
    }

    /** keepalived checks the refresh only when it sends an advert, and strictly after the refresh time. */
    void advertSent(long now, List<Action> out) {
        if (timing.masterRefreshNanos() > 0 && now > refreshAt) {
            burst(now, now, timing.masterRefreshRepeat(), out);
            refreshAt = now + timing.masterRefreshNanos();
        }
    }

    void lowerPriorityAdvert(long now, List<Action> out) {
        if (timing.lowerPrioRepeat() == 0) {
            return;
        }
        burst(now, now, timing.lowerPrioRepeat(), out);
        if (timing.lowerPrioDelayNanos() > 0) {
            burst(now, now + timing.lowerPrioDelayNanos(), timing.lowerPrioRepeat(), out);
        }
    }

    long nextRound() {
        Long next = rounds.peek();
        return next == null ? Long.MAX_VALUE : next;
    }

    void fireRound(List<Action> out) {
        rounds.poll();
        out.add(new Action.Announce());
    }

    void clear() {
        rounds.clear();
        refreshAt = Long.MAX_VALUE;
    }
}
