package org.keepalived4j.model;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.keepalived4j.config.IpAddress;
import org.keepalived4j.events.InstanceState;

/**
 * What one VRRP instance is doing, as of {@code taken}. Immutable: the VRRP loop publishes a new
 * one whenever something in it changes, readers never see a half-updated instance.
 *
 * @param version 2 or 3
 * @param family {@code INET} or {@code INET6}
 * @param basePriority the configured priority, or the one a command set
 * @param effectivePriority base plus tracking adjustments (what goes into adverts)
 * @param masterAddress the current master's advert source (this router's own when MASTER)
 * @param advertIntervalCentis the configured advert interval
 * @param masterAdvertIntervalCentis the interval learned from the master (v3), else the configured one
 * @param skew the skew time at the effective priority and current master interval
 * @param masterDownInterval the master-down interval in force
 * @param stateSince when the instance entered its current state
 * @param newMasterReason RFC 6527 reason of the last transition to MASTER (0 if it never was)
 * @param lastProtoErrorReason RFC 6527 reason of the last protocol error seen (0 none)
 */
public record InstanceSnapshot(String name, int virtualRouterId, int version, IpAddress.Family family,
        String interfaceName, InstanceState state, InstanceState initialState, int basePriority,
        int effectivePriority, boolean preempt, Optional<IpAddress> primaryAddress, Optional<IpAddress> masterAddress,
        int advertIntervalCentis, int masterAdvertIntervalCentis, Duration skew, Duration masterDownInterval,
        List<VirtualAddressStatus> virtualAddresses, InstanceCounters counters, Instant stateSince,
        int newMasterReason, int lastProtoErrorReason, Instant taken) {

    public InstanceSnapshot {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(family, "family");
        Objects.requireNonNull(interfaceName, "interfaceName");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(initialState, "initialState");
        Objects.requireNonNull(primaryAddress, "primaryAddress");
        Objects.requireNonNull(masterAddress, "masterAddress");
        Objects.requireNonNull(skew, "skew");
        Objects.requireNonNull(masterDownInterval, "masterDownInterval");
        virtualAddresses = List.copyOf(virtualAddresses);
        Objects.requireNonNull(counters, "counters");
        Objects.requireNonNull(stateSince, "stateSince");
        Objects.requireNonNull(taken, "taken");
    }
}
