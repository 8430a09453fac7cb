package org.keepalived4j.vrrp.packet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.keepalived4j.vrrp.packet.AdvertisementCodecTest.GROUP4;
import static org.keepalived4j.vrrp.packet.AdvertisementCodecTest.GROUP6;
import static org.keepalived4j.vrrp.packet.AdvertisementCodecTest.SRC4;
import static org.keepalived4j.vrrp.packet.AdvertisementCodecTest.SRC6;
import static org.keepalived4j.vrrp.packet.AdvertisementCodecTest.VIP4;
import static org.keepalived4j.vrrp.packet.AdvertisementCodecTest.ip;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.keepalived4j.config.IpAddress;
import org.keepalived4j.vrrp.packet.ReceiveVerdict.Accepted;
import org.keepalived4j.vrrp.packet.ReceiveVerdict.ChecksumForm;
import org.keepalived4j.vrrp.packet.ReceiveVerdict.Rejected;

/**
 * Every discard cause with a packet a router could really receive, and keepalived 2.2.7's order
 * (vrrp_check_packet) where two faults meet.
 */
class ReceiveCheckTest {

    static final IpAddress PEER = ip("192.168.200.11");
    static final IpAddress VIP6_LL = ip("fe80::1");
    static final IpAddress VIP6 = ip("2001:db8::1");

    static final ReceiveExpectation V2 = ReceiveExpectation.multicast(2, 51, IpAddress.Family.INET, 100,
            List.of(VIP4));
    static final ReceiveExpectation V3 = ReceiveExpectation.multicast(3, 51, IpAddress.Family.INET, 100,
            List.of(VIP4));
    static final ReceiveExpectation V3_6 = ReceiveExpectation.multicast(3, 51, IpAddress.Family.INET6, 100,
            List.of(VIP6_LL, VIP6));

    static Advertisement v2(int prio, V2Auth auth) {
        return new Advertisement(2, 51, prio, 100, List.of(VIP4), auth);
    }

    static Advertisement v3(int prio) {
        return new Advertisement(3, 51, prio, 100, List.of(VIP4), V2Auth.NONE);
    }

    static byte[] packet(Advertisement a) {
        return AdvertisementPacket.ipv4(a, SRC4, GROUP4, 1, V3Checksum.PSEUDO_HEADER, 1, false);
    }

    static ReceiveVerdict check(byte[] datagram, ReceiveExpectation e) {
        return ReceiveCheck.check(ReceivedAdvertisement.ipv4(datagram), e);
    }

    static ReceiveVerdict check6(Advertisement a, IpAddress dst, int hopLimit, ReceiveExpectation e) {
        byte[] m = AdvertisementCodec.encode(a, SRC6, dst, V3Checksum.PSEUDO_HEADER);
        return ReceiveCheck.check(ReceivedAdvertisement.ipv6(SRC6, dst, hopLimit, m), e);
    }

    /** The error, after checking that the detail is a sentence worth logging. */
    static ReceiveError error(ReceiveVerdict v) {
        assertThat(v).isInstanceOf(Rejected.class);
        assertThat(((Rejected) v).detail()).isNotBlank();
        return ((Rejected) v).error();
    }

    static Accepted accepted(ReceiveVerdict v) {
        assertThat(v).isInstanceOf(Accepted.class);
        return (Accepted) v;
    }

    /** Sets the TTL and fixes the header checksum, as a router that forwarded the packet would. */
    static byte[] withTtl(byte[] p, int ttl) {
        p[8] = (byte) ttl;
        return resealIp(p);
    }

    static byte[] resealIp(byte[] p) {
        p[10] = 0;
        p[11] = 0;
        int sum = InternetChecksum.of(p, 0, 20);
        p[10] = (byte) (sum >> 8);
        p[11] = (byte) sum;
        return p;
    }

    /** Recomputes the VRRP checksum after editing a field, as a peer sending that value would. */
    static byte[] resealVrrp(byte[] p, int at, V3Checksum form) {
        p[at + 6] = 0;
        p[at + 7] = 0;
        int version = (p[at] & 0xff) >> 4;
        int sum = AdvertisementCodec.checksum(p, at, p.length - at, version,
                IpAddress.of(java.util.Arrays.copyOfRange(p, 12, 16)),
                IpAddress.of(java.util.Arrays.copyOfRange(p, 16, 20)), form);
        p[at + 6] = (byte) (sum >> 8);
        p[at + 7] = (byte) sum;
        return p;
    }

