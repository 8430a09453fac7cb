package org.keepalived4j.vrrp.packet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.keepalived4j.vrrp.packet.AdvertisementCodecTest.GROUP4;
import static org.keepalived4j.vrrp.packet.AdvertisementCodecTest.VIP4;
import static org.keepalived4j.vrrp.packet.AdvertisementCodecTest.hex;
import static org.keepalived4j.vrrp.packet.AdvertisementCodecTest.ip;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.keepalived4j.config.IpAddress;
import org.keepalived4j.vrrp.packet.ReceiveVerdict.Accepted;
import org.keepalived4j.vrrp.packet.ReceiveVerdict.ChecksumForm;

/**
 * Datagrams sent by the real keepalived 2.2.7 (Debian 12) as MASTER, VRID 51, priority 200,
 * advert_int 1, VIP 192.168.200.1, from 192.168.200.11 in a network namespace, captured on the
 * peer with a raw IPv4 socket (the first two adverts of each run: IP id 1 and 2, AH sequence 1
 * and 2). We must produce the same bytes and accept them. The reverse direction was also tried
 * by hand: keepalived 2.2.7 as BACKUP with auth_type AH stayed BACKUP while fed the multicast AH
 * packets of {@link AuthenticationHeaderTest} (and went MASTER, logging "invalid IPSEC HMAC-MD5
 * value", when they were signed with another password).
 */
class KeepalivedCaptureTest {

    static final IpAddress KEEPALIVED = ip("192.168.200.11");

    static final String AH_ID1 = "45c0004000010000ff335203c0a8c80be000001270040000c0a8c80b00000001"
            + "8ad006550a533b18107d0e522133c80102018c1fc0a8c8010000000000000000";
    static final String AH_ID2 = "45c0004000020000ff335202c0a8c80be000001270040000c0a8c80b00000002"
            + "7d0e4afab34b493a4ef8451f2133c80102018c1fc0a8c8010000000000000000";
    static final String V3_ID1 = "45c0002000010000ff7051e6c0a8c80be00000123133c80100641479c0a8c801";
    static final String PASS_ID1 = "45c0002800010000ff7051dec0a8c80be00000122133c801010150d3c0a8c8017365637265740000";

    static Advertisement advert(int version, V2Auth auth) {
        return new Advertisement(version, 51, 200, 100, List.of(VIP4), auth);
    }

    @Test
    void weSendWhatKeepalivedSends() {
        assertThat(AdvertisementPacket.ipv4(advert(2, V2Auth.ah("secret")), KEEPALIVED, GROUP4, 1, null, 1, false))
                .isEqualTo(hex(AH_ID1));
        assertThat(AdvertisementPacket.ipv4(advert(2, V2Auth.ah("secret")), KEEPALIVED, GROUP4, 2, null, 2, false))
                .isEqualTo(hex(AH_ID2));
        assertThat(AdvertisementPacket.ipv4(advert(3, V2Auth.NONE), KEEPALIVED, GROUP4, 1,
                V3Checksum.PSEUDO_HEADER, 0, false)).isEqualTo(hex(V3_ID1));
        assertThat(AdvertisementPacket.ipv4(advert(2, V2Auth.pass("secret")), KEEPALIVED, GROUP4, 1, null, 0, false))
                .isEqualTo(hex(PASS_ID1));
    }

    @Test
    void weAcceptWhatKeepalivedSends() {
        ReceiveExpectation v2 = ReceiveExpectation.multicast(2, 51, IpAddress.Family.INET, 100, List.of(VIP4));
        Accepted ah = (Accepted) ReceiveCheck.check(ReceivedAdvertisement.ipv4(hex(AH_ID2)),
                v2.withAuth(V2Auth.ah("secret")).withAhSequenceFloor(1));
        assertThat(ah.ahSequence()).isEqualTo(2);
        assertThat(ah.source()).isEqualTo(KEEPALIVED);

        ReceiveVerdict v3 = ReceiveCheck.check(ReceivedAdvertisement.ipv4(hex(V3_ID1)),
                ReceiveExpectation.multicast(3, 51, IpAddress.Family.INET, 100, List.of(VIP4)));
        assertThat(v3).isInstanceOf(Accepted.class);
        assertThat(((Accepted) v3).checksum()).isEqualTo(ChecksumForm.V3_PSEUDO_HEADER);

        assertThat(ReceiveCheck.check(ReceivedAdvertisement.ipv4(hex(PASS_ID1)), v2.withAuth(V2Auth.pass("secret"))))
                .isInstanceOf(Accepted.class);
    }
}
