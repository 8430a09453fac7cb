package org.keepalived4j.testing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BriefAddressesTest {

    private static final String IP_BR_ADDR = """
            lo               UNKNOWN        127.0.0.1/8 ::1/128\s
            eth0@if3         UP             192.0.2.1/24 192.0.2.201/24 2001:db8::1/64 fe80::4b:34ff:fe00:1/64\s
            eth1@if5         DOWN          \s
            """;

    @Test
    void addressesOfOneInterfaceInOrder() {
        assertThat(BriefAddresses.of(IP_BR_ADDR, "eth0"))
                .containsExactly("192.0.2.1/24", "192.0.2.201/24", "2001:db8::1/64", "fe80::4b:34ff:fe00:1/64");
        assertThat(BriefAddresses.of(IP_BR_ADDR, "eth1")).isEmpty();
        assertThat(BriefAddresses.of(IP_BR_ADDR, "eth9")).isEmpty();
    }

    @Test
    void addressesOfAllInterfaces() {
        assertThat(BriefAddresses.all(IP_BR_ADDR)).contains("127.0.0.1/8", "192.0.2.201/24").hasSize(6);
    }
}