    // ---- accepted packets ----

    @Test
    void acceptsAValidV2Advert() {
        Accepted a = accepted(check(packet(v2(100, V2Auth.NONE)), V2));
        assertThat(a.advert()).isEqualTo(v2(100, V2Auth.NONE));
        assertThat(a.source()).isEqualTo(SRC4);
        assertThat(a.destination()).isEqualTo(GROUP4);
        assertThat(a.checksum()).isEqualTo(ChecksumForm.V2_MESSAGE);
        assertThat(a.intervalDiffers()).isFalse();
        assertThat(a.addressListDiffers()).isFalse();
        assertThat(a.ahSequence()).isEqualTo(-1);
        assertThat(a.notes()).isEmpty();
    }

    @Test
    void acceptsBothV3Ipv4ChecksumFormsAndSaysWhichMatched() {
        byte[] pseudo = packet(v3(100));
        byte[] messageOnly = AdvertisementPacket.ipv4(v3(100), SRC4, GROUP4, 1, V3Checksum.MESSAGE_ONLY, 0, false);
        assertThat(accepted(check(pseudo, V3)).checksum()).isEqualTo(ChecksumForm.V3_PSEUDO_HEADER);
        assertThat(accepted(check(messageOnly, V3)).checksum()).isEqualTo(ChecksumForm.V3_MESSAGE_ONLY);

        ReceiveExpectation rfc9568Only = V3.withAcceptedV3Checksums(EnumSet.of(V3Checksum.MESSAGE_ONLY));
        assertThat(error(check(pseudo, rfc9568Only))).isEqualTo(ReceiveError.CHECKSUM);
        assertThat(accepted(check(messageOnly, rfc9568Only)).checksum()).isEqualTo(ChecksumForm.V3_MESSAGE_ONLY);
    }

    @Test
    void v3IntervalMismatchIsAcceptedAndFlagged() {
        Advertisement slow = new Advertisement(3, 51, 100, 200, List.of(VIP4), V2Auth.NONE);
        Accepted a = accepted(check(packet(slow), V3));
        assertThat(a.intervalDiffers()).isTrue();
        assertThat(a.advert().intervalCentis()).isEqualTo(200);
        assertThat(a.notes()).singleElement().asString().contains("200 cs").contains("100 cs");
    }

    @Test
    void acceptsIpv6WithTheHopLimitOrWithoutIt() {
        Advertisement a = new Advertisement(3, 51, 100, 100, List.of(VIP6_LL, VIP6), V2Auth.NONE);
        assertThat(accepted(check6(a, GROUP6, 255, V3_6)).checksum()).isEqualTo(ChecksumForm.IPV6_KERNEL);
        assertThat(accepted(check6(a, GROUP6, ReceivedAdvertisement.UNKNOWN_TTL, V3_6)).advert()).isEqualTo(a);
        assertThat(error(check6(a, GROUP6, 254, V3_6))).isEqualTo(ReceiveError.TTL);
    }

    @Test
    void priorityZeroIsAnAcceptedAdvert() {
        assertThat(accepted(check(packet(v2(0, V2Auth.NONE)), V2)).advert().priority()).isZero();
    }

    @Test
    void unicastSkipsTheTtlCheck() {
        ReceiveExpectation e = V2.withUnicastPeers(List.of(UnicastPeer.of(SRC4)), false);
        byte[] p = withTtl(AdvertisementPacket.ipv4(v2(100, V2Auth.NONE), SRC4, PEER, 1, null, 0, true), 62);
        assertThat(accepted(check(p, e)).destination()).isEqualTo(PEER);
    }

    @Test
    void ownerWithAnotherAddressListIsProcessedAndFlagged() {
        Advertisement owner = new Advertisement(2, 51, 255, 100, List.of(ip("10.0.0.1")), V2Auth.NONE);
        Accepted a = accepted(check(packet(owner), V2));
        assertThat(a.addressListDiffers()).isTrue();
        assertThat(a.notes()).singleElement().asString().contains("192.168.200.1");

        Advertisement ownerTwo = new Advertisement(2, 51, 255, 100, List.of(VIP4, ip("10.0.0.1")), V2Auth.NONE);
        assertThat(accepted(check(packet(ownerTwo), V2)).addressListDiffers()).isTrue();
    }

