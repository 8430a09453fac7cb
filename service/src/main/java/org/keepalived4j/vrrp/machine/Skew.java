package org.keepalived4j.vrrp.machine;

/**
 * Skew_Time and Master_Down_Interval with keepalived's integer arithmetic in microseconds
 * (vrrp.h VRRP_TIMER_SKEW and VRRP_MS_DOWN_TIMER), so that our takeover happens in the same
 * microsecond as keepalived's: v2 (256 - prio) × 1 s / 256, which ignores the advert interval as
 * RFC 3768 does; v3 (256 - prio) × centiseconds × 625 / 16 (625/16 = 10 000 µs per cs / 256).
 */
final class Skew {

    static final long MICROS_PER_SECOND = 1_000_000L;
    static final long MICROS_PER_CENTI = 10_000L;

    private Skew() {
    }

    static long micros(int version, int priority, long masterAdverIntervalMicros) {
        long weight = 256L - priority;
        return version == 3
                ? weight * (masterAdverIntervalMicros / MICROS_PER_CENTI) * 625L / 16L
                : weight * MICROS_PER_SECOND / 256L;
    }

    static long masterDownIntervalMicros(int version, int downTimerAdverts, int priority,
            long masterAdverIntervalMicros) {
        return downTimerAdverts * masterAdverIntervalMicros + micros(version, priority, masterAdverIntervalMicros);
    }
}
