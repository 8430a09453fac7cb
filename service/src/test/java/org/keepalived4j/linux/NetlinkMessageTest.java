package org.keepalived4j.linux;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.keepalived4j.config.IpAddress;
import org.keepalived4j.testing.PropertyCheck;

/** Netlink framing, acks and dumps over captured kernel bytes (see resources/org/keepalived4j/linux/README.md). */
class NetlinkMessageTest {

    private static final byte[] ADDRESS = Golden.bytes("rtm-newaddr-ipv4-label-lifetime.hex");
    private static final byte[] DONE = Golden.bytes("nlmsg-done.hex");
    private static final byte[] ERROR = Golden.bytes("nlmsg-error-enodev.hex");
    private static final byte[] LINK = Golden.bytes("rtm-newlink-veth.hex");

    private static byte[] concat(byte[]... parts) {
        int length = 0;
        for (byte[] p : parts) {
            length += p.length;
        }
        byte[] all = new byte[length];
        int at = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, all, at, p.length);
            at += p.length;
        }
        return all;
    }

    @Test
    void severalMessagesInOneDatagramAreSplitAtTheirAlignedLengths() throws Exception {
        byte[] datagram = concat(ADDRESS, DONE);

        List<NetlinkMessage> messages = NetlinkMessage.parseAll(datagram, datagram.length);

        assertThat(messages).extracting(NetlinkMessage::type).containsExactly(20, NetlinkMessage.NLMSG_DONE);
        assertThat(messages).extracting(NetlinkMessage::sequence).containsOnly(0x6b024e1e);
        assertThat(messages.get(0).payload()).hasSize(84 - 16);
    }

    @Test
    void encodingIsTheInverseOfParsing() throws Exception {
        List<NetlinkMessage> messages = NetlinkMessage.parseAll(concat(ADDRESS, LINK, DONE), ADDRESS.length + LINK.length + DONE.length);

        assertThat(NetlinkMessage.encodeAll(messages)).isEqualTo(concat(ADDRESS, LINK, DONE));
    }

    @Test
    void oddLengthMessagesArePaddedToFourBytes() throws Exception {
        NetlinkMessage odd = new NetlinkMessage(99, 0, 1, 0, new byte[] {1, 2, 3});

        byte[] encoded = NetlinkMessage.encodeAll(List.of(odd, odd));

        assertThat(encoded).hasSize(40);
        assertThat(encoded[0]).as("nlmsg_len excludes the padding").isEqualTo((byte) 19);
        assertThat(NetlinkMessage.parseAll(encoded, encoded.length)).containsExactly(odd, odd);
    }

    @Test
    void errorMessageCarriesThePositiveErrno() throws Exception {
        NetlinkMessage error = NetlinkMessage.parseAll(ERROR, ERROR.length).get(0);

        assertThat(error.type()).isEqualTo(NetlinkMessage.NLMSG_ERROR);
        assertThat(error.errorCode()).isEqualTo(Errno.ENODEV);
    }

    @Test
    void acknowledgementsAreMatchedToRequestsBySequenceNumber() throws Exception {
        InterfaceAddress a = InterfaceAddress.of(IpAddress.parse("192.0.2.201").orElseThrow(), 32, 3);
        InterfaceAddress b = InterfaceAddress.of(IpAddress.parse("192.0.2.202").orElseThrow(), 32, 3);
        List<AddressRequest> requests = List.of(AddressRequest.replace(a, "eth0"), AddressRequest.add(b, "eth0"));
        Acknowledgements acks = new Acknowledgements(requests, 100);

        assertThat(acks.messages()).extracting(NetlinkMessage::sequence).containsExactly(100, 101);
        acks.accept(ack(101, -Errno.EEXIST));
        acks.accept(ack(7, 0)); // an answer to some earlier batch
        assertThat(acks.complete()).isFalse();
        acks.accept(ack(100, 0));

        assertThat(acks.complete()).isTrue();
        assertThat(acks.outcomes()).extracting(RequestOutcome::errno).containsExactly(0, Errno.EEXIST);
        assertThat(acks.outcomes().get(1).message()).isEqualTo("RTM_NEWADDR 192.0.2.202/32 dev eth0: File exists");
    }

    @Test
    void dumpCollectsUntilDone() throws Exception {
        DumpReply reply = new DumpReply("RTM_GETADDR", 0x6b024e1e);

        for (NetlinkMessage m : NetlinkMessage.parseAll(concat(ADDRESS, DONE), ADDRESS.length + DONE.length)) {
            reply.accept(m);
        }

        assertThat(reply.complete()).isTrue();
        assertThat(reply.messages()).hasSize(1);
    }

    @Test
    void dumpAnsweredWithAnErrorNamesTheRequest() throws Exception {
        DumpReply reply = new DumpReply("RTM_GETLINK", 0);
        NetlinkMessage error = NetlinkMessage.parseAll(ERROR, ERROR.length).get(0);

        assertThatThrownBy(() -> reply.accept(error)).isInstanceOf(SyscallException.class)
                .hasMessage("RTM_GETLINK: No such device (errno 19)");
    }

    @Test
    void eventsDecodeFromCapturedMessages() throws Exception {
        List<RtnetlinkEvent> events = RtnetlinkEvents.decode(
                NetlinkMessage.parseAll(concat(LINK, ADDRESS, DONE), LINK.length + ADDRESS.length + DONE.length));

        assertThat(events).hasSize(2);
        assertThat(events.get(0)).isInstanceOfSatisfying(RtnetlinkEvent.LinkChanged.class, e -> {
            assertThat(e.link().name()).isEqualTo("eth0");
            assertThat(e.removed()).isFalse();
        });
        assertThat(events.get(1)).isInstanceOfSatisfying(RtnetlinkEvent.AddressChanged.class,
                e -> assertThat(e.address().label()).isEqualTo(Optional.of("eth0:vip")));
    }

    @Test
    void truncatedOrOverlongFramesAreFormatErrors() {
        assertThatThrownBy(() -> NetlinkMessage.parseAll(ADDRESS, 80)).isInstanceOf(NetlinkFormatException.class)
                .hasMessageContaining("claims 84 bytes");
        byte[] tooShort = ADDRESS.clone();
        tooShort[0] = 8;
        assertThatThrownBy(() -> NetlinkMessage.parseAll(tooShort, tooShort.length))
                .isInstanceOf(NetlinkFormatException.class);
        assertThatThrownBy(() -> NetlinkMessage.parseAll(concat(DONE, new byte[] {1, 2, 3}), DONE.length + 3))
                .isInstanceOf(NetlinkFormatException.class).hasMessageContaining("3 bytes after");
        assertThatThrownBy(() -> new NetlinkMessage(2, 0, 0, 0, new byte[2]).errorCode())
                .isInstanceOf(NetlinkFormatException.class);
    }

    /** Whatever the kernel (or a bug) sends, decoding ends in a value or a NetlinkFormatException, never anything else. */
    @Test
    void corruptedRepliesNeverEscapeAsRuntimeExceptions() {
        byte[] datagram = concat(LINK, ADDRESS, DONE);
        PropertyCheck.forAll("corrupted netlink datagram", 2000, r -> {
            byte[] copy = datagram.clone();
            int flips = 1 + r.nextInt(6);
            for (int i = 0; i < flips; i++) {
                copy[r.nextInt(copy.length)] = (byte) r.nextInt(256);
            }
            return new Object[] {copy, r.nextInt(copy.length + 1)};
        }, input -> {
            byte[] bytes = (byte[]) input[0];
            int length = (int) input[1];
            try {
                List<NetlinkMessage> messages = NetlinkMessage.parseAll(bytes, length);
                new ArrayList<>(RtnetlinkEvents.decode(messages));
            } catch (NetlinkFormatException expected) {
                // the one way to refuse
            }
        });
    }

    private static NetlinkMessage ack(int sequence, int error) {
        return new NetlinkMessage(NetlinkMessage.NLMSG_ERROR, 0x100, sequence, 0,
                java.nio.ByteBuffer.allocate(20).order(java.nio.ByteOrder.nativeOrder()).putInt(error).array());
    }
}
