package org.keepalived4j.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@Privileged
class NetnsLanIT {

    @RegisterExtension
    final NetnsLanExtension lan = NetnsLanExtension.withHosts(3);

    @Test
    void hostsReachEachOtherOverIpv4AndIpv6AtOnce() {
        LanHost h1 = lan.host(1);

        assertThat(h1.ping(lan.host(2).ipv4()).orThrow().stdout()).contains("1 received");
        assertThat(h1.ping(lan.host(2).ipv6()).orThrow().stdout()).contains("1 received");
        assertThat(lan.host(3).canReach(h1.ipv6())).isTrue();
    }

    @Test
    void linkDownCutsTheHostOffAndLinkUpBringsItBack() {
        LanHost h1 = lan.host(1);
        LanHost h2 = lan.host(2);

        h2.linkDown();

        assertThat(h1.canReach(h2.ipv4())).isFalse();
        assertThat(h1.canReach(h2.ipv6())).isFalse();
        assertThat(h1.canReach(lan.host(3).ipv4())).as("the rest of the LAN still works").isTrue();

        h2.linkUp();

        assertThat(h2.addresses()).as("addresses survive down/up").contains(h2.ipv4Cidr(), h2.ipv6Cidr());
        assertThat(h1.canReach(h2.ipv4())).isTrue();
        assertThat(h1.canReach(h2.ipv6())).isTrue();
    }

    @Test
    void unpluggingTheCableLeavesTheInterfaceUpWithoutCarrier() {
        LanHost h1 = lan.host(1);
        LanHost h2 = lan.host(2);

        h2.unplug();

        assertThat(h2.ip("-br", "link", "show", "eth0").orThrow().stdout()).contains("NO-CARRIER").contains(",UP");
        assertThat(h1.canReach(h2.ipv4())).isFalse();

        h2.plug();

        assertThat(h1.canReach(h2.ipv4())).isTrue();
    }

    @Test
    void hostsAreBuiltAsPlanned() {
        assertThat(lan.lan().namespaces()).hasSize(4).allMatch(lan.lan().id()::owns);
        for (LanHost host : lan.hosts()) {
            assertThat(host.interfaces()).containsExactly("eth0");
            assertThat(host.ip("-br", "link", "show", "eth0").orThrow().stdout())
                    .contains(AddressPlan.mac(host.index(), 0));
            assertThat(host.addresses()).startsWith(host.ipv4Cidr(), host.ipv6Cidr());
            assertThat(host.ip("-br", "link", "show", "lo").orThrow().stdout()).contains("UP");
            assertThat(host.run("sysctl", "-n", "net.ipv6.conf.eth0.accept_dad").orThrow().stdout().strip())
                    .isEqualTo("0");
            assertThat(host.run("sysctl", "-n", "net.ipv4.neigh.eth0.retrans_time_ms", "net.ipv6.neigh.eth0.retrans_time_ms")
                    .orThrow().stdout()).isEqualTo("100\n100\n");
        }
        assertThat(lan.hub().ip("-br", "link", "show", "master", NetnsLan.MAIN_SEGMENT).orThrow().stdout())
                .contains("h1p0", "h2p0", "h3p0");
    }

    @Test
    void addedAddressesAreUsableAtOnce() {
        lan.host(3).addAddress("192.0.2.150/24");
        lan.host(3).addAddress("2001:db8::150/64");

        assertThat(lan.host(1).canReach("192.0.2.150")).isTrue();
        assertThat(lan.host(1).canReach("2001:db8::150")).isTrue();
        assertThat(lan.host(3).hasAddress("2001:db8::150")).isTrue();

        lan.host(3).removeAddress("192.0.2.150/24");

        assertThat(lan.host(3).hasAddress("192.0.2.150")).isFalse();
    }

    @Test
    void extraInterfacesJoinTheirOwnSegment() {
        LanHost h1 = lan.host(1);
        LanHost h3 = lan.host(3);
        h1.addInterface("eth1", "br1");
        h3.addInterface("eth1", "br1");
        h1.addAddress("eth1", "198.51.100.1/24");
        h3.addAddress("eth1", "198.51.100.3/24");

        assertThat(h1.interfaces()).containsExactly("eth0", "eth1");
        assertThat(h1.mac("eth1")).isEqualTo(AddressPlan.mac(1, 1));
        assertThat(lan.lan().segments()).containsExactlyInAnyOrder("br0", "br1");
        assertThat(h1.canReach("198.51.100.3")).isTrue();
        assertThat(lan.host(2).canReach("198.51.100.3")).as("host 2 is not on br1").isFalse();

        h3.unplug("eth1");

        assertThat(h1.canReach("198.51.100.3")).isFalse();
        assertThat(h1.canReach(h3.ipv4())).as("the main segment is not affected").isTrue();
    }

    @Test
    void commandsReportExitCodeStdoutAndStderr() {
        CommandResult result = lan.host(2).run("sh", "-c", "echo out; echo err >&2; exit 3");

        assertThat(result.exitCode()).isEqualTo(3);
        assertThat(result.stdout()).isEqualTo("out\n");
        assertThat(result.stderr()).isEqualTo("err\n");
        assertThat(result.succeeded()).isFalse();
        assertThat(result.command()).endsWith("sh", "-c", "echo out; echo err >&2; exit 3");
    }

    @Test
    void commandsRunInsideTheHost() {
        String links = lan.host(1).run("ip", "-o", "link").orThrow().stdout();

        assertThat(links.lines().map(line -> line.split(":")[1].strip().split("@")[0]).toList())
                .containsExactlyInAnyOrder("lo", "eth0");
    }

    @Test
    void interfacesAreNamedAsTheTestAsks() {
        try (NetnsLan own = NetnsLan.builder().hosts(2).interfaceName("ens3").build()) {
            LanHost h1 = own.host(1);

            assertThat(h1.interfaceName()).isEqualTo("ens3");
            assertThat(h1.addresses()).contains("192.0.2.1/24", "2001:db8::1/64");
            assertThat(h1.canReach(own.host(2).ipv6())).isTrue();
            assertThat(own.id()).isNotEqualTo(lan.lan().id());
            assertThat(List.copyOf(own.namespaces())).noneMatch(lan.lan().id()::owns);
        }
    }
}
