package org.keepalived4j.events;

import java.time.Instant;
import java.util.Objects;

/**
 * A VRRP instance changed state.
 *
 * @param instance the {@code vrrp_instance} name
 * @param from the state it left
 * @param to the state it entered
 * @param reason why, in words a log reader understands (e.g. "master down timer expired")
 * @param newMasterReason RFC 6527 {@code vrrpv3StatisticsNewMasterReason} when {@code to} is MASTER
 *        (priority 1, preempted 2, masterNoResponse 3), otherwise 0 (notMaster)
 * @param priority the instance's effective priority after the change
 */
public record InstanceStateChanged(Instant at, String instance, InstanceState from, InstanceState to, String reason,
        int newMasterReason, int priority) implements DaemonEvent {

    public InstanceStateChanged {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(instance, "instance");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(reason, "reason");
    }
}