    @Test
    void skipCheckAdvAddrTrustsOnlyTheCurrentMaster() {
        Advertisement other = new Advertisement(2, 51, 100, 100, List.of(ip("10.0.0.1")), V2Auth.NONE);
        assertThat(accepted(check(packet(other), V2.withSkipCheckAdvAddr(Optional.of(SRC4)))).addressListDiffers())
                .isFalse();
        assertThat(error(check(packet(other), V2.withSkipCheckAdvAddr(Optional.of(PEER)))))
                .isEqualTo(ReceiveError.ADDRESS_LIST);
        assertThat(error(check(packet(other), V2.withSkipCheckAdvAddr(Optional.empty()))))
                .isEqualTo(ReceiveError.ADDRESS_LIST);
    }

    @Test
    void oldKeepalivedUnicastChecksumIsRecognised() {
        ReceiveExpectation e = V3.withUnicastPeers(List.of(UnicastPeer.of(SRC4)), false);
        byte[] vrrp = AdvertisementCodec.encode(v3(100), SRC4, GROUP4, V3Checksum.PSEUDO_HEADER);
        byte[] p = Ipv4Header.packet(1, 112, SRC4, PEER, vrrp);
        Accepted a = accepted(check(p, e));
        assertThat(a.checksum()).isEqualTo(ChecksumForm.V3_OLD_UNICAST);
        assertThat(a.notes()).singleElement().asString().contains("224.0.0.18");
    }

    @Test
    void passwordAuthenticationAccepted() {
        ReceiveExpectation e = V2.withAuth(V2Auth.pass("secret"));
        assertThat(accepted(check(packet(v2(100, V2Auth.pass("secret"))), e)).advert().auth())
                .isEqualTo(V2Auth.pass("secret"));
        // only 8 bytes count, as in keepalived
        assertThat(check(packet(v2(100, V2Auth.pass("secret-A"))), V2.withAuth(V2Auth.pass("secret-AB"))))
                .isInstanceOf(Accepted.class);
    }

    @Test
    void ahAuthenticationAcceptedAndSequenceReported() {
        ReceiveExpectation e = V2.withAuth(V2Auth.ah("secret")).withAhSequenceFloor(6);
        byte[] p = AdvertisementPacket.ipv4(v2(100, V2Auth.ah("secret")), SRC4, GROUP4, 9, null, 7, false);
        assertThat(accepted(check(p, e)).ahSequence()).isEqualTo(7);
    }

    // ---- every discard cause ----

    @Test
    void truncatedHeader() {
        assertThat(error(check(new byte[10], V2))).isEqualTo(ReceiveError.TRUNCATED_HEADER);
        assertThat(error(check(java.util.Arrays.copyOf(packet(v2(100, V2Auth.NONE)), 27), V2)))
                .isEqualTo(ReceiveError.TRUNCATED_HEADER);
        assertThat(ReceiveCheck.peek(ReceivedAdvertisement.ipv4(new byte[27]))).isEmpty();
        assertThat(ReceiveCheck.check(ReceivedAdvertisement.ipv6(SRC6, GROUP6, 255, new byte[7]), V3_6))
                .extracting(v -> ((Rejected) v).error()).isEqualTo(ReceiveError.TRUNCATED_HEADER);
    }

    @Test
    void peekReadsVersionAndVrid() {
        assertThat(ReceiveCheck.peek(ReceivedAdvertisement.ipv4(packet(v3(100))))).get()
                .isEqualTo(new PacketHeader(3, 51, IpAddress.Family.INET));
        byte[] ah = AdvertisementPacket.ipv4(v2(100, V2Auth.ah("x")), SRC4, GROUP4, 1, null, 1, false);
        assertThat(ReceiveCheck.peek(ReceivedAdvertisement.ipv4(ah))).get()
                .isEqualTo(new PacketHeader(2, 51, IpAddress.Family.INET));
        byte[] m = AdvertisementCodec.encode(new Advertisement(3, 9, 1, 100, List.of(VIP6), V2Auth.NONE), SRC6,
                GROUP6, null);
        assertThat(ReceiveCheck.peek(ReceivedAdvertisement.ipv6(SRC6, GROUP6, 255, m))).get()
                .isEqualTo(new PacketHeader(3, 9, IpAddress.Family.INET6));
    }

    @Test
    void otherVirtualRouter() {
        Advertisement other = new Advertisement(2, 52, 100, 100, List.of(VIP4), V2Auth.NONE);
        ReceiveVerdict v = check(packet(other), V2);
        assertThat(error(v)).isEqualTo(ReceiveError.VRID);
        assertThat(ReceiveError.VRID.counter()).isEqualTo(StatsCounter.VRID_ERRORS);
        assertThat(ReceiveError.VRID.counter().routerWide()).isTrue();
        assertThat(ReceiveError.VRID.protoError().value()).isEqualTo(4);
    }

