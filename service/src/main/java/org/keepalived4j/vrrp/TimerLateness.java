package org.keepalived4j.vrrp;

/**
 * How late the loop fired its timers (adverts, master-down), in a log-scale histogram from 1 µs
 * to about 1 s, so that the jitter of the adverts can be read without a profiler. Written by the
 * loop thread only; a reader may see a slightly stale copy, which is fine for a summary.
 */
final class TimerLateness {

    private static final int BUCKETS = 21;
    private final long[] counts = new long[BUCKETS];
    private volatile long max;
    private volatile long total;

    void record(long lateNanos) {
        long micros = Math.max(0, lateNanos / 1000);
        int bucket = micros == 0 ? 0 : Math.min(BUCKETS - 1, 64 - Long.numberOfLeadingZeros(micros));
        counts[bucket]++;
        total++;
        if (lateNanos > max) {
            max = lateNanos;
        }
    }

    long firings() {
        return total;
    }

    long maxNanos() {
        return max;
    }

    /** An upper bound of the given quantile (0..1) in microseconds: the top of its bucket. */
    long quantileMicros(double q) {
        long n = total;
        if (n == 0) {
            return 0;
        }
        long rank = (long) Math.ceil(q * n);
        long seen = 0;
        for (int b = 0; b < BUCKETS; b++) {
            seen += counts[b];
            if (seen >= rank) {
                return b == 0 ? 1 : 1L << b;
            }
        }
        return 1L << (BUCKETS - 1);
    }

    String summary() {
        return String.format("%d timer firings, late by p50 <= %d us, p99 <= %d us, max %d us", total,
                quantileMicros(0.5), quantileMicros(0.99), max / 1000);
    }
}
