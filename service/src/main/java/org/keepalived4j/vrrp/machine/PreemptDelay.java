package org.keepalived4j.vrrp.machine;

/**
 * keepalived's preempt_delay: it starts at the first lower-priority advert a backup accepts; until
 * it ends, lower-priority adverts are still accepted (so the backup does not take over); once it
 * has ended they are discarded. It is not a timer that fires, only a time that is compared.
 */
final class PreemptDelay {

    private final long delayNanos;
    private long until = Long.MAX_VALUE;

    PreemptDelay(long delayNanos) {
        this.delayNanos = delayNanos;
    }

    boolean configured() {
        return delayNanos > 0;
    }

    boolean started() {
        return until != Long.MAX_VALUE;
    }

    /** keepalived: "preempt_delay && (!preempt_time || preempt_time > now)". */
    boolean holdsBackup(long now) {
        return configured() && (!started() || until > now);
    }

    void start(long now) {
        until = now + delayNanos;
    }

    void clear() {
        until = Long.MAX_VALUE;
    }

    long until() {
        return until;
    }
}
