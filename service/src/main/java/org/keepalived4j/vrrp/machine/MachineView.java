package org.keepalived4j.vrrp.machine;

import java.util.Objects;
import java.util.Optional;
import org.keepalived4j.config.IpAddress;

/**
 * An immutable snapshot of one instance for readers (JMX, SNMP, dumps). Deadlines are on the
 * caller's monotonic nanosecond clock, {@link Long#MAX_VALUE} when the timer does not run.
 *
 * @param name instance name
 * @param state current state
 * @param basePriority configured (or SNMP-set) priority
 * @param effectivePriority priority in adverts: base + tracker weights, clamped to 1..254; 255 for the owner
 * @param preempt false while nopreempt is in force
 * @param interfaceUp last known interface state
 * @param master the router believed to be master
 * @param masterPriority priority of the last advert recorded from the master (0 = none)
 * @param masterAdverIntervalCentis Master_Adver_Interval (v3: learned from the master)
 * @param skewNanos Skew_Time for the effective priority and Master_Adver_Interval
 * @param masterDownIntervalNanos Master_Down_Interval for the same
 * @param masterDownDeadline when the Master_Down_Timer fires
 * @param advertDeadline when the Adver_Timer fires
 * @param preemptDelayUntil end of a running preempt_delay
 * @param nextDeadline the earliest of all timers, announce rounds included
 * @param newMasterReason RFC 6527 reason of the last transition to MASTER
 * @param counters statistics
 */
public record MachineView(String name, VrrpState state, int basePriority, int effectivePriority, boolean preempt,
        boolean interfaceUp, Optional<IpAddress> master, int masterPriority, int masterAdverIntervalCentis,
        long skewNanos, long masterDownIntervalNanos, long masterDownDeadline, long advertDeadline,
        long preemptDelayUntil, long nextDeadline, NewMasterReason newMasterReason, Counters counters) {

    public MachineView {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(master, "master");
        Objects.requireNonNull(newMasterReason, "newMasterReason");
        Objects.requireNonNull(counters, "counters");
    }

    /**
     * keepalived's per-instance statistics that the state machine owns (the receive-check error
     * counters belong to the packet checks).
     *
     * @param becomeMaster transitions to MASTER
     * @param releaseMaster transitions from MASTER to BACKUP or FAULT (not to STOP, as keepalived)
     * @param advertsSent every advert sent, priority 0 included
     * @param advertsReceived adverts that passed the receive checks while BACKUP or MASTER
     * @param priorityZeroSent counted as keepalived does: once per shutdown or fault of a master
     * @param priorityZeroReceived priority-0 adverts among advertsReceived
     */
    public record Counters(long becomeMaster, long releaseMaster, long advertsSent, long advertsReceived,
            long priorityZeroSent, long priorityZeroReceived) {
    }
}
