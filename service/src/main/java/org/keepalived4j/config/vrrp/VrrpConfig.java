package org.keepalived4j.config.vrrp;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.keepalived4j.config.net.AddressEntry;
import org.keepalived4j.config.net.RouteEntry;
import org.keepalived4j.config.net.RuleEntry;

/**
 * The VRRP part of the configuration model: every list in file order, every object validated
 * and with its defaults resolved. What keepalived 2.2.7 would discard (an unknown member, a
 * script without a command, an instance that cannot run) is not here; the reason is in the
 * diagnostics of the load.
 *
 * @param instances          {@code vrrp_instance} blocks
 * @param syncGroups         {@code vrrp_sync_group} blocks
 * @param scripts            {@code vrrp_script} blocks
 * @param trackFiles         {@code track_file} / {@code vrrp_track_file} blocks
 * @param trackProcesses     {@code vrrp_track_process} blocks
 * @param staticAddresses    {@code static_ipaddress} entries
 * @param staticRoutes       {@code static_routes} entries
 * @param staticRules        {@code static_rules} entries
 * @param linkbeatInterfaces {@code linkbeat_interfaces} entries
 * @param interfaceDelays    {@code interface_up_down_delays} entries
 * @param trackGroups        {@code track_group} blocks
 * @param garpGroups         {@code garp_group} blocks
 * @param defaultScriptUser  who runs scripts configured without a user: empty means root
 */
public record VrrpConfig(List<VrrpInstance> instances, List<SyncGroup> syncGroups, List<VrrpScript> scripts,
                         List<TrackFile> trackFiles, List<TrackedProcess> trackProcesses,
                         List<AddressEntry> staticAddresses, List<RouteEntry> staticRoutes,
                         List<RuleEntry> staticRules, List<LinkbeatInterface> linkbeatInterfaces,
                         List<InterfaceDelays> interfaceDelays, List<TrackGroup> trackGroups,
                         List<GarpGroup> garpGroups, Optional<String> defaultScriptUser) {

    public static final VrrpConfig EMPTY = new VrrpConfig(List.of(), List.of(), List.of(), List.of(), List.of(),
            List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), Optional.empty());

    public VrrpConfig {
        instances = List.copyOf(instances);
        syncGroups = List.copyOf(syncGroups);
        scripts = List.copyOf(scripts);
        trackFiles = List.copyOf(trackFiles);
        trackProcesses = List.copyOf(trackProcesses);
        staticAddresses = List.copyOf(staticAddresses);
        staticRoutes = List.copyOf(staticRoutes);
        staticRules = List.copyOf(staticRules);
        linkbeatInterfaces = List.copyOf(linkbeatInterfaces);
        interfaceDelays = List.copyOf(interfaceDelays);
        trackGroups = List.copyOf(trackGroups);
        garpGroups = List.copyOf(garpGroups);
        Objects.requireNonNull(defaultScriptUser, "defaultScriptUser");
    }

    public Optional<VrrpInstance> instance(String name) {
        return instances.stream().filter(i -> i.name().equals(name)).findFirst();
    }

    public Optional<SyncGroup> syncGroup(String name) {
        return syncGroups.stream().filter(g -> g.name().equals(name)).findFirst();
    }

    public Optional<VrrpScript> script(String name) {
        return scripts.stream().filter(s -> s.name().equals(name)).findFirst();
    }

    public Optional<TrackFile> trackFile(String name) {
        return trackFiles.stream().filter(f -> f.name().equals(name)).findFirst();
    }

    public Optional<TrackedProcess> trackProcess(String name) {
        return trackProcesses.stream().filter(p -> p.name().equals(name)).findFirst();
    }

    /** Whether there is anything for a VRRP process to run (keepalived starts its VRRP child only then). */
    public boolean hasVrrp() {
        return !instances.isEmpty();
    }
}
