package org.keepalived4j.config.vrrp;

import java.time.Duration;
import java.util.Objects;
import org.keepalived4j.config.ScriptCommand;
import org.keepalived4j.config.SourcePos;

/**
 * A {@code vrrp_script}: a command run periodically whose exit status is tracked.
 *
 * @param name          the script name referenced by {@code track_script}
 * @param pos           the line of {@code vrrp_script}
 * @param command       what is run
 * @param interval      how often it runs
 * @param timeout       how long a run may take before it counts as a failure
 * @param weight        the default weight, -253..253 (0: failure means FAULT)
 * @param weightReverse whether the default weight counts inverted
 * @param rise          successes needed to count as up
 * @param fall          failures needed to count as down
 * @param initFail      the script starts in the failed state
 */
public record VrrpScript(String name, SourcePos pos, ScriptCommand command, Duration interval, Duration timeout,
                         int weight, boolean weightReverse, int rise, int fall, boolean initFail) {

    public VrrpScript {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(pos, "pos");
        Objects.requireNonNull(command, "command");
        Objects.requireNonNull(interval, "interval");
        Objects.requireNonNull(timeout, "timeout");
    }
}
