package org.keepalived4j.linux;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * Builds a netlink payload: a fixed struct then attributes (struct nlattr: length, type, value), each padded to
 * 4 bytes (NLA_ALIGN). The attribute length counts the header and the value, not the padding; the message length
 * counts the padding, as iproute2's addattr does.
 */
final class AttributeWriter {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    AttributeWriter struct(byte[] fixed) {
        out.writeBytes(fixed);
        pad();
        return this;
    }

    AttributeWriter bytes(int type, byte[] value) {
        int length = 4 + value.length;
        out.writeBytes(ByteBuffer.allocate(4).order(ByteOrder.nativeOrder()).putShort((short) length)
                .putShort((short) type).array());
        out.writeBytes(value);
        pad();
        return this;
    }

    AttributeWriter u8(int type, int value) {
        return bytes(type, new byte[] {(byte) value});
    }

    AttributeWriter u32(int type, int value) {
        return bytes(type, ByteBuffer.allocate(4).order(ByteOrder.nativeOrder()).putInt(value).array());
    }

    /** A NUL-terminated string, as the kernel expects for names and labels. */
    AttributeWriter string(int type, String value) {
        byte[] text = value.getBytes(StandardCharsets.UTF_8);
        byte[] withNul = new byte[text.length + 1];
        System.arraycopy(text, 0, withNul, 0, text.length);
        return bytes(type, withNul);
    }

    private void pad() {
        while (out.size() % 4 != 0) {
            out.write(0);
        }
    }

    byte[] toBytes() {
        return out.toByteArray();
    }
}
