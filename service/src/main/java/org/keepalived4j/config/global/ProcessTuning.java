package org.keepalived4j.config.global;

import java.time.Duration;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * Scheduling of the child processes, and the automatic raising of their priority when timers
 * run late.
 *
 * @param maxAutoPriority      {@code max_auto_priority}: the highest realtime priority to raise
 *                             to; empty = not configured (no automatic raise), -1 = disabled
 *                             and its start-up warning silenced; bare keyword = 99
 * @param minAutoPriorityDelay {@code min_auto_priority_delay}: how late a timer may run before
 *                             the priority is raised (default 1 s)
 */
public record ProcessTuning(ChildProcess vrrp, ChildProcess checker, ChildProcess bfd, OptionalInt maxAutoPriority,
                            Duration minAutoPriorityDelay) {

    public static final Duration DEFAULT_MIN_AUTO_PRIORITY_DELAY = Duration.ofSeconds(1);

    public ProcessTuning {
        Objects.requireNonNull(vrrp, "vrrp");
        Objects.requireNonNull(checker, "checker");
        Objects.requireNonNull(bfd, "bfd");
        Objects.requireNonNull(maxAutoPriority, "maxAutoPriority");
        Objects.requireNonNull(minAutoPriorityDelay, "minAutoPriorityDelay");
    }
}
