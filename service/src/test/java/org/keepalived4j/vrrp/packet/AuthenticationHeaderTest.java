package org.keepalived4j.vrrp.packet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.keepalived4j.vrrp.packet.AdvertisementCodecTest.GROUP4;
import static org.keepalived4j.vrrp.packet.AdvertisementCodecTest.SRC4;
import static org.keepalived4j.vrrp.packet.AdvertisementCodecTest.VIP4;
import static org.keepalived4j.vrrp.packet.AdvertisementCodecTest.hex;
import static org.keepalived4j.vrrp.packet.AdvertisementCodecTest.ip;

import java.util.List;
import org.junit.jupiter.api.Test;

class AuthenticationHeaderTest {

    static final Advertisement AH_ADVERT = new Advertisement(2, 51, 100, 100, List.of(VIP4), V2Auth.ah("secret"));

    @Test
    void unicastPacketMatchesScapysIpsecImplementation() {
        // scapy 2.5.0 SecurityAssociation(AH, spi=0xc0a8c80a, auth_algo='HMAC-MD5-96',
        // auth_key=b"secret\0\0", seq_num=3).encrypt(IP(src=.10, dst=.11, ttl=255, tos=0xc0, id=5)/VRRP(authtype=2...)).
        // scapy zeroes TOS, flags/fragment, TTL and the header checksum (RFC 2402 mutable fields),
        // which is exactly keepalived's unicast set.
        byte[] p = AdvertisementPacket.ipv4(AH_ADVERT, SRC4, ip("192.168.200.11"), 5, V3Checksum.PSEUDO_HEADER, 3,
                true);
        assertThat(p).isEqualTo(hex("45c0004000050000ff33a95ec0a8c80ac0a8c80b70040000c0a8c80a00000003"
                + "ae7abb99ad536937c5d28c28213364010201f01fc0a8c8010000000000000000"));
    }

    @Test
    void multicastPacketKeepsTheTtlInTheIcvAsKeepalivedDoes() {
        // Python hmac.new(b"secret\0\0", packet with TOS, frag, checksum and ICV zeroed, md5).digest()[:12];
        // layout built with scapy IP(proto=51)/Raw(AH + VRRP).
        byte[] p = AdvertisementPacket.ipv4(AH_ADVERT, SRC4, GROUP4, 5, V3Checksum.PSEUDO_HEADER, 3, false);
        assertThat(p).isEqualTo(hex("45c0004000050000ff335200c0a8c80ae000001270040000c0a8c80a00000003"
                + "2a27743278af65dfc408d6e5213364010201f01fc0a8c8010000000000000000"));
    }

    @Test
    void icvSurvivesMutableFieldsAndCatchesTheRest() {
        byte[] p = AdvertisementPacket.ipv4(AH_ADVERT, SRC4, GROUP4, 5, V3Checksum.PSEUDO_HEADER, 3, false);
        byte[] key = V2Auth.ah("secret").keyBytes();
        assertThat(AuthenticationHeader.icvValid(p, 20, key, false)).isTrue();
        byte[] tosChanged = p.clone();
        tosChanged[1] = 0;
        assertThat(AuthenticationHeader.icvValid(tosChanged, 20, key, false)).isTrue();
        byte[] ttlChanged = p.clone();
        ttlChanged[8] = 64;
        assertThat(AuthenticationHeader.icvValid(ttlChanged, 20, key, false)).isFalse();
        assertThat(AuthenticationHeader.icvValid(ttlChanged, 20, key, true)).isFalse(); // signed with TTL
        byte[] prio = p.clone();
        prio[20 + 24 + 2] = (byte) 200;
        assertThat(AuthenticationHeader.icvValid(prio, 20, key, false)).isFalse();
        assertThat(AuthenticationHeader.icvValid(p, 20, V2Auth.ah("other").keyBytes(), false)).isFalse();
    }
}