    @Test
    void ipv6UnicastOnAMulticastInstance() {
        Advertisement a = new Advertisement(3, 51, 100, 100, List.of(VIP6_LL, VIP6), V2Auth.NONE);
        assertThat(error(check6(a, ip("fe80::2"), 255, V3_6))).isEqualTo(ReceiveError.IPV6_MULTICAST_UNICAST_MISMATCH);
        assertThat(ReceiveError.IPV6_MULTICAST_UNICAST_MISMATCH.counter()).isEqualTo(StatsCounter.NONE);
    }

    @Test
    void ahHeaderPresenceMustMatchTheConfiguredAuthType() {
        byte[] ah = AdvertisementPacket.ipv4(v2(100, V2Auth.ah("secret")), SRC4, GROUP4, 1, null, 1, false);
        assertThat(error(check(ah, V2))).isEqualTo(ReceiveError.AH_PRESENCE_MISMATCH);
        assertThat(error(check(packet(v2(100, V2Auth.NONE)), V2.withAuth(V2Auth.ah("secret")))))
                .isEqualTo(ReceiveError.AH_PRESENCE_MISMATCH);
        assertThat(ReceiveError.AH_PRESENCE_MISMATCH.authError()).isEqualTo(AuthErrorType.AUTH_TYPE_MISMATCH);
    }

    @Test
    void packetLength() {
        // count says 2 addresses but only one is there (IP total length consistent with the bytes)
        byte[] p = packet(v2(100, V2Auth.NONE));
        p[20 + 3] = 2;
        ReceiveVerdict v = check(p, V2);
        assertThat(error(v)).isEqualTo(ReceiveError.PACKET_LENGTH);
        assertThat(((Rejected) v).detail()).contains("40 bytes").contains("44");
    }

    @Test
    void ttlOfARoutedPacket() {
        ReceiveVerdict v = check(withTtl(packet(v2(100, V2Auth.NONE)), 254), V2);
        assertThat(error(v)).isEqualTo(ReceiveError.TTL);
        assertThat(((Rejected) v).detail()).isEqualTo("TTL 254 is not 255");
        assertThat(ReceiveError.TTL.protoError()).isEqualTo(ProtoErrorReason.IP_TTL_ERROR);
        assertThat(ReceiveError.TTL.counter().v2Name()).isEqualTo("vrrpStatsIpTtlErrors");
        assertThat(ReceiveError.TTL.counter().v3Name()).isEqualTo("vrrpv3StatisticsIpTtlErrors");
    }

    @Test
    void versionOfAPeerRunningV3() {
        ReceiveVerdict v = check(packet(v3(100)), V2);
        assertThat(error(v)).isEqualTo(ReceiveError.VERSION);
        assertThat(((Rejected) v).detail()).isEqualTo("version 3 differs from the configured 2");
        assertThat(ReceiveError.VERSION.counter().routerWide()).isTrue();
        assertThat(ReceiveError.VERSION.protoError().value()).isEqualTo(2);
        assertThat(error(check(packet(v2(100, V2Auth.NONE)), V3))).isEqualTo(ReceiveError.VERSION);
    }

    @Test
    void invalidAuthType() {
        byte[] p = packet(v2(100, V2Auth.NONE));
        p[20 + 4] = 3;
        assertThat(error(check(resealVrrp(p, 20, null), V2))).isEqualTo(ReceiveError.INVALID_AUTH_TYPE);
        assertThat(ReceiveError.INVALID_AUTH_TYPE.authError().value()).isEqualTo(1);
    }

    @Test
    void authTypeMismatch() {
        assertThat(error(check(packet(v2(100, V2Auth.pass("secret"))), V2))).isEqualTo(ReceiveError.AUTH_TYPE_MISMATCH);
        assertThat(error(check(packet(v2(100, V2Auth.NONE)), V2.withAuth(V2Auth.pass("secret")))))
                .isEqualTo(ReceiveError.AUTH_TYPE_MISMATCH);
    }

    @Test
    void wrongPassword() {
        ReceiveVerdict v = check(packet(v2(100, V2Auth.pass("guess"))), V2.withAuth(V2Auth.pass("secret")));
        assertThat(error(v)).isEqualTo(ReceiveError.AUTH_FAILURE);
        assertThat(ReceiveError.AUTH_FAILURE.counter()).isEqualTo(StatsCounter.AUTH_FAILURES);
        assertThat(ReceiveError.AUTH_FAILURE.authError()).isEqualTo(AuthErrorType.AUTH_FAILURE);
    }

