package org.keepalived4j.dist.vrrp;

import java.time.Duration;
import org.keepalived4j.testing.LanHost;

/**
 * One way of running VRRP between two routers, as the interop tests and the demo use it: protocol
 * version, interval, authentication, multicast or unicast, address family. {@link #config} writes
 * the same keepalived.conf for keepalived and keepalived4j.
 */
enum VrrpVariant {
    V2_PASS(2, "1", true, false, false),
    V2_AH(2, "1", true, false, false),
    V2_NOAUTH(2, "1", false, false, false),
    V2_UNICAST(2, "1", true, true, false),
    V3_IPV4(3, "0.1", false, false, false),
    V3_IPV4_UNICAST(3, "0.1", false, true, false),
    V3_IPV6(3, "0.1", false, false, true),
    V3_IPV6_UNICAST(3, "0.1", false, true, true);

    static final int VRID = 51;
    static final String VIP4 = "192.0.2.201";
    static final String VIP6 = "2001:db8::201";

    final int version;
    final String advertInt;
    final boolean pass;
    final boolean unicast;
    final boolean ipv6;

    VrrpVariant(int version, String advertInt, boolean pass, boolean unicast, boolean ipv6) {
        this.version = version;
        this.advertInt = advertInt;
        this.pass = pass;
        this.unicast = unicast;
        this.ipv6 = ipv6;
    }

    String vip() {
        return ipv6 ? VIP6 : VIP4;
    }

    /** The master-down interval of the slower (backup, priority 100) router, plus margin for start-up. */
    Duration takeover() {
        return version == 2 ? Duration.ofSeconds(10) : Duration.ofSeconds(5);
    }

    String config(LanHost self, LanHost peer, int priority, boolean master) {
        StringBuilder b = new StringBuilder();
        b.append("global_defs {\n    router_id ").append(self.name()).append("\n    vrrp_version ")
                .append(version).append("\n}\n\n");
        b.append("vrrp_instance VI_1 {\n");
        b.append("    state ").append(master ? "MASTER" : "BACKUP").append('\n');
        b.append("    interface ").append(self.interfaceName()).append('\n');
        b.append("    virtual_router_id ").append(VRID).append('\n');
        b.append("    priority ").append(priority).append('\n');
        b.append("    advert_int ").append(advertInt).append('\n');
        if (pass) {
            b.append("    authentication {\n        auth_type ").append(this == V2_AH ? "AH" : "PASS")
                    .append("\n        auth_pass k4jpass\n    }\n");
        }
        if (unicast) {
            b.append("    unicast_src_ip ").append(ipv6 ? self.ipv6() : self.ipv4()).append('\n');
            b.append("    unicast_peer {\n        ").append(ipv6 ? peer.ipv6() : peer.ipv4()).append("\n    }\n");
        }
        b.append("    virtual_ipaddress {\n        ").append(vip()).append(ipv6 ? "/64" : "/24").append("\n    }\n");
        b.append("}\n");
        return b.toString();
    }
}
