package org.keepalived4j.config.vrrp;

import java.util.List;
import java.util.Optional;
import org.keepalived4j.config.HostFacts;
import org.keepalived4j.config.HostFacts.NetInterface;

/**
 * keepalived's interface lookup for configuration ({@code if_get_by_ifname} with
 * "create if dynamic"): a missing interface is remembered, so that after parsing keepalived can
 * refuse the configuration with "Non-existent interface specified in configuration"; with
 * {@code dynamic_interfaces} a placeholder stands in for it instead (index 0, down).
 */
final class Interfaces {

    private final HostFacts host;
    private final boolean dynamic;
    private boolean missingSeen;

    Interfaces(HostFacts host, boolean dynamic) {
        this.host = host;
        this.dynamic = dynamic;
    }

    Optional<NetInterface> find(String name) {
        Optional<NetInterface> ifp = host.networkInterface(name);
        if (ifp.isPresent()) {
            return ifp;
        }
        if (dynamic) {
            return Optional.of(new NetInterface(name, 0, false, false, List.of()));
        }
        missingSeen = true;
        return Optional.empty();
    }

    /** Looks an interface up without counting it as configured (keepalived's "no create"). */
    Optional<NetInterface> peek(String name) {
        return host.networkInterface(name);
    }

    boolean dynamic() {
        return dynamic;
    }

    boolean missingSeen() {
        return missingSeen;
    }
}
