package org.keepalived4j.config.lvs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.keepalived4j.config.IpAddress;

class GroupModelTest {

    private static IpAddress ip(String s) {
        return IpAddress.parse(s).orElseThrow();
    }

    @Test
    void groupEntriesAreRangesAndMarks() {
        var l = LvsFixture.load("""
                virtual_server_group G {
                  10.0.0.1 80
                  10.0.0.3-10 443
                  10.0.1.0/30 8080
                  10.0.2.1-10.0.3.4 80
                  2001:db8::1-ff 80
                  2001:db8::100/120
                  fwmark 5 inet
                  fwmark 6 inet6
                }
                """);
        VirtualServerGroup g = l.config().group("G").orElseThrow();
        assertThat(g.entries()).containsExactly(
                new VirtualServerGroup.AddressRange(ip("10.0.0.1"), ip("10.0.0.1"), 80),
                new VirtualServerGroup.AddressRange(ip("10.0.0.3"), ip("10.0.0.10"), 443),
                new VirtualServerGroup.AddressRange(ip("10.0.1.0"), ip("10.0.1.3"), 8080),
                new VirtualServerGroup.AddressRange(ip("10.0.2.1"), ip("10.0.3.4"), 80),
                new VirtualServerGroup.AddressRange(ip("2001:db8::1"), ip("2001:db8::ff"), 80),
                new VirtualServerGroup.AddressRange(ip("2001:db8::100"), ip("2001:db8::1ff"), 0),
                new VirtualServerGroup.Fwmark(5, Optional.of(IpAddress.Family.INET)),
                new VirtualServerGroup.Fwmark(6, Optional.of(IpAddress.Family.INET6)));
        assertThat(g.hasIpv4()).isTrue();
        assertThat(g.hasIpv6()).isTrue();
        assertThat(l.printed()).isEmpty();
    }

    @Test
    void virtualServersOfAGroupAreNumberedAndTakeItsFamily() {
        var l = LvsFixture.load("""
                virtual_server_group V6 {
                  2001:db8::1 80
                }
                virtual_server group V6 {
                  lb_algo rr
                  lb_kind NAT
                  protocol TCP
                  real_server 2001:db8::2 80 {
                  }
                }
                virtual_server group V6 {
                  lb_algo rr
                  lb_kind NAT
                  protocol UDP
                  real_server 2001:db8::3 80 {
                  }
                }
                """);
        assertThat(l.config().virtualServers()).extracting(VirtualServer::address).containsExactly(
                new ServiceAddress.Group("V6", 0), new ServiceAddress.Group("V6", 1));
        assertThat(l.vs(0).family()).isEqualTo(IpAddress.Family.INET6);
        assertThat(l.vs(1).groupName()).contains("V6");
        assertThat(l.printed()).isEmpty();
    }

    @Test
    void aGroupWhoseFamilyDiffersFromItsRealServersDropsTheVirtualServerQuietly() {
        var l = LvsFixture.load("""
                virtual_server_group V6 {
                  2001:db8::1 80
                }
                virtual_server group V6 {
                  lb_algo rr
                  real_server 10.0.0.2 80 {
                  }
                }
                """);
        assertThat(l.config().virtualServers()).isEmpty();
        assertThat(l.config().groups()).hasSize(1);
        assertThat(l.printed()).isEmpty();
        assertThat(l.diagnostics().all()).extracting(d -> d.message())
                .containsExactly("V6: address family doesn't match virtual server [V6]:0 - ignoring");
    }

    @Test
    void badEntriesAreSkippedAndAnEmptyGroupRemovedAtItsClosingBrace() {
        var l = LvsFixture.load("""
                virtual_server_group G {
                  10.0.0.9-3 80
                  fwmark x
                }
                """);
        assertThat(l.config().groups()).isEmpty();
        assertThat(l.printed()).containsExactly(
                "(f: Line 2) Address range end is not greater than address range start - 10.0.0.9-3 - skipping",
                "(f: Line 3) invalid number 'x'",
                "(f: Line 3) (G): fwmark 'x' must be in [0, 4294967295] - ignoring",
                "(f: Line 4) virtual server group G has no entries - removing");
    }
}
