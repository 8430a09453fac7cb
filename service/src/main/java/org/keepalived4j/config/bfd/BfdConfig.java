package org.keepalived4j.config.bfd;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The bfd part of the configuration model. The three views differ as keepalived's processes
 * do: the BFD process runs only valid sessions ({@link #instances()}), while the VRRP and
 * checker processes know every well-named bfd_instance meant for them, valid or not, and
 * accept {@code track_bfd} / {@code BFD_CHECK} references to those.
 *
 * @param instances     the sessions the BFD process runs, by name, in configuration order
 * @param vrrpTracks    what {@code track_bfd NAME} in a VRRP instance or sync group may refer to
 * @param checkerTracks what a {@code BFD_CHECK} may refer to
 */
public record BfdConfig(Map<String, BfdInstance> instances, Map<String, BfdTrack> vrrpTracks, Set<String> checkerTracks) {

    public static final BfdConfig EMPTY = new BfdConfig(Map.of(), Map.of(), Set.of());

    public BfdConfig {
        instances = Collections.unmodifiableMap(new LinkedHashMap<>(instances));
        vrrpTracks = Collections.unmodifiableMap(new LinkedHashMap<>(vrrpTracks));
        checkerTracks = Collections.unmodifiableSet(new LinkedHashSet<>(checkerTracks));
    }

    public Optional<BfdInstance> instance(String name) {
        return Optional.ofNullable(instances.get(name));
    }

    public Optional<BfdTrack> vrrpTrack(String name) {
        return Optional.ofNullable(vrrpTracks.get(name));
    }

    public boolean trackableByChecker(String name) {
        return checkerTracks.contains(name);
    }
}
