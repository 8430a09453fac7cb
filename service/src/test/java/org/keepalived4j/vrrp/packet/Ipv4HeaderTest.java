package org.keepalived4j.vrrp.packet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.keepalived4j.vrrp.packet.AdvertisementCodecTest.GROUP4;
import static org.keepalived4j.vrrp.packet.AdvertisementCodecTest.SRC4;
import static org.keepalived4j.vrrp.packet.AdvertisementCodecTest.VIP4;
import static org.keepalived4j.vrrp.packet.AdvertisementCodecTest.hex;

import java.util.List;
import org.junit.jupiter.api.Test;

class Ipv4HeaderTest {

    @Test
    void v2DatagramMatchesScapy() {
        // scapy 2.5.0: IP(src="192.168.200.10", dst="224.0.0.18", ttl=255, tos=0xc0, id=1, proto=112)
        //   / VRRP(version=2, vrid=51, priority=100, addrlist=["192.168.200.1"], adv=1)
        Advertisement a = new Advertisement(2, 51, 100, 100, List.of(VIP4), V2Auth.NONE);
        assertThat(AdvertisementPacket.ipv4(a, SRC4, GROUP4, 1, V3Checksum.PSEUDO_HEADER, 0, false)).isEqualTo(
                hex("45c0002800010000ff7051dfc0a8c80ae0000012213364010001f21fc0a8c8010000000000000000"));
    }

    @Test
    void v3DatagramMatchesScapy() {
        // scapy 2.5.0: IP(..., id=7, proto=112) / VRRPv3(vrid=51, priority=100, addrlist=[...], adv=100)
        Advertisement a = new Advertisement(3, 51, 100, 100, List.of(VIP4), V2Auth.NONE);
        assertThat(AdvertisementPacket.ipv4(a, SRC4, GROUP4, 7, V3Checksum.PSEUDO_HEADER, 0, false)).isEqualTo(
                hex("45c0002000070000ff7051e1c0a8c80ae0000012313364010064787ac0a8c801"));
    }

    @Test
    void parsesTheFieldsTheChecksNeed() {
        byte[] p = hex("45c0002800010000ff7051dfc0a8c80ae0000012213364010001f21fc0a8c8010000000000000000");
        Ipv4Header h = Ipv4Header.parse(p).orElseThrow();
        assertThat(h).isEqualTo(new Ipv4Header(20, 0xc0, 40, 1, 0, 255, 112, 0x51df, SRC4, GROUP4));
        assertThat(h.checksumValid(p)).isTrue();
        assertThat(Ipv4Header.lengthOf(p)).as("read without parsing").isEqualTo(20);
        assertThat(Ipv4Header.protocolOf(p)).isEqualTo(112);
    }

    @Test
    void honoursTheHeaderLengthWithOptions() {
        // IHL 6: one 4-byte option (router alert 94 04 00 00) between header and payload
        byte[] p = hex("46c0002c00010000ff700000c0a8c80ae0000012" + "94040000" + "213364010001f21fc0a8c8010000000000000000");
        Ipv4Header h = Ipv4Header.parse(p).orElseThrow();
        assertThat(h.headerLength()).isEqualTo(24);
        assertThat(Ipv4Header.lengthOf(p)).isEqualTo(24);
        assertThat(ReceiveCheck.peek(ReceivedAdvertisement.ipv4(p))).get()
                .isEqualTo(new PacketHeader(2, 51, org.keepalived4j.config.IpAddress.Family.INET));
    }

    @Test
    void refusesWhatIsNotAnIpv4Header() {
        for (byte[] notOne : new byte[][] {new byte[0], new byte[19], hex("60000000000000000000000000000000000000000000"),
                hex("44c0002800010000ff7051dfc0a8c80ae0000012"),
                hex("4fc0002800010000ff7051dfc0a8c80ae0000012213364010001f21f"), null}) {
            assertThat(Ipv4Header.parse(notOne)).isEmpty();
            assertThat(Ipv4Header.lengthOf(notOne)).isEqualTo(-1);
        }
    }
}
