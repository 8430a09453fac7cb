package org.keepalived4j.config.lvs;

import java.time.Duration;
import java.util.Objects;

/**
 * When and how persistently a checker probes, after inheritance (checker, else real server, else
 * virtual server, else the checker kind's default).
 *
 * @param retry            failures tolerated before the checker reports down
 * @param warmup           upper bound of the random delay before the first check
 */
public record CheckTiming(boolean alpha, long retry, Duration delayBeforeRetry, Duration warmup, Duration delayLoop,
                          boolean logAllFailures) {

    public CheckTiming {
        Objects.requireNonNull(delayBeforeRetry, "delayBeforeRetry");
        Objects.requireNonNull(warmup, "warmup");
        Objects.requireNonNull(delayLoop, "delayLoop");
    }
}
