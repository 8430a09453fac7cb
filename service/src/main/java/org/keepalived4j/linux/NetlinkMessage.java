package org.keepalived4j.linux;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One netlink message: struct nlmsghdr (length, type, flags, sequence, port id; 16 bytes) and its payload.
 *
 * <p>Netlink headers and the rtnetlink structs and attributes behind them are in the host's byte order (the kernel
 * never swaps them); addresses inside attributes stay in network order. The golden tests were captured on a
 * little-endian x86-64 host. Messages in one buffer start at 4-byte boundaries (NLMSG_ALIGN).
 */
record NetlinkMessage(int type, int flags, int sequence, int portId, byte[] payload) {

    static final int HEADER = 16;

    static final int NLMSG_NOOP = 1;
    static final int NLMSG_ERROR = 2;
    static final int NLMSG_DONE = 3;
    static final int NLMSG_OVERRUN = 4;

    static final int NLM_F_REQUEST = 0x1;
    static final int NLM_F_MULTI = 0x2;
    static final int NLM_F_ACK = 0x4;
    static final int NLM_F_DUMP = 0x300;
    static final int NLM_F_REPLACE = 0x100;
    static final int NLM_F_EXCL = 0x200;
    static final int NLM_F_CREATE = 0x400;

    NetlinkMessage {
        payload = payload.clone();
    }

    @Override
    public byte[] payload() {
        return payload.clone();
    }

    ByteBuffer payloadBuffer() {
        return ByteBuffer.wrap(payload).order(ByteOrder.nativeOrder());
    }

    int length() {
        return HEADER + payload.length;
    }

    byte[] encode() {
        return ByteBuffer.allocate(align(length())).order(ByteOrder.nativeOrder())
                .putInt(length()).putShort((short) type).putShort((short) flags).putInt(sequence).putInt(portId)
                .put(payload).array();
    }

    /** Several messages in one buffer, as one sendmsg carries them to the kernel. */
    static byte[] encodeAll(List<NetlinkMessage> messages) {
        ByteBuffer buffer = ByteBuffer.allocate(messages.stream().mapToInt(m -> align(m.length())).sum());
        messages.forEach(m -> buffer.put(m.encode()));
        return buffer.array();
    }

    /** Every message in a buffer that recv returned; refuses lengths that do not fit instead of guessing. */
    static List<NetlinkMessage> parseAll(byte[] buffer, int length) throws NetlinkFormatException {
        ByteBuffer b = ByteBuffer.wrap(buffer, 0, length).order(ByteOrder.nativeOrder());
        List<NetlinkMessage> messages = new ArrayList<>();
        int offset = 0;
        while (length - offset >= HEADER) {
            int messageLength = b.getInt(offset);
            if (messageLength < HEADER || messageLength > length - offset) {
                throw new NetlinkFormatException("netlink message at offset " + offset + " claims " + messageLength
                        + " bytes; " + (length - offset) + " are left");
            }
            messages.add(new NetlinkMessage(Short.toUnsignedInt(b.getShort(offset + 4)),
                    Short.toUnsignedInt(b.getShort(offset + 6)), b.getInt(offset + 8), b.getInt(offset + 12),
                    Arrays.copyOfRange(buffer, offset + HEADER, offset + messageLength)));
            offset += align(messageLength);
        }
        if (offset < length && length - offset != 0) {
            throw new NetlinkFormatException((length - offset) + " bytes after the last netlink message");
        }
        return messages;
    }

    /** For NLMSG_ERROR: the errno (positive; 0 is an acknowledgement). */
    int errorCode() throws NetlinkFormatException {
        if (payload.length < 4) {
            throw new NetlinkFormatException("NLMSG_ERROR of " + payload.length + " bytes has no error code");
        }
        return -payloadBuffer().getInt(0);
    }

    static int align(int length) {
        return (length + 3) & ~3;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NetlinkMessage m && type == m.type && flags == m.flags && sequence == m.sequence
                && portId == m.portId && Arrays.equals(payload, m.payload);
    }

    @Override
    public int hashCode() {
        return ((type * 31 + flags) * 31 + sequence) * 31 + Arrays.hashCode(payload);
    }

    @Override
    public String toString() {
        return "NetlinkMessage[type " + type + ", flags 0x" + Integer.toHexString(flags) + ", seq " + sequence
                + ", port " + portId + ", " + payload.length + " bytes]";
    }
}