    @Test
    void ahFailures() {
        ReceiveExpectation e = V2.withAuth(V2Auth.ah("secret"));
        byte[] otherKey = AdvertisementPacket.ipv4(v2(100, V2Auth.ah("guess")), SRC4, GROUP4, 1, null, 1, false);
        assertThat(((Rejected) check(otherKey, e)).detail()).contains("ICV");

        byte[] replay = AdvertisementPacket.ipv4(v2(100, V2Auth.ah("secret")), SRC4, GROUP4, 1, null, 5, false);
        assertThat(error(check(replay, e.withAhSequenceFloor(5)))).isEqualTo(ReceiveError.AUTH_FAILURE);
        assertThat(((Rejected) check(replay, e.withAhSequenceFloor(5))).detail()).contains("sequence number 5");

        byte[] spi = replay.clone();
        spi[20 + 7] = 99; // SPI 192.168.200.99, re-signed: a sender that does not use its address
        AuthenticationHeader.sign(spi, 20, V2Auth.ah("secret").keyBytes(), false);
        assertThat(((Rejected) check(spi, e)).detail()).contains("SPI 192.168.200.99");

        byte[] ttl = withTtl(replay.clone(), 200); // multicast: TTL is in the ICV
        assertThat(error(check(ttl, e.withUnicastPeers(List.of(), false)))).isEqualTo(ReceiveError.AUTH_FAILURE);
    }

    @Test
    void ahProtectingAnotherProtocolIsIgnored() {
        ReceiveExpectation e = V2.withAuth(V2Auth.ah("secret"));
        byte[] p = AdvertisementPacket.ipv4(v2(100, V2Auth.ah("secret")), SRC4, GROUP4, 1, null, 1, false);
        p[20] = 6;
        AuthenticationHeader.sign(p, 20, V2Auth.ah("secret").keyBytes(), false);
        assertThat(error(check(p, e))).isEqualTo(ReceiveError.AH_NOT_VRRP);
    }

    @Test
    void v2IntervalMismatch() {
        Advertisement twoSeconds = new Advertisement(2, 51, 100, 200, List.of(VIP4), V2Auth.NONE);
        ReceiveVerdict v = check(packet(twoSeconds), V2);
        assertThat(error(v)).isEqualTo(ReceiveError.V2_INTERVAL_MISMATCH);
        assertThat(((Rejected) v).detail()).isEqualTo("advertisement interval 2 s differs from the configured 1 s");
    }

    @Test
    void invalidType() {
        byte[] p = packet(v2(100, V2Auth.NONE));
        p[20] = 0x22;
        assertThat(error(check(resealVrrp(p, 20, null), V2))).isEqualTo(ReceiveError.INVALID_TYPE);
    }

    @Test
    void v3ZeroCountAndZeroInterval() {
        ReceiveExpectation noVips = ReceiveExpectation.multicast(3, 51, IpAddress.Family.INET, 100, List.of());
        byte[] zeroCount = packet(new Advertisement(3, 51, 100, 100, List.of(), V2Auth.NONE));
        assertThat(error(check(zeroCount, noVips))).isEqualTo(ReceiveError.V3_ZERO_ADDRESS_COUNT);
        byte[] zeroInterval = packet(new Advertisement(3, 51, 100, 0, List.of(VIP4), V2Auth.NONE));
        assertThat(error(check(zeroInterval, V3))).isEqualTo(ReceiveError.V3_ZERO_INTERVAL);
    }

    @Test
    void addressCount() {
        Advertisement two = new Advertisement(2, 51, 100, 100, List.of(VIP4, ip("10.0.0.1")), V2Auth.NONE);
        ReceiveVerdict v = check(packet(two), V2);
        assertThat(error(v)).isEqualTo(ReceiveError.ADDRESS_COUNT);
        assertThat(((Rejected) v).detail()).isEqualTo("address count 2 differs from the 1 configured addresses");
    }

    @Test
    void ipTotalLength() {
        byte[] p = packet(v2(100, V2Auth.NONE));
        p[3] = 60;
        assertThat(error(check(resealIp(p), V2))).isEqualTo(ReceiveError.IP_TOTAL_LENGTH);
    }

