package org.keepalived4j.config.global;

import java.time.Duration;
import java.util.Collections;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;

/**
 * Scheduling of one child process ({@code vrrp_*}, {@code checker_*} or {@code bfd_*} keywords).
 *
 * @param nice              {@code *_priority}: nice value -20..19; empty = unchanged
 * @param noSwap            {@code *_no_swap}: lock the process in memory
 * @param realtimePriority  {@code *_rt_priority}: SCHED_RR priority 1..99; empty = not realtime
 * @param cpuAffinity       {@code *_cpu_affinity}: CPU numbers; empty = no restriction
 * @param rlimitRttime      {@code *_rlimit_rttime}: RLIMIT_RTTIME when realtime (default 10 ms)
 */
public record ChildProcess(OptionalInt nice, boolean noSwap, OptionalInt realtimePriority, Set<Integer> cpuAffinity,
                           Duration rlimitRttime) {

    public static final Duration DEFAULT_RLIMIT_RTTIME = Duration.ofNanos(10_000_000);

    public static final ChildProcess DEFAULT =
            new ChildProcess(OptionalInt.empty(), false, OptionalInt.empty(), Set.of(), DEFAULT_RLIMIT_RTTIME);

    public ChildProcess {
        Objects.requireNonNull(nice, "nice");
        Objects.requireNonNull(realtimePriority, "realtimePriority");
        cpuAffinity = Collections.unmodifiableSortedSet(new TreeSet<>(cpuAffinity));
        Objects.requireNonNull(rlimitRttime, "rlimitRttime");
    }
}
