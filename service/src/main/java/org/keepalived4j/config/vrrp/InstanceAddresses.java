package org.keepalived4j.config.vrrp;

import java.util.List;
import java.util.Objects;
import org.keepalived4j.config.net.AddressEntry;
import org.keepalived4j.config.net.RouteEntry;
import org.keepalived4j.config.net.RuleEntry;
import org.keepalived4j.config.global.VipLifetimeSetting;

/**
 * What an instance installs while it is master.
 *
 * @param virtual  {@code virtual_ipaddress}: advertised, all of the instance's family
 * @param excluded {@code virtual_ipaddress_excluded}: not advertised, any family
 * @param routes   {@code virtual_routes}
 * @param rules    {@code virtual_rules}
 * @param vipLifetime keepalived4j's {@code vip_lifetime}: the kernel lifetime of the addresses while master
 */
public record InstanceAddresses(List<AddressEntry> virtual, List<AddressEntry> excluded, List<RouteEntry> routes,
                                List<RuleEntry> rules, VipLifetimeSetting vipLifetime) {

    public InstanceAddresses {
        virtual = List.copyOf(virtual);
        excluded = List.copyOf(excluded);
        routes = List.copyOf(routes);
        rules = List.copyOf(rules);
        Objects.requireNonNull(vipLifetime, "vipLifetime");
    }
}
