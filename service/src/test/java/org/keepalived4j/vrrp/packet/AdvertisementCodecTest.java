package org.keepalived4j.vrrp.packet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.keepalived4j.config.IpAddress;

class AdvertisementCodecTest {

    static final IpAddress SRC4 = ip("192.168.200.10");
    static final IpAddress GROUP4 = ip("224.0.0.18");
    static final IpAddress VIP4 = ip("192.168.200.1");
    static final IpAddress SRC6 = ip("fe80::200:ff:fe00:10");
    static final IpAddress GROUP6 = ip("ff02::12");

    static IpAddress ip(String text) {
        return IpAddress.parse(text).orElseThrow();
    }

    static byte[] hex(String text) {
        return HexFormat.of().parseHex(text.replace(" ", ""));
    }

    @Test
    void v2WithoutAuthMatchesTheReferenceVector() {
        // protocols.md 1.2 (computed and cross-checked with scapy 2.5.0 there)
        Advertisement a = new Advertisement(2, 51, 100, 100, List.of(VIP4), V2Auth.NONE);
        assertThat(AdvertisementCodec.encode(a, SRC4, GROUP4, V3Checksum.PSEUDO_HEADER))
                .isEqualTo(hex("21 33 64 01 00 01 f2 1f c0 a8 c8 01 00 00 00 00 00 00 00 00"));
    }

    @Test
    void v2PasswordIsZeroPaddedAndInTheChecksum() {
        // No vector in protocols.md: computed with scapy 2.5.0, VRRP(version=2, vrid=51, priority=100,
        // addrlist=["192.168.200.1"], authtype=1, adv=1, auth1="secr", auth2="et\0\0")
        Advertisement a = new Advertisement(2, 51, 100, 100, List.of(VIP4), V2Auth.pass("secret"));
        assertThat(AdvertisementCodec.encode(a, null, null, V3Checksum.PSEUDO_HEADER))
                .isEqualTo(hex("213364010101b4d3c0a8c8017365637265740000"));
    }

    @Test
    void v2PasswordLongerThanEightBytesIsTruncated() {
        Advertisement a = new Advertisement(2, 51, 100, 100, List.of(VIP4), V2Auth.pass("secret-and-more"));
        byte[] m = AdvertisementCodec.encode(a, null, null, V3Checksum.PSEUDO_HEADER);
        assertThat(m).hasSize(20);
        assertThat(new String(m, 12, 8)).isEqualTo("secret-a");
        assertThat(InternetChecksum.of(m, 0, m.length)).isZero();
    }

    @Test
    void v2AhLeavesTheAuthFieldZero() {
        Advertisement a = new Advertisement(2, 51, 100, 100, List.of(VIP4), V2Auth.ah("secret"));
        byte[] m = AdvertisementCodec.encode(a, SRC4, GROUP4, V3Checksum.PSEUDO_HEADER);
        assertThat(m[4]).isEqualTo((byte) 2);
        assertThat(java.util.Arrays.copyOfRange(m, 12, 20)).containsOnly(0);
    }

    @Test
    void v3Ipv4WithPseudoHeaderMatchesTheReferenceVector() {
        Advertisement a = new Advertisement(3, 51, 100, 100, List.of(VIP4), V2Auth.NONE);
        assertThat(AdvertisementCodec.encode(a, SRC4, GROUP4, V3Checksum.PSEUDO_HEADER))
                .isEqualTo(hex("31 33 64 01 00 64 78 7a c0 a8 c8 01"));
    }

    @Test
    void v3Ipv4MessageOnlyMatchesTheReferenceVector() {
        Advertisement a = new Advertisement(3, 51, 100, 100, List.of(VIP4), V2Auth.NONE);
        assertThat(AdvertisementCodec.encode(a, SRC4, GROUP4, V3Checksum.MESSAGE_ONLY))
                .isEqualTo(hex("31 33 64 01 00 64 e1 bc c0 a8 c8 01"));
    }

    @Test
    void v3Ipv6AlwaysUsesThePseudoHeader() {
        Advertisement a = new Advertisement(3, 51, 100, 100, List.of(ip("fe80::1"), ip("2001:db8::1")), V2Auth.NONE);
        byte[] expected = hex("31 33 64 02 00 64 3e ec fe80 0000 0000 0000 0000 0000 0000 0001"
                + " 2001 0db8 0000 0000 0000 0000 0000 0001");
        assertThat(AdvertisementCodec.encode(a, SRC6, GROUP6, V3Checksum.PSEUDO_HEADER)).isEqualTo(expected);
        assertThat(AdvertisementCodec.encode(a, SRC6, GROUP6, V3Checksum.MESSAGE_ONLY)).isEqualTo(expected);
    }

