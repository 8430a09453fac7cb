package org.keepalived4j.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AddressPlanTest {

    @Test
    void hostsGetDocumentationAddressesByNumber() {
        assertThat(AddressPlan.ipv4(1)).isEqualTo("192.0.2.1");
        assertThat(AddressPlan.ipv6(1)).isEqualTo("2001:db8::1");
        assertThat(AddressPlan.ipv4(12)).isEqualTo("192.0.2.12");
        assertThat(AddressPlan.ipv6(12)).isEqualTo("2001:db8::12");
        assertThat(AddressPlan.ipv4(99)).isEqualTo("192.0.2.99");
    }

    @Test
    void virtualAddressesNeverCollideWithHosts() {
        assertThat(AddressPlan.virtualIpv4(1)).isEqualTo("192.0.2.201");
        assertThat(AddressPlan.virtualIpv6(1)).isEqualTo("2001:db8::201");
        assertThat(AddressPlan.virtualIpv4(54)).isEqualTo("192.0.2.254");
        assertThatThrownBy(() -> AddressPlan.virtualIpv4(55)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AddressPlan.virtualIpv4(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void macsAreDeterministicUniqueAndLocallyAdministeredUnicast() {
        assertThat(AddressPlan.mac(3, 0)).isEqualTo("02:4b:34:00:00:03");
        assertThat(AddressPlan.mac(3, 1)).isEqualTo("02:4b:34:00:01:03");
        Set<String> seen = new HashSet<>();
        for (int host = 1; host <= AddressPlan.MAX_HOSTS; host++) {
            for (int port = 0; port <= 3; port++) {
                assertThat(seen.add(AddressPlan.mac(host, port))).isTrue();
                assertThat(seen.add(AddressPlan.hubMac(host, port))).isTrue();
            }
        }
        assertThat(seen).allMatch(mac -> mac.startsWith("02:"));
    }

    @Test
    void hubPortNamesFitAnInterfaceName() {
        assertThat(AddressPlan.hubPort(1, 0)).isEqualTo("h1p0");
        assertThat(AddressPlan.hubPort(99, 255)).hasSizeLessThanOrEqualTo(15);
    }

    @Test
    void hostNumbersOutsideThePlanAreRejected() {
        assertThatThrownBy(() -> AddressPlan.ipv4(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AddressPlan.ipv6(100)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AddressPlan.mac(1, 256)).isInstanceOf(IllegalArgumentException.class);
    }
}