    @Test
    void checksum() {
        byte[] p = packet(v2(100, V2Auth.NONE));
        p[20 + 2] = 101; // priority changed in transit
        ReceiveVerdict v = check(p, V2);
        assertThat(error(v)).isEqualTo(ReceiveError.CHECKSUM);
        assertThat(ReceiveError.CHECKSUM.counter().routerWide()).isTrue();
        assertThat(ReceiveError.CHECKSUM.protoError().value()).isEqualTo(3);
        byte[] q = packet(v3(100));
        q[20 + 2] = 101;
        assertThat(error(check(q, V3))).isEqualTo(ReceiveError.CHECKSUM);
    }

    @Test
    void ipv4MulticastUnicastMismatch() {
        byte[] unicast = AdvertisementPacket.ipv4(v2(100, V2Auth.NONE), SRC4, PEER, 1, null, 0, false);
        assertThat(error(check(unicast, V2))).isEqualTo(ReceiveError.MULTICAST_UNICAST_MISMATCH);
        ReceiveExpectation uni = V2.withUnicastPeers(List.of(UnicastPeer.of(SRC4)), false);
        assertThat(error(check(packet(v2(100, V2Auth.NONE)), uni))).isEqualTo(ReceiveError.MULTICAST_UNICAST_MISMATCH);
        assertThat(ReceiveError.MULTICAST_UNICAST_MISMATCH.counter()).isEqualTo(StatsCounter.ADDRESS_LIST_ERRORS);
    }

    @Test
    void addressList() {
        Advertisement other = new Advertisement(2, 51, 100, 100, List.of(ip("10.0.0.1")), V2Auth.NONE);
        ReceiveVerdict v = check(packet(other), V2);
        assertThat(error(v)).isEqualTo(ReceiveError.ADDRESS_LIST);
        assertThat(((Rejected) v).detail()).isEqualTo("configured address 192.168.200.1 is not in the advertisement");
        assertThat(ReceiveError.ADDRESS_LIST.countedAsReceived()).isTrue();
        Advertisement v6 = new Advertisement(3, 51, 100, 100, List.of(VIP6_LL, ip("2001:db8::2")), V2Auth.NONE);
        assertThat(error(check6(v6, GROUP6, 255, V3_6))).isEqualTo(ReceiveError.ADDRESS_LIST);
    }

    @Test
    void unicastSourceMustBeAPeer() {
        ReceiveExpectation e = V2.withUnicastPeers(List.of(UnicastPeer.of(ip("192.168.200.12"))), true);
        byte[] p = AdvertisementPacket.ipv4(v2(100, V2Auth.NONE), SRC4, PEER, 1, null, 0, true);
        assertThat(error(check(p, e))).isEqualTo(ReceiveError.UNICAST_SOURCE_NOT_PEER);
        // without check_unicast_src anyone may send
        assertThat(check(p, V2.withUnicastPeers(List.of(UnicastPeer.of(ip("192.168.200.12"))), false)))
                .isInstanceOf(Accepted.class);
    }

    @Test
    void unicastTtlOutsideThePeersRange() {
        ReceiveExpectation e = V2.withUnicastPeers(List.of(new UnicastPeer(SRC4, 250, 255)), true);
        byte[] p = withTtl(AdvertisementPacket.ipv4(v2(100, V2Auth.NONE), SRC4, PEER, 1, null, 0, true), 60);
        ReceiveVerdict v = check(p, e);
        assertThat(error(v)).isEqualTo(ReceiveError.UNICAST_TTL_OUT_OF_RANGE);
        assertThat(((Rejected) v).detail()).isEqualTo("TTL 60 is outside 250..255");
        assertThat(ReceiveError.UNICAST_TTL_OUT_OF_RANGE.counter()).isEqualTo(StatsCounter.IP_TTL_ERRORS);
    }

