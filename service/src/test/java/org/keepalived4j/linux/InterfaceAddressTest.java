package org.keepalived4j.linux;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.keepalived4j.config.IpAddress;

/**
 * Address messages byte for byte. The expected requests are what iproute2 6.1 sent on this (little-endian x86-64)
 * host, captured inside a throw-away namespace whose eth0 had ifindex 3 with
 * {@code strace -e trace=sendmsg -e write=3 ip addr add 192.0.2.201/24 dev eth0 valid_lft 5 preferred_lft 5} (and
 * the same for the other commands named in each test); they agree with linux/if_addr.h: nlmsghdr (16), ifaddrmsg
 * (8), then IFA_LOCAL, IFA_FLAGS, IFA_ADDRESS, IFA_CACHEINFO, each 4-aligned.
 */
class InterfaceAddressTest {

    private static final int SEQ = 0x6b024e1b;

    private static IpAddress ip(String text) {
        return IpAddress.parse(text).orElseThrow();
    }

    @Test
    void addWithLifetimeIsWhatIpAddrAddSends() {
        InterfaceAddress vip = InterfaceAddress.of(ip("192.0.2.201"), 24, 3).withLifetime(AddressLifetime.seconds(5));

        byte[] sent = AddressRequest.add(vip, "eth0").message(SEQ).encode();

        assertThat(sent).isEqualTo(Golden.hex("""
                3c000000 1400 0506 1b4e026b 00000000
                02 18 00 00 03000000
                0800 0200 c00002c9
                0800 0100 c00002c9
                1400 0600 05000000 05000000 00000000 00000000
                """));
    }

    @Test
    void replaceDiffersFromAddOnlyInTheFlags() {
        InterfaceAddress vip = InterfaceAddress.of(ip("192.0.2.201"), 24, 3).withLifetime(AddressLifetime.seconds(5));

        byte[] add = AddressRequest.add(vip, "eth0").message(SEQ).encode();
        byte[] replace = AddressRequest.replace(vip, "eth0").message(SEQ).encode();

        // `ip addr replace ...` sent NLM_F_REQUEST|NLM_F_ACK|NLM_F_REPLACE|NLM_F_CREATE = 0x0505
        assertThat(replace[6]).isEqualTo((byte) 0x05);
        assertThat(replace[7]).isEqualTo((byte) 0x05);
        replace[6] = add[6];
        replace[7] = add[7];
        assertThat(replace).isEqualTo(add);
    }

    @Test
    void deleteNamesOnlyTheAddressAsIpAddrDelDoes() {
        InterfaceAddress vip = InterfaceAddress.of(ip("192.0.2.201"), 24, 3).withLifetime(AddressLifetime.seconds(5))
                .withLabel("eth0:vip");

        byte[] sent = AddressRequest.delete(vip, "eth0").message(SEQ).encode();

        // strace decoded `ip addr del 192.0.2.201/24 dev eth0`: len 40, RTM_DELADDR, REQUEST|ACK, LOCAL + ADDRESS
        assertThat(sent).isEqualTo(Golden.hex("""
                28000000 1500 0500 1b4e026b 00000000
                02 18 00 00 03000000
                0800 0200 c00002c9
                0800 0100 c00002c9
                """));
    }

    @Test
    void wideFlagsGoInIfaFlagsAsIpAddrAddNodadNoprefixrouteSends() {
        InterfaceAddress vip = InterfaceAddress.of(ip("2001:db8::12"), 64, 3)
                .withFlags(InterfaceAddress.IFA_F_NODAD | InterfaceAddress.IFA_F_NOPREFIXROUTE);

        byte[] sent = AddressRequest.add(vip, "eth0").message(SEQ).encode();

        assertThat(sent).isEqualTo(Golden.hex("""
                48000000 1400 0506 1b4e026b 00000000
                0a 40 00 00 03000000
                1400 0200 20010db8000000000000000000000012
                0800 0800 02020000
                1400 0100 20010db8000000000000000000000012
                """));
    }

    @Test
    void narrowFlagsRideInTheHeader() {
        InterfaceAddress vip = InterfaceAddress.of(ip("2001:db8::12"), 128, 3).withFlags(InterfaceAddress.IFA_F_NODAD);

        byte[] payload = vip.encode(false);

        assertThat(payload[2]).isEqualTo((byte) InterfaceAddress.IFA_F_NODAD);
        assertThat(payload).hasSize(8 + 20 + 20);
    }

    @Test
    void labelIsNulTerminatedAndPaddedToFourBytes() {
        InterfaceAddress vip = InterfaceAddress.of(ip("192.0.2.201"), 32, 3).withLabel("eth0:vip");

        byte[] payload = vip.encode(false);

        // IFA_LABEL: length 4 + "eth0:vip\0" = 13, then 3 bytes of padding; no IFA_CACHEINFO for a permanent address
        assertThat(payload).isEqualTo(Golden.hex("""
                02 20 00 00 03000000
                0800 0200 c00002c9
                0800 0100 c00002c9
                0d00 0300 657468303a76697000 000000
                """));
        assertThat(payload.length % 4).isZero();
    }

