package org.keepalived4j.linux;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.keepalived4j.config.IpAddress;
import org.keepalived4j.testing.LanHost;
import org.keepalived4j.testing.NetnsLanExtension;
import org.keepalived4j.testing.Privileged;

/**
 * The raw VRRP sockets and the AF_PACKET socket between two hosts of a namespace LAN. The JVM stays in the root
 * namespace; each host's sockets are opened on a {@link NetworkNamespaceThread} that entered the host's namespace.
 */
@Privileged
class LinuxSocketsIT {

    private static final Duration WAIT = Duration.ofSeconds(5);
    private static final IpAddress VRRP_GROUP4 = ip("224.0.0.18");
    private static final IpAddress VRRP_GROUP6 = ip("ff02::12");

    @RegisterExtension
    final NetnsLanExtension lan = NetnsLanExtension.withHosts(2);

    private NetworkNamespaceThread h1;
    private NetworkNamespaceThread h2;

    private static IpAddress ip(String text) {
        return IpAddress.parse(text).orElseThrow();
    }

    private void enterHosts() throws Exception {
        h1 = NetworkNamespaceThread.enter(lan.host(1).name());
        h2 = NetworkNamespaceThread.enter(lan.host(2).name());
    }

    @AfterEach
    void leave() {
        if (h1 != null) {
            h1.close();
        }
        if (h2 != null) {
            h2.close();
        }
    }

    @Test
    void ipv4AdvertToTheVrrpGroupArrivesWithTtl255AndTheSendersSource() throws Exception {
        enterHosts();
        try (VrrpSocket sender = h1.call(() -> VrrpSocket.openIpv4("eth0", VrrpSocket.PROTOCOL_VRRP));
             VrrpSocket receiver = h2.call(() -> VrrpSocket.openIpv4("eth0", VrrpSocket.PROTOCOL_VRRP))) {
            receiver.joinGroup(VRRP_GROUP4);
            byte[] packet = ipv4Packet(ip(lan.host(1).ipv4()), VRRP_GROUP4, vrrpV2Advert(51, 100, ip("192.0.2.100")));

            sender.send(packet, VRRP_GROUP4);
            ReceivedPacket received = receiver.receive(WAIT).orElseThrow();

            assertThat(received.source()).isEqualTo(ip(lan.host(1).ipv4()));
            assertThat(received.destination()).isEqualTo(VRRP_GROUP4);
            assertThat(received.ttl()).isEqualTo(255);
            assertThat(received.interfaceIndex()).isEqualTo(receiver.interfaceIndex());
            byte[] bytes = received.bytes();
            assertThat(bytes[9]).as("protocol").isEqualTo((byte) 112);
            assertThat(ipChecksum(bytes, 0, 20)).as("the kernel filled in the header checksum").isZero();
            assertThat(java.util.Arrays.copyOfRange(bytes, 20, bytes.length))
                    .isEqualTo(vrrpV2Advert(51, 100, ip("192.0.2.100")));
        }
    }

    @Test
    void ipv4UnicastToThePeersAddressArrivesOnTheSameKindOfSocket() throws Exception {
        enterHosts();
        IpAddress peer = ip(lan.host(2).ipv4());
        try (VrrpSocket sender = h1.call(() -> VrrpSocket.openIpv4("eth0", VrrpSocket.PROTOCOL_VRRP));
             VrrpSocket receiver = h2.call(() -> VrrpSocket.openIpv4("eth0", VrrpSocket.PROTOCOL_VRRP))) {
            sender.send(ipv4Packet(ip(lan.host(1).ipv4()), peer, vrrpV2Advert(7, 200, ip("192.0.2.107"))), peer);

            ReceivedPacket received = receiver.receive(WAIT).orElseThrow();

            assertThat(received.destination()).isEqualTo(peer);
            assertThat(received.source()).isEqualTo(ip(lan.host(1).ipv4()));
            assertThat(received.ttl()).isEqualTo(255);
        }
    }