    /** One real packet per constant: a new constant without a case here fails this test. */
    @Test
    void everyErrorHasAPacketThatReachesIt() {
        java.util.Map<ReceiveError, java.util.function.Supplier<ReceiveVerdict>> cases =
                new java.util.EnumMap<>(ReceiveError.class);
        ReceiveExpectation ah = V2.withAuth(V2Auth.ah("secret"));
        byte[] ahPacket = AdvertisementPacket.ipv4(v2(100, V2Auth.ah("secret")), SRC4, GROUP4, 1, null, 1, false);
        cases.put(ReceiveError.TRUNCATED_HEADER, () -> check(new byte[24], V2));
        cases.put(ReceiveError.VRID, () -> check(packet(new Advertisement(2, 9, 100, 100, List.of(VIP4),
                V2Auth.NONE)), V2));
        cases.put(ReceiveError.IPV6_MULTICAST_UNICAST_MISMATCH, () -> check6(new Advertisement(3, 51, 100, 100,
                List.of(VIP6_LL, VIP6), V2Auth.NONE), ip("fe80::2"), 255, V3_6));
        cases.put(ReceiveError.AH_PRESENCE_MISMATCH, () -> check(ahPacket, V2));
        cases.put(ReceiveError.PACKET_LENGTH, () -> check(java.util.Arrays.copyOf(packet(v2(100, V2Auth.NONE)), 36),
                V2));
        cases.put(ReceiveError.TTL, () -> check(withTtl(packet(v2(100, V2Auth.NONE)), 254), V2));
        cases.put(ReceiveError.VERSION, () -> check(packet(v3(100)), V2));
        cases.put(ReceiveError.INVALID_AUTH_TYPE, () -> {
            byte[] p = packet(v2(100, V2Auth.NONE));
            p[24] = 7;
            return check(resealVrrp(p, 20, null), V2);
        });
        cases.put(ReceiveError.AUTH_TYPE_MISMATCH, () -> check(packet(v2(100, V2Auth.pass("x"))), V2));
        cases.put(ReceiveError.AUTH_FAILURE, () -> check(ahPacket, V2.withAuth(V2Auth.ah("other"))));
        cases.put(ReceiveError.AH_NOT_VRRP, () -> {
            byte[] p = ahPacket.clone();
            p[20] = 17;
            AuthenticationHeader.sign(p, 20, V2Auth.ah("secret").keyBytes(), false);
            return check(p, ah);
        });
        cases.put(ReceiveError.V2_INTERVAL_MISMATCH, () -> check(packet(new Advertisement(2, 51, 100, 500,
                List.of(VIP4), V2Auth.NONE)), V2));
        cases.put(ReceiveError.INVALID_TYPE, () -> {
            byte[] p = packet(v3(100));
            p[20] = 0x3f;
            return check(resealVrrp(p, 20, V3Checksum.PSEUDO_HEADER), V3);
        });
        cases.put(ReceiveError.V3_ZERO_ADDRESS_COUNT, () -> check(packet(new Advertisement(3, 51, 100, 100,
                List.of(), V2Auth.NONE)), V3));
        cases.put(ReceiveError.V3_ZERO_INTERVAL, () -> check(packet(new Advertisement(3, 51, 100, 0,
                List.of(VIP4), V2Auth.NONE)), V3));
        cases.put(ReceiveError.ADDRESS_COUNT, () -> check(packet(new Advertisement(3, 51, 100, 100,
                List.of(VIP4, PEER), V2Auth.NONE)), V3));
        cases.put(ReceiveError.IP_TOTAL_LENGTH, () -> {
            byte[] p = packet(v3(100));
            p[3] = 20;
            return check(resealIp(p), V3);
        });
        cases.put(ReceiveError.CHECKSUM, () -> {
            byte[] p = packet(v3(100));
            p[31] ^= 1;
            return check(p, V3);
        });
        cases.put(ReceiveError.MULTICAST_UNICAST_MISMATCH, () -> check(AdvertisementPacket.ipv4(v3(100), SRC4, PEER,
                1, V3Checksum.PSEUDO_HEADER, 0, false), V3));
        cases.put(ReceiveError.ADDRESS_LIST, () -> check(packet(new Advertisement(3, 51, 100, 100, List.of(PEER),
                V2Auth.NONE)), V3));
        cases.put(ReceiveError.UNICAST_SOURCE_NOT_PEER, () -> check(AdvertisementPacket.ipv4(v3(100), SRC4, PEER, 1,
                V3Checksum.PSEUDO_HEADER, 0, false), V3.withUnicastPeers(List.of(UnicastPeer.of(PEER)), true)));
        cases.put(ReceiveError.UNICAST_TTL_OUT_OF_RANGE, () -> check(withTtl(AdvertisementPacket.ipv4(v3(100), SRC4,
                PEER, 1, V3Checksum.PSEUDO_HEADER, 0, false), 1),
                V3.withUnicastPeers(List.of(new UnicastPeer(SRC4, 2, 255)), true)));

        assertThat(cases.keySet()).isEqualTo(EnumSet.allOf(ReceiveError.class));
        cases.forEach((expected, packet) -> assertThat(error(packet.get())).as(expected.name()).isEqualTo(expected));
    }

