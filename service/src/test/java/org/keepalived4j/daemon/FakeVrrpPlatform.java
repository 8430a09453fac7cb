package org.keepalived4j.daemon;

import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.keepalived4j.config.IpAddress;
import org.keepalived4j.config.KeepalivedConfig;
import org.keepalived4j.events.EventBus;
import org.keepalived4j.vrrp.EnginePorts;
import org.keepalived4j.vrrp.InterfaceFacts;
import org.keepalived4j.vrrp.VrrpEngine;
import org.keepalived4j.vrrp.VrrpPlatform;

/**
 * A VRRP platform without a network: real engines whose interfaces do not exist (so every
 * instance stays in FAULT and sends nothing), with every call the daemon makes recorded.
 */
final class FakeVrrpPlatform implements VrrpPlatform {

    final List<String> calls = new CopyOnWriteArrayList<>();
    volatile boolean refuseToStart;
    /** Whether every interface a configuration names exists and is up (otherwise none does). */
    volatile boolean interfacesUp;

    @Override
    public VrrpEngine prepare(KeepalivedConfig config, EventBus bus) throws IOException {
        calls.add("start " + config.vrrp().instances().size());
        if (refuseToStart) {
            throw new IOException("socket(AF_INET, SOCK_RAW, 112): Operation not permitted");
        }
        return new VrrpEngine(config, ports(), bus, Clock.systemUTC(), System::nanoTime);
    }

    @Override
    public void removeLeftoverAddresses(KeepalivedConfig config) {
        calls.add("cleanup " + config.vrrp().instances().size());
    }

    private EnginePorts ports() {
        return new EnginePorts((ifname, family, source, destination, packet) -> calls.add("send"),
                new EnginePorts.AddressPlane() {
                    @Override
                    public void put(List<org.keepalived4j.config.net.AddressEntry> addresses, long lifetime) {
                        calls.add("put");
                    }

                    @Override
                    public void remove(List<org.keepalived4j.config.net.AddressEntry> addresses) {
                        calls.add("remove");
                    }
                }, new EnginePorts.RoutingPlane() {
                    @Override
                    public void add(List<org.keepalived4j.config.net.RouteEntry> routes,
                            List<org.keepalived4j.config.net.RuleEntry> rules) {
                        calls.add("add routes");
                    }

                    @Override
                    public void remove(List<org.keepalived4j.config.net.RouteEntry> routes,
                            List<org.keepalived4j.config.net.RuleEntry> rules) {
                        calls.add("remove routes");
                    }
                }, (on, address) -> calls.add("announce"), name -> interfacesUp
                        ? Optional.of(new InterfaceFacts(name, 2, true, IpAddress.parse("192.0.2.1"), Optional.empty(),
                                new byte[] {2, 0, 0, 0, 0, 1}))
                        : Optional.empty());
    }
}