    @Test
    void capturedDumpEntryParses() throws Exception {
        NetlinkMessage message = NetlinkMessage.parseAll(Golden.bytes("rtm-newaddr-ipv4-label-lifetime.hex"),
                84).get(0);

        InterfaceAddress address = InterfaceAddress.decode(message.payload());

        assertThat(message.type()).isEqualTo(InterfaceAddress.RTM_NEWADDR);
        assertThat(message.flags() & NetlinkMessage.NLM_F_MULTI).as("part of a dump").isNotZero();
        assertThat(address).isEqualTo(new InterfaceAddress(ip("192.0.2.201"), 32, 3, 0, 0, Optional.empty(),
                Optional.empty(), Optional.of("eth0:vip"), new AddressLifetime(20, 30)));
        assertThat(address.cidr()).isEqualTo("192.0.2.201/32");
    }

    @Test
    void encodeThenDecodeKeepsEverythingARequestCarries() throws Exception {
        InterfaceAddress original = InterfaceAddress.of(ip("192.0.2.9"), 30, 7).withPeer(ip("192.0.2.10"))
                .withBroadcast(ip("192.0.2.11")).withLabel("eth1:x").withScope(InterfaceAddress.SCOPE_LINK)
                .withFlags(InterfaceAddress.IFA_F_NOPREFIXROUTE).withLifetime(new AddressLifetime(3, 9));

        assertThat(InterfaceAddress.decode(original.encode(false))).isEqualTo(original);
    }

    @Test
    void ipv6DumpEntryWithOnlyIfaAddressParses() throws Exception {
        byte[] payload = new AttributeWriter().struct(Golden.hex("0a 40 80 fd 02000000"))
                .bytes(InterfaceAddress.IFA_ADDRESS, ip("fe80::1").bytes())
                .bytes(InterfaceAddress.IFA_CACHEINFO, Golden.hex("ffffffff ffffffff 01000000 02000000"))
                .u32(InterfaceAddress.IFA_FLAGS, 0x280).toBytes();

        InterfaceAddress address = InterfaceAddress.decode(payload);

        assertThat(address.address()).isEqualTo(ip("fe80::1"));
        assertThat(address.peer()).isEmpty();
        assertThat(address.scope()).isEqualTo(InterfaceAddress.SCOPE_LINK);
        assertThat(address.flags()).as("IFA_FLAGS wins over the header byte").isEqualTo(0x280);
        assertThat(address.lifetime().isForever()).isTrue();
    }

    @Test
    void dumpRequestAsksForOneFamilyOrAll() {
        NetlinkMessage request = new NetlinkMessage(InterfaceAddress.RTM_GETADDR,
                NetlinkMessage.NLM_F_REQUEST | NetlinkMessage.NLM_F_DUMP, 1, 0, InterfaceAddress.dumpRequest(10));

        assertThat(request.encode()).isEqualTo(Golden.hex("18000000 1600 0103 01000000 00000000 0a000000 00000000"));
    }

    @Test
    void malformedAddressMessagesAreNetlinkFormatErrors() {
        List<String> bad = List.of(
                "02 18 00 00",                                   // shorter than ifaddrmsg
                "02 18 00 00 03000000",                          // no address at all
                "02 18 00 00 03000000 0800 0200 c00002",         // attribute longer than the payload
                "02 18 00 00 03000000 0700 0200 c00002",         // IPv4 address of 3 bytes
                "0a 40 00 00 03000000 0800 0200 c00002c9",       // IPv4 bytes in an AF_INET6 message
                "02 40 00 00 03000000 0800 0200 c00002c9",       // /64 on IPv4
                "02 18 00 00 03000000 0800 0200 c00002c9 0800 0600 05000000", // IFA_CACHEINFO cut short
                "02 18 00 00 03000000 0200 0200");               // attribute length below its header
        for (String hex : bad) {
            assertThatThrownBy(() -> InterfaceAddress.decode(Golden.hex(hex)))
                    .as(hex).isInstanceOf(NetlinkFormatException.class);
        }
    }

    @Test
    void lifetimesAreKernelSeconds() {
        assertThat(AddressLifetime.FOREVER.isForever()).isTrue();
        assertThat(AddressLifetime.seconds(5).isForever()).isFalse();
        assertThatThrownBy(() -> new AddressLifetime(10, 5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AddressLifetime.seconds(1L << 32)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void requestsDescribeThemselvesLikeIp() {
        InterfaceAddress vip = InterfaceAddress.of(ip("192.0.2.201"), 24, 3);

        assertThat(new RequestOutcome(AddressRequest.add(vip, "eth0"), Errno.EEXIST).message())
                .isEqualTo("RTM_NEWADDR 192.0.2.201/24 dev eth0: File exists");
        assertThat(new RequestOutcome(AddressRequest.delete(vip, "eth0"), Errno.EADDRNOTAVAIL).message())
                .isEqualTo("RTM_DELADDR 192.0.2.201/24 dev eth0: Cannot assign requested address");
        assertThatThrownBy(() -> new RequestOutcome(AddressRequest.add(vip, "eth0"), Errno.EEXIST).orThrow())
                .isInstanceOf(RtnetlinkException.class)
                .hasMessage("RTM_NEWADDR 192.0.2.201/24 dev eth0: File exists");
    }
}