    @Test
    void ipv6AdvertToFf02_12ArrivesWithHopLimit255AndAKernelChecksum() throws Exception {
        enterHosts();
        try (VrrpSocket sender = h1.call(() -> VrrpSocket.openIpv6("eth0"));
             VrrpSocket receiver = h2.call(() -> VrrpSocket.openIpv6("eth0"));
             Rtnetlink h1Netlink = h1.call(Rtnetlink::open)) {
            receiver.joinGroup(VRRP_GROUP6);
            byte[] advert = vrrpV3Advert(51, 100, ip("2001:db8::100"));

            sender.send(advert, VRRP_GROUP6);
            ReceivedPacket received = receiver.receive(WAIT).orElseThrow();

            IpAddress h1LinkLocal = h1Netlink.addresses(IpAddress.Family.INET6).stream()
                    .filter(a -> a.address().isLinkLocal()).map(InterfaceAddress::address).findFirst().orElseThrow();
            assertThat(received.source()).as("the kernel picks the link-local source").isEqualTo(h1LinkLocal);
            assertThat(received.destination()).isEqualTo(VRRP_GROUP6);
            assertThat(received.ttl()).isEqualTo(255);
            assertThat(received.interfaceIndex()).isEqualTo(receiver.interfaceIndex());
            byte[] payload = received.bytes();
            assertThat(payload).hasSize(advert.length);
            assertThat(payload[6] | payload[7]).as("checksum filled in by the sender's kernel").isNotZero();
            assertThat(ipv6PseudoChecksum(received.source(), received.destination(), payload))
                    .as("and valid over the pseudo-header").isZero();
        }
    }

    @Test
    void ipv6SendFromAChosenSourceAddress() throws Exception {
        enterHosts();
        IpAddress source = ip(lan.host(1).ipv6());
        try (VrrpSocket sender = h1.call(() -> VrrpSocket.openIpv6("eth0"));
             VrrpSocket receiver = h2.call(() -> VrrpSocket.openIpv6("eth0"))) {
            receiver.joinGroup(VRRP_GROUP6);

            sender.send(vrrpV3Advert(9, 100, ip("2001:db8::109")), VRRP_GROUP6, source);

            assertThat(receiver.receive(WAIT).orElseThrow().source()).isEqualTo(source);
        }
    }

    @Test
    void aBurstLongerThanOneBatchIsTakenWholeInOrderThenTheSocketIsEmpty() throws Exception {
        enterHosts();
        int burst = VrrpSocket.BATCH + VrrpSocket.BATCH / 2;
        try (VrrpSocket sender = h1.call(() -> VrrpSocket.openIpv4("eth0", VrrpSocket.PROTOCOL_VRRP));
             VrrpSocket receiver = h2.call(() -> VrrpSocket.openIpv4("eth0", VrrpSocket.PROTOCOL_VRRP))) {
            receiver.joinGroup(VRRP_GROUP4);
            for (int vrid = 1; vrid <= burst; vrid++) {
                sender.send(ipv4Packet(ip(lan.host(1).ipv4()), VRRP_GROUP4, vrrpV2Advert(vrid, 100, ip("192.0.2.100"))),
                        VRRP_GROUP4);
            }
            ReceivedPacket first = receiver.receive(WAIT).orElseThrow();
            assertThat(first.bytes()[21]).as("VRID of the first").isEqualTo((byte) 1);
            // the rest of the burst is on the LAN by now, or soon: take it as the VRRP loop does, without waiting
            for (int vrid = 2; vrid <= burst; vrid++) {
                Optional<ReceivedPacket> next = receiver.receiveNow();
                for (long end = System.nanoTime() + WAIT.toNanos(); next.isEmpty() && System.nanoTime() < end; ) {
                    Thread.sleep(1);
                    next = receiver.receiveNow();
                }
                ReceivedPacket p = next.orElseThrow();
                assertThat(p.bytes()[21]).as("VRID of packet %d", vrid).isEqualTo((byte) vrid);
                assertThat(p.source()).isEqualTo(ip(lan.host(1).ipv4()));
                assertThat(p.ttl()).isEqualTo(255);
            }
            assertThat(receiver.holdsReceived()).isFalse();
            assertThat(receiver.receiveNow()).isEmpty();
        }
    }

