package org.keepalived4j.linux;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Link messages: the captured RTM_NEWLINK of a veth (see resources/org/keepalived4j/linux/README.md). */
class LinkTest {

    @Test
    void capturedVethParses() throws Exception {
        byte[] bytes = Golden.bytes("rtm-newlink-veth.hex");
        NetlinkMessage message = NetlinkMessage.parseAll(bytes, bytes.length).get(0);

        Link link = Link.decode(message.payload());

        assertThat(message.type()).isEqualTo(Link.RTM_NEWLINK);
        assertThat(link.index()).isEqualTo(3);
        assertThat(link.name()).isEqualTo("eth0");
        assertThat(link.mac()).isEqualTo("02:00:00:00:01:00");
        assertThat(link.hardwareAddress()).containsExactly(2, 0, 0, 0, 1, 0);
        assertThat(link.mtu()).isEqualTo(1500);
        assertThat(link.kind()).isEqualTo(Optional.of("veth"));
        assertThat(link.master()).isZero();
        // up, but its peer eth1 is down: no carrier
        assertThat(link.isUp()).isTrue();
        assertThat(link.hasCarrier()).isFalse();
        assertThat(link.isRunning()).isFalse();
        assertThat(link.operState()).isEqualTo(Link.OperState.LOWERLAYERDOWN);
    }

    @Test
    void minimalLinkMessageParsesWithDefaults() throws Exception {
        byte[] payload = new AttributeWriter()
                .struct(Golden.hex("00 00 0100 07000000 41000100 00000000"))
                .string(3, "eth7").u8(16, 6).toBytes();

        Link link = Link.decode(payload);

        assertThat(link.index()).isEqualTo(7);
        assertThat(link.isUp()).isTrue();
        assertThat(link.isRunning()).isTrue();
        assertThat(link.hasCarrier()).isTrue();
        assertThat(link.operState()).isEqualTo(Link.OperState.UP);
        assertThat(link.mac()).isEmpty();
        assertThat(link.kind()).isEmpty();
    }

    @Test
    void linkWithoutANameOrCutShortIsMalformed() {
        assertThatThrownBy(() -> Link.decode(new byte[12])).isInstanceOf(NetlinkFormatException.class);
        assertThatThrownBy(() -> Link.decode(new byte[16])).isInstanceOf(NetlinkFormatException.class)
                .hasMessageContaining("IFLA_IFNAME");
        byte[] badNested = new AttributeWriter().struct(new byte[16]).string(3, "x")
                .bytes(18, Golden.hex("0900 0100 7665")).toBytes();
        assertThatThrownBy(() -> Link.decode(badNested)).isInstanceOf(NetlinkFormatException.class)
                .hasMessageContaining("IFLA_LINKINFO");
    }
}
