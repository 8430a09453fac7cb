package org.keepalived4j.vrrp;

import java.io.IOException;
import java.util.List;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.keepalived4j.config.KeepalivedConfig;
import org.keepalived4j.config.net.AddressEntry;
import org.keepalived4j.config.net.RouteEntry;
import org.keepalived4j.config.net.RuleEntry;

/**
 * {@code static_ipaddress}, {@code static_routes} and {@code static_rules}: set when VRRP starts
 * (after clearing what a previous run left), removed when it stops, whatever the instances do —
 * keepalived's order: addresses, routes, rules on; rules, routes, addresses off.
 */
final class StaticEntries {

    private static final Logger LOG = LogManager.getLogger("keepalived4j.vrrp");

    private final List<AddressEntry> addresses;
    private final List<RouteEntry> routes;
    private final List<RuleEntry> rules;
    private final EnginePorts ports;

    StaticEntries(KeepalivedConfig config, EnginePorts ports) {
        String ifname = config.global().vrrp().effectiveDefaultInterface();
        this.addresses = config.vrrp().staticAddresses().stream()
                .map(a -> a.device().isPresent() ? a : a.onDevice(ifname)).toList();
        this.routes = config.vrrp().staticRoutes();
        this.rules = config.vrrp().staticRules();
        this.ports = ports;
    }

    void add() {
        try {
            if (!addresses.isEmpty()) {
                ports.addresses().put(addresses, 0);
            }
        } catch (IOException e) {
            LOG.warn("static_ipaddress: {}", e.getMessage());
        }
        try {
            if (!routes.isEmpty() || !rules.isEmpty()) {
                ports.routing().add(routes, rules);
            }
        } catch (IOException e) {
            LOG.warn("static_routes/static_rules: {}", e.getMessage());
        }
    }

    void remove() {
        try {
            if (!routes.isEmpty() || !rules.isEmpty()) {
                ports.routing().remove(routes, rules);
            }
        } catch (IOException e) {
            LOG.warn("removing static_routes/static_rules: {}", e.getMessage());
        }
        try {
            if (!addresses.isEmpty()) {
                ports.addresses().remove(addresses);
            }
        } catch (IOException e) {
            LOG.warn("removing static_ipaddress: {}", e.getMessage());
        }
    }
}
