package org.keepalived4j.model;

import java.util.List;
import java.util.Optional;

/**
 * Every VRRP instance, in configuration order, plus the router-wide counters of RFC 2787/6527
 * (packets no instance could take).
 */
public record VrrpSnapshot(List<InstanceSnapshot> instances, long checksumErrors, long versionErrors,
        long vrIdErrors) {

    public static final VrrpSnapshot EMPTY = new VrrpSnapshot(List.of(), 0, 0, 0);

    public VrrpSnapshot {
        instances = List.copyOf(instances);
    }

    public Optional<InstanceSnapshot> instance(String name) {
        return instances.stream().filter(i -> i.name().equals(name)).findFirst();
    }
}