    @Test
    void v3IntervalUsesTwelveBitsAndReservedBitsAreIgnoredOnReceive() {
        Advertisement a = new Advertisement(3, 7, 200, 4095, List.of(VIP4), V2Auth.NONE);
        byte[] m = AdvertisementCodec.encode(a, SRC4, GROUP4, V3Checksum.MESSAGE_ONLY);
        assertThat(m[4]).isEqualTo((byte) 0x0f);
        assertThat(m[5]).isEqualTo((byte) 0xff);
        m[4] |= (byte) 0xf0;
        assertThat(AdvertisementCodec.decode(m, IpAddress.Family.INET)).get()
                .extracting(Advertisement::intervalCentis).isEqualTo(4095);
    }

    @Test
    void roundTripsEveryKind() {
        List<Advertisement> all = List.of(
                new Advertisement(2, 1, 255, 25500, List.of(VIP4, ip("10.0.0.1")), V2Auth.NONE),
                new Advertisement(2, 255, 0, 100, List.of(VIP4), V2Auth.pass("pw")),
                new Advertisement(2, 9, 1, 300, List.of(), V2Auth.ah("")),
                new Advertisement(3, 51, 100, 1, List.of(VIP4), V2Auth.NONE),
                new Advertisement(3, 51, 100, 100, List.of(ip("fe80::1"), ip("2001:db8::5")), V2Auth.NONE));
        for (Advertisement a : all) {
            IpAddress.Family f = a.addresses().isEmpty() ? IpAddress.Family.INET : a.addresses().get(0).family();
            IpAddress src = f == IpAddress.Family.INET ? SRC4 : SRC6;
            IpAddress dst = f == IpAddress.Family.INET ? GROUP4 : GROUP6;
            byte[] m = AdvertisementCodec.encode(a, src, dst, V3Checksum.PSEUDO_HEADER);
            Advertisement back = AdvertisementCodec.decode(m, f).orElseThrow();
            // the AH password is not on the wire, only the type
            V2Auth expectedAuth = a.auth().type() == V2Auth.TYPE_AH ? new V2Auth(2, "") : a.auth();
            assertThat(back).isEqualTo(new Advertisement(a.version(), a.virtualRouterId(), a.priority(),
                    a.intervalCentis(), a.addresses(), expectedAuth));
        }
    }

    @Test
    void decodeRefusesWrongLengthsAndVersions() {
        byte[] m = hex("31 33 64 01 00 64 78 7a c0 a8 c8 01");
        assertThat(AdvertisementCodec.decode(java.util.Arrays.copyOf(m, 11), IpAddress.Family.INET)).isEmpty();
        assertThat(AdvertisementCodec.decode(java.util.Arrays.copyOf(m, 13), IpAddress.Family.INET)).isEmpty();
        assertThat(AdvertisementCodec.decode(m, IpAddress.Family.INET6)).isEmpty();
        m[0] = 0x41;
        assertThat(AdvertisementCodec.decode(m, IpAddress.Family.INET)).isEmpty();
        assertThat(AdvertisementCodec.decode(new byte[0], IpAddress.Family.INET)).isEmpty();
    }

    @Test
    void encodeRefusesWhatCannotBeOnTheWire() {
        assertThatThrownBy(() -> AdvertisementCodec.encode(
                new Advertisement(2, 1, 100, 150, List.of(VIP4), V2Auth.NONE), SRC4, GROUP4, V3Checksum.MESSAGE_ONLY))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("whole seconds");
        assertThatThrownBy(() -> AdvertisementCodec.encode(
                new Advertisement(3, 1, 100, 4096, List.of(VIP4), V2Auth.NONE), SRC4, GROUP4, V3Checksum.MESSAGE_ONLY))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("12 bits");
        assertThatThrownBy(() -> AdvertisementCodec.encode(
                new Advertisement(3, 1, 100, 100, List.of(VIP4, ip("fe80::1")), V2Auth.NONE), SRC4, GROUP4,
                V3Checksum.MESSAGE_ONLY))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("both families");
        assertThatThrownBy(() -> AdvertisementCodec.encode(
                new Advertisement(2, 1, 100, 100, List.of(ip("fe80::1")), V2Auth.NONE), SRC6, GROUP6,
                V3Checksum.MESSAGE_ONLY))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("IPv4 addresses only");
    }
}
