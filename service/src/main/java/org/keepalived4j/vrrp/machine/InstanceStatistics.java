package org.keepalived4j.vrrp.machine;

/** The mutable counters behind {@link MachineView.Counters}; only the machine writes them. */
final class InstanceStatistics {

    long becomeMaster;
    long releaseMaster;
    long advertsSent;
    long advertsReceived;
    long priorityZeroSent;
    long priorityZeroReceived;

    MachineView.Counters snapshot() {
        return new MachineView.Counters(becomeMaster, releaseMaster, advertsSent, advertsReceived,
                priorityZeroSent, priorityZeroReceived);
    }
}
