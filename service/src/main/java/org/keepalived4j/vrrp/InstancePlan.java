package org.keepalived4j.vrrp;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.keepalived4j.config.IpAddress;
import org.keepalived4j.config.global.GlobalConfig;
import org.keepalived4j.config.net.AddressEntry;
import org.keepalived4j.config.vrrp.Authentication;
import org.keepalived4j.config.vrrp.Election;
import org.keepalived4j.config.vrrp.GarpSettings;
import org.keepalived4j.config.vrrp.UnicastPeer;
import org.keepalived4j.config.vrrp.VrrpInstance;
import org.keepalived4j.events.InstanceState;
import org.keepalived4j.vrrp.machine.AnnounceTiming;
import org.keepalived4j.vrrp.machine.MachineParams;
import org.keepalived4j.vrrp.packet.ReceiveExpectation;
import org.keepalived4j.vrrp.packet.V2Auth;
import org.keepalived4j.vrrp.packet.V3Checksum;

/**
 * Everything about one instance that follows from the configuration alone, worked out once before
 * the loop starts: where it sends, what it advertises, the state machine's parameters.
 */
record InstancePlan(VrrpInstance config, String interfaceName, List<AddressEntry> virtualAddresses,
        List<AddressEntry> excludedAddresses, List<IpAddress> destinations, MachineParams machineParams,
        V3Checksum v3Checksum, long configuredLifetimeSeconds) {

    static InstancePlan of(VrrpInstance instance, GlobalConfig global) {
        String ifname = instance.interfaceName().orElse(global.vrrp().effectiveDefaultInterface());
        List<AddressEntry> vips = onInterface(instance.addresses().virtual(), ifname);
        List<AddressEntry> excluded = onInterface(instance.addresses().excluded(), ifname);
        List<IpAddress> destinations = instance.network().isUnicast()
                ? instance.network().unicastPeers().stream().map(UnicastPeer::address).toList()
                : List.of(instance.network().multicastDestination().orElse(
                        instance.family() == IpAddress.Family.INET ? global.vrrp().mcastGroup4()
                                : global.vrrp().mcastGroup6()));
        Election e = instance.election();
        GarpSettings g = instance.garp();
        Duration interval = instance.family() == IpAddress.Family.INET ? global.garp().garpInterval()
                : global.garp().gnaInterval();
        AnnounceTiming announce = new AnnounceTiming(g.masterDelay().toNanos(), g.masterRepeat(),
                g.masterRefresh().toNanos(), g.masterRefreshRepeat(), g.lowerPriorityDelay().toNanos(),
                g.lowerPriorityRepeat(), interval.toNanos());
        int centis = (int) (instance.advertInterval().toMillis() / 10);
        MachineParams params = new MachineParams(instance.name(), instance.version(), instance.virtualRouterId(),
                e.priority(), centis, e.initialState() == Election.State.MASTER, !e.nopreempt(),
                e.preemptDelay().toNanos(), e.downTimerAdverts(), e.lowerPrioNoAdvert(), e.higherPrioSendAdvert(),
                announce);
        V3Checksum form = instance.network().v3ChecksumAsV2() ? V3Checksum.MESSAGE_ONLY : V3Checksum.PSEUDO_HEADER;
        return new InstancePlan(instance, ifname, vips, excluded, destinations, params, form,
                instance.addresses().vipLifetime().engineSeconds());
    }

    /** An address without {@code dev} goes on the instance's interface, as in keepalived. */
    private static List<AddressEntry> onInterface(List<AddressEntry> entries, String ifname) {
        return entries.stream().map(a -> a.device().isPresent() ? a : a.onDevice(ifname)).toList();
    }

    String name() {
        return config.name();
    }

    int version() {
        return config.version();
    }

    int virtualRouterId() {
        return config.virtualRouterId();
    }

    IpAddress.Family family() {
        return config.family();
    }

    int advertIntervalCentis() {
        return machineParams.advertIntervalCentis();
    }

    InstanceState initialState() {
        return config.initialState() == Election.State.MASTER ? InstanceState.MASTER : InstanceState.BACKUP;
    }

    /** {@code mcast_src_ip} / {@code unicast_src_ip}, else the interface's address is used. */
    Optional<IpAddress> configuredSource() {
        return config.network().sourceAddress();
    }

    /** An address of the right family for a machine started without a usable interface (FAULT). */
    IpAddress placeholderSource() {
        return IpAddress.of(new byte[family() == IpAddress.Family.INET ? 4 : 16]);
    }

    /** The addresses carried in adverts: the virtual ones of the instance's family, in order. */
    List<IpAddress> advertisedAddresses() {
        return virtualAddresses.stream().map(AddressEntry::address).filter(a -> a.family() == family()).toList();
    }

    List<AddressEntry> allAddresses() {
        List<AddressEntry> all = new ArrayList<>(virtualAddresses);
        all.addAll(excludedAddresses);
        return all;
    }

    /** A fresh framing for this instance (it keeps the instance's IP id and AH sequence numbers). */
    AdvertFraming framing() {
        List<IpAddress> vips = advertisedAddresses();
        ReceiveExpectation e = ReceiveExpectation.multicast(version(), virtualRouterId(), family(),
                advertIntervalCentis(), vips).withAuth(auth());
        if (config.network().isUnicast()) {
            e = e.withUnicastPeers(config.network().unicastPeers().stream()
                    .map(p -> new org.keepalived4j.vrrp.packet.UnicastPeer(p.address(), p.minTtl(), p.maxTtl()))
                    .toList(), config.network().checkUnicastSource());
        }
        return new AdvertFraming(family(), config.network().isUnicast(), v3Checksum, e);
    }

    /** Whether received adverts from the current master skip the address checks ({@code skip_check_adv_addr}). */
    boolean skipCheckAdvAddr() {
        return config.election().skipCheckAdvAddr();
    }

    V2Auth auth() {
        if (version() != 2) {
            return V2Auth.NONE;
        }
        return config.authentication().map(a -> a.type() == Authentication.Type.PASS ? V2Auth.pass(a.password())
                : V2Auth.ah(a.password())).orElse(V2Auth.NONE);
    }

    VipLifetime lifetime(long masterDownNanos) {
        if (configuredLifetimeSeconds < 0) {
            return VipLifetime.FOREVER;
        }
        return VipLifetime.forInterval(Duration.ofNanos(masterDownNanos),
                Duration.ofMillis(advertIntervalCentis() * 10L), configuredLifetimeSeconds);
    }
}
