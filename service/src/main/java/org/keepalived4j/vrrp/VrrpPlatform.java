package org.keepalived4j.vrrp;

import java.io.IOException;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.keepalived4j.config.IpAddress;
import org.keepalived4j.config.KeepalivedConfig;
import org.keepalived4j.config.net.AddressEntry;
import org.keepalived4j.events.EventBus;

/**
 * Where the VRRP engine meets the operating system. The daemon asks it for a running engine; the
 * Linux platform opens raw sockets and rtnetlink, tests supply their own.
 */
public interface VrrpPlatform {

    /**
     * Builds the engine with its sockets open, not yet running: the caller starts it with
     * {@link VrrpEngine#start()} once everything that must see its first events (the management
     * plugins) has subscribed. It runs until {@link VrrpEngine#stop}, which also closes the sockets.
     */
    VrrpEngine prepare(KeepalivedConfig config, EventBus bus) throws IOException;

    /** Removes every configured VIP that is present, and nothing else ({@code --cleanup}). */
    void removeLeftoverAddresses(KeepalivedConfig config) throws IOException;

    /** Linux: raw sockets, rtnetlink, AF_PACKET (needs CAP_NET_RAW and CAP_NET_ADMIN). */
    static VrrpPlatform linux() {
        return new VrrpPlatform() {
            @Override
            public VrrpEngine prepare(KeepalivedConfig config, EventBus bus) throws IOException {
                LinuxVrrpNetwork network = LinuxVrrpNetwork.open(virtualAddresses(config));
                try {
                    VrrpEngine engine = new VrrpEngine(config, network.ports(), bus, java.time.Clock.systemUTC(),
                            System::nanoTime);
                    engine.closeWhenStopped(network);
                    engine.rehearseTakeoversOn(network.rehearsalPorts());
                    network.attach(engine);
                    return engine;
                } catch (IOException | RuntimeException e) {
                    network.close();
                    throw e;
                }
            }

            @Override
            public void removeLeftoverAddresses(KeepalivedConfig config) throws IOException {
                try (LinuxVrrpNetwork network = LinuxVrrpNetwork.open(virtualAddresses(config))) {
                    new VrrpEngine(config, network.ports(), new EventBus(), java.time.Clock.systemUTC(),
                            System::nanoTime).removeLeftoverAddresses();
                }
            }
        };
    }

    /** Every address any instance installs as MASTER. */
    static Set<IpAddress> virtualAddresses(KeepalivedConfig config) {
        return config.vrrp().instances().stream()
                .flatMap(i -> Stream.concat(i.addresses().virtual().stream(), i.addresses().excluded().stream()))
                .map(AddressEntry::address).collect(Collectors.toUnmodifiableSet());
    }
}