    @Test
    void closeReleasesABlockedReceiveAtOnce() throws Exception {
        enterHosts();
        VrrpSocket receiver = h2.call(() -> VrrpSocket.openIpv4("eth0", VrrpSocket.PROTOCOL_VRRP));
        CompletableFuture<Optional<ReceivedPacket>> blocked = CompletableFuture.supplyAsync(() -> {
            try {
                return receiver.receive();
            } catch (SyscallException e) {
                throw new IllegalStateException(e);
            }
        });
        Thread.sleep(200);
        assertThat(blocked).isNotDone();

        long start = System.nanoTime();
        receiver.close();

        assertThat(blocked.get(2, TimeUnit.SECONDS)).isEmpty();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));
        assertThat(receiver.isOpen()).isFalse();
        assertThatThrownBy(() -> receiver.send(new byte[20], VRRP_GROUP4)).isInstanceOf(SyscallException.class)
                .hasMessageContaining("Bad file descriptor");
    }

    @Test
    void receiveTimesOutEmptyWhenNothingComes() throws Exception {
        enterHosts();
        try (VrrpSocket receiver = h2.call(() -> VrrpSocket.openIpv4("eth0", VrrpSocket.PROTOCOL_AH))) {
            assertThat(receiver.receive(Duration.ofMillis(200))).isEmpty();
        }
    }

    @Test
    void aMissingInterfaceIsAnIoExceptionNamingItAndTheErrno() throws Exception {
        enterHosts();
        assertThatThrownBy(() -> h1.call(() -> VrrpSocket.openIpv4("nosuch0", VrrpSocket.PROTOCOL_VRRP)))
                .isInstanceOf(SyscallException.class)
                .hasMessage("ioctl(SIOCGIFINDEX) on nosuch0: No such device (errno 19)");
    }

    @Test
    void packetSocketFrameIsSeenByThePeer() throws Exception {
        enterHosts();
        LanHost host1 = lan.host(1);
        try (PacketSocket sender = h1.call(() -> PacketSocket.open("eth0"));
             PacketSocket listener = h2.call(() -> PacketSocket.listen("eth0", PacketSocket.ETH_P_ARP))) {
            byte[] frame = gratuitousArp(HexFormat.ofDelimiter(":").parseHex(host1.mac()), ip("192.0.2.100"));

            sender.send(frame);

            byte[] seen = listener.receive(WAIT).orElseThrow();
            assertThat(java.util.Arrays.copyOf(seen, frame.length)).isEqualTo(frame);
        }
    }

    // ----- packets built by hand (layouts from RFC 3768 section 5.1 and RFC 5798 section 5.1)

    static byte[] vrrpV2Advert(int vrid, int priority, IpAddress vip) {
        byte[] p = ByteBuffer.allocate(8 + 4 + 8).put((byte) 0x21).put((byte) vrid).put((byte) priority).put((byte) 1)
                .put((byte) 0).put((byte) 1).putShort((short) 0).put(vip.bytes()).put(new byte[8]).array();
        int sum = ipChecksum(p, 0, p.length);
        p[6] = (byte) (sum >> 8);
        p[7] = (byte) sum;
        return p;
    }

    static byte[] vrrpV3Advert(int vrid, int priority, IpAddress vip) {
        // checksum left 0: the kernel computes it (IPV6_CHECKSUM)
        return ByteBuffer.allocate(8 + 16).put((byte) 0x31).put((byte) vrid).put((byte) priority).put((byte) 1)
                .putShort((short) 100).putShort((short) 0).put(vip.bytes()).array();
    }

    static byte[] ipv4Packet(IpAddress source, IpAddress destination, byte[] payload) {
        // checksum, total length and identification are left to the kernel (IP_HDRINCL fills them in)
        return ByteBuffer.allocate(20 + payload.length).put((byte) 0x45).put((byte) 0xc0)
                .putShort((short) (20 + payload.length)).putInt(0).put((byte) 255).put((byte) 112).putShort((short) 0)
                .put(source.bytes()).put(destination.bytes()).put(payload).array();
    }

    static byte[] gratuitousArp(byte[] mac, IpAddress address) {
        byte[] broadcast = {-1, -1, -1, -1, -1, -1};
        return ByteBuffer.allocate(42).put(broadcast).put(mac).putShort((short) 0x0806)
                .putShort((short) 1).putShort((short) 0x0800).put((byte) 6).put((byte) 4).putShort((short) 1)
                .put(mac).put(address.bytes()).put(broadcast).put(address.bytes()).array();
    }

    static int ipChecksum(byte[] data, int offset, int length) {
        long sum = 0;
        for (int i = 0; i < length; i += 2) {
            int hi = data[offset + i] & 0xff;
            int lo = i + 1 < length ? data[offset + i + 1] & 0xff : 0;
            sum += (hi << 8) | lo;
        }
        while ((sum >> 16) != 0) {
            sum = (sum & 0xffff) + (sum >> 16);
        }
        return (int) (~sum & 0xffff);
    }

    static int ipv6PseudoChecksum(IpAddress source, IpAddress destination, byte[] payload) {
        byte[] pseudo = ByteBuffer.allocate(40 + payload.length).put(source.bytes()).put(destination.bytes())
                .putInt(payload.length).put(new byte[3]).put((byte) 112).put(payload).array();
        return ipChecksum(pseudo, 0, pseudo.length);
    }

}
