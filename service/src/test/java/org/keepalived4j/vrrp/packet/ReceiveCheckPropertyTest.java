package org.keepalived4j.vrrp.packet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.keepalived4j.vrrp.packet.AdvertisementCodecTest.GROUP4;
import static org.keepalived4j.vrrp.packet.AdvertisementCodecTest.GROUP6;
import static org.keepalived4j.vrrp.packet.AdvertisementCodecTest.SRC4;
import static org.keepalived4j.vrrp.packet.AdvertisementCodecTest.SRC6;
import static org.keepalived4j.vrrp.packet.AdvertisementCodecTest.VIP4;
import static org.keepalived4j.vrrp.packet.AdvertisementCodecTest.ip;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.keepalived4j.config.IpAddress;
import org.keepalived4j.testing.PropertyCheck;

/** Whatever arrives on the socket, the check answers with a verdict and never throws. */
class ReceiveCheckPropertyTest {

    static final IpAddress PEER = ip("192.168.200.11");

    /** A valid packet of each kind together with an instance that accepts it. */
    record Sample(ReceivedAdvertisement rx, ReceiveExpectation expect) {
    }

    static final List<Sample> VALID = List.of(
            v4(new Advertisement(2, 51, 100, 100, List.of(VIP4), V2Auth.NONE),
                    ReceiveExpectation.multicast(2, 51, IpAddress.Family.INET, 100, List.of(VIP4))),
            v4(new Advertisement(2, 51, 100, 100, List.of(VIP4), V2Auth.pass("secret")),
                    ReceiveExpectation.multicast(2, 51, IpAddress.Family.INET, 100, List.of(VIP4))
                            .withAuth(V2Auth.pass("secret"))),
            v4(new Advertisement(2, 51, 100, 100, List.of(VIP4), V2Auth.ah("secret")),
                    ReceiveExpectation.multicast(2, 51, IpAddress.Family.INET, 100, List.of(VIP4))
                            .withAuth(V2Auth.ah("secret"))),
            v4(new Advertisement(3, 51, 100, 100, List.of(VIP4, PEER), V2Auth.NONE),
                    ReceiveExpectation.multicast(3, 51, IpAddress.Family.INET, 100, List.of(VIP4, PEER))),
            new Sample(ReceivedAdvertisement.ipv6(SRC6, GROUP6, 255, AdvertisementCodec.encode(
                    new Advertisement(3, 51, 100, 100, List.of(ip("fe80::1"), ip("2001:db8::1")), V2Auth.NONE),
                    SRC6, GROUP6, V3Checksum.PSEUDO_HEADER)),
                    ReceiveExpectation.multicast(3, 51, IpAddress.Family.INET6, 100,
                            List.of(ip("fe80::1"), ip("2001:db8::1")))));

    static Sample v4(Advertisement a, ReceiveExpectation e) {
        return new Sample(ReceivedAdvertisement.ipv4(
                AdvertisementPacket.ipv4(a, SRC4, GROUP4, 1, V3Checksum.PSEUDO_HEADER, 1, false)), e);
    }

    static Sample withBytes(Sample s, byte[] bytes) {
        ReceivedAdvertisement rx = s.rx().source().isV4() ? ReceivedAdvertisement.ipv4(bytes)
                : ReceivedAdvertisement.ipv6(s.rx().source(), s.rx().destination(), s.rx().ttl(), bytes);
        return new Sample(rx, s.expect());
    }

    static void answers(Sample s) {
        ReceiveCheck.peek(s.rx());
        ReceiveVerdict v = ReceiveCheck.check(s.rx(), s.expect());
        assertThat(v).isNotNull();
        if (v instanceof ReceiveVerdict.Rejected r) {
            assertThat(r.detail()).isNotBlank();
        }
    }

    @Test
    void theSamplesAreValid() {
        for (Sample s : VALID) {
            assertThat(ReceiveCheck.check(s.rx(), s.expect())).isInstanceOf(ReceiveVerdict.Accepted.class);
        }
    }

    @Test
    void randomBytes() {
        PropertyCheck.forAll("receive check on random bytes", 3000, r -> {
            Sample base = VALID.get(r.nextInt(VALID.size()));
            byte[] b = new byte[r.nextInt(120)];
            r.nextBytes(b);
            if (b.length > 0 && base.rx().source().isV4() && r.nextBoolean()) {
                b[0] = (byte) (0x40 | (b[0] & 0x0f)); // reach past the IP version test more often
            }
            return withBytes(base, b);
        }, ReceiveCheckPropertyTest::answers);
    }

    @Test
    void truncations() {
        for (Sample s : VALID) {
            byte[] full = s.rx().bytes();
            for (int n = 0; n < full.length; n++) {
                Sample cut = withBytes(s, Arrays.copyOf(full, n));
                answers(cut);
                assertThat(ReceiveCheck.check(cut.rx(), cut.expect()))
                        .as("%d of %d bytes", n, full.length).isInstanceOf(ReceiveVerdict.Rejected.class);
            }
        }
    }

    @Test
    void singleByteMutationsOfValidPackets() {
        PropertyCheck.forAll("receive check on mutated packets", 5000, (Random r) -> {
            Sample base = VALID.get(r.nextInt(VALID.size()));
            byte[] b = base.rx().bytes().clone();
            b[r.nextInt(b.length)] = (byte) r.nextInt(256);
            if (r.nextInt(4) == 0) {
                b = Arrays.copyOf(b, b.length + 1 + r.nextInt(8));
            }
            return withBytes(base, b);
        }, s -> {
            answers(s);
            ReceiveVerdict v = ReceiveCheck.check(s.rx(), s.expect());
            if (v instanceof ReceiveVerdict.Accepted a) {
                // an accepted mutation can only be one the checksum cannot see or a field we ignore
                assertThat(a.advert().virtualRouterId()).as(HexFormat.of().formatHex(s.rx().bytes())).isEqualTo(51);
            }
        });
    }
}
