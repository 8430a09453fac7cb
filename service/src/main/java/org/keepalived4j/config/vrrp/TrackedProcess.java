package org.keepalived4j.config.vrrp;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.keepalived4j.config.SourcePos;

/**
 * A {@code vrrp_track_process}: a process whose instance count is watched through the kernel's
 * process connector.
 *
 * @param name           the name referenced by {@code track_process}
 * @param pos            the line of the block
 * @param process        the process name or path
 * @param parameters     the parameters to match, if any were given
 * @param paramMatch     how the parameters must match
 * @param weight         the default weight, -254..254
 * @param weightReverse  whether the default weight counts inverted
 * @param quorum         the fewest processes that count as up
 * @param quorumMax      the most processes that count as up
 * @param terminateDelay how long a loss of quorum must last before it counts (0 = at once)
 * @param forkDelay      how long a gain of quorum must last before it counts (0 = at once)
 * @param fullCommand    match the full command line, not the process name
 */
public record TrackedProcess(String name, SourcePos pos, String process, List<String> parameters,
                             ParamMatch paramMatch, int weight, boolean weightReverse, int quorum, long quorumMax,
                             Duration terminateDelay, Duration forkDelay, boolean fullCommand) {

    /** {@code param_match}: NONE when no parameters were given. */
    public enum ParamMatch { NONE, EXACT, INITIAL, PARTIAL }

    /** keepalived's "no upper bound" for {@code quorum_max}. */
    public static final long UNBOUNDED = 4294967295L;

    public TrackedProcess {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(pos, "pos");
        Objects.requireNonNull(process, "process");
        parameters = List.copyOf(parameters);
        Objects.requireNonNull(paramMatch, "paramMatch");
        Objects.requireNonNull(terminateDelay, "terminateDelay");
        Objects.requireNonNull(forkDelay, "forkDelay");
    }
}