    // ---- keepalived's order: the earlier check wins ----

    @Test
    void lengthBeforeTtl() {
        byte[] p = packet(v2(100, V2Auth.NONE));
        p[20 + 3] = 2;
        assertThat(error(check(withTtl(p, 1), V2))).isEqualTo(ReceiveError.PACKET_LENGTH);
    }

    @Test
    void ttlBeforeVersion() {
        assertThat(error(check(withTtl(packet(v3(100)), 64), V2))).isEqualTo(ReceiveError.TTL);
    }

    @Test
    void versionBeforeChecksum() {
        byte[] p = packet(v3(100));
        p[20 + 6] ^= 0x55;
        assertThat(error(check(p, V2))).isEqualTo(ReceiveError.VERSION);
    }

    @Test
    void passwordBeforeIntervalAndAddresses() {
        Advertisement bad = new Advertisement(2, 51, 100, 300, List.of(ip("10.0.0.1")), V2Auth.pass("guess"));
        assertThat(error(check(packet(bad), V2.withAuth(V2Auth.pass("secret"))))).isEqualTo(ReceiveError.AUTH_FAILURE);
    }

    @Test
    void ahPresenceBeforeLength() {
        byte[] ah = AdvertisementPacket.ipv4(v2(100, V2Auth.ah("secret")), SRC4, GROUP4, 1, null, 1, false);
        ah[20 + 24 + 3] = 5;
        assertThat(error(check(ah, V2))).isEqualTo(ReceiveError.AH_PRESENCE_MISMATCH);
    }

    @Test
    void v2IntervalBeforeType() {
        byte[] p = packet(new Advertisement(2, 51, 100, 200, List.of(VIP4), V2Auth.NONE));
        p[20] = 0x22;
        assertThat(error(check(resealVrrp(p, 20, null), V2))).isEqualTo(ReceiveError.V2_INTERVAL_MISMATCH);
    }

    @Test
    void addressCountBeforeChecksum() {
        byte[] p = packet(new Advertisement(2, 51, 100, 100, List.of(VIP4, ip("10.0.0.1")), V2Auth.NONE));
        p[20 + 6] ^= 0x55;
        assertThat(error(check(p, V2))).isEqualTo(ReceiveError.ADDRESS_COUNT);
    }

    @Test
    void checksumBeforeCastAndAddressList() {
        byte[] p = AdvertisementPacket.ipv4(new Advertisement(2, 51, 100, 100, List.of(ip("10.0.0.1")),
                V2Auth.NONE), SRC4, PEER, 1, null, 0, false);
        p[20 + 6] ^= 0x55;
        assertThat(error(check(p, V2))).isEqualTo(ReceiveError.CHECKSUM);
    }

    @Test
    void castBeforeAddressList() {
        byte[] p = AdvertisementPacket.ipv4(new Advertisement(2, 51, 100, 100, List.of(ip("10.0.0.1")),
                V2Auth.NONE), SRC4, PEER, 1, null, 0, false);
        assertThat(error(check(p, V2))).isEqualTo(ReceiveError.MULTICAST_UNICAST_MISMATCH);
    }

    @Test
    void addressListBeforeUnicastSource() {
        ReceiveExpectation e = V2.withUnicastPeers(List.of(UnicastPeer.of(ip("192.168.200.12"))), true);
        byte[] p = AdvertisementPacket.ipv4(new Advertisement(2, 51, 100, 100, List.of(ip("10.0.0.1")),
                V2Auth.NONE), SRC4, PEER, 1, null, 0, true);
        assertThat(error(check(p, e))).isEqualTo(ReceiveError.ADDRESS_LIST);
    }

    @Test
    void aPacketOfTheOtherFamilyIsAWiringBug() {
        assertThatThrownBy(() -> check(packet(v3(100)), V3_6)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void expectationsKeepalivedCannotHaveAreRefused() {
        assertThatThrownBy(() -> ReceiveExpectation.multicast(2, 51, IpAddress.Family.INET6, 100, List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("IPv4 only");
        assertThatThrownBy(() -> V3.withAuth(V2Auth.pass("x")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no authentication");
    }

    @Test
    void checksumFormsDefaultToBoth() {
        assertThat(V3.acceptedV3Checksums()).isEqualTo(Set.of(V3Checksum.PSEUDO_HEADER, V3Checksum.MESSAGE_ONLY));
    }
}
