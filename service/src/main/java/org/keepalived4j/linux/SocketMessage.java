package org.keepalived4j.linux;

import com.sun.jna.Memory;
import com.sun.jna.Pointer;
import java.util.List;

/**
 * A struct msghdr with one iovec, a name and a control area, laid out in one native block for sendmsg/recvmsg
 * (LP64: msghdr is 56 bytes, iovec 16, cmsghdr 16 with its data 8-aligned).
 */
final class SocketMessage {

    /** One ancillary datum (struct cmsghdr + data). */
    record ControlMessage(int level, int type, byte[] data) {
    }

    private static final int MSGHDR = 56;
    private static final int IOVEC = 16;
    private static final int NAME = 128;
    private static final int CMSG_HEADER = 16;

    private final Memory memory;
    private final int controlCapacity;
    private final int dataCapacity;

    private SocketMessage(int controlCapacity, int dataCapacity) {
        this.controlCapacity = align8(controlCapacity);
        this.dataCapacity = dataCapacity;
        this.memory = new Memory(MSGHDR + IOVEC + NAME + this.controlCapacity + Math.max(1, dataCapacity));
        memory.clear();
    }

    static SocketMessage forReceive(int dataCapacity, int controlCapacity) {
        return new SocketMessage(controlCapacity, dataCapacity);
    }

    /** A message to send: data, an optional destination (sockaddr bytes or null) and control messages. */
    static SocketMessage forSend(byte[] data, byte[] name, List<ControlMessage> control) {
        int controlLength = control.stream().mapToInt(c -> align8(CMSG_HEADER + c.data().length)).sum();
        SocketMessage message = new SocketMessage(controlLength, data.length);
        message.memory.write(message.dataOffset(), data, 0, data.length);
        int offset = message.controlOffset();
        for (ControlMessage c : control) {
            message.memory.setLong(offset, CMSG_HEADER + c.data().length);
            message.memory.setInt(offset + 8, c.level());
            message.memory.setInt(offset + 12, c.type());
            message.memory.write(offset + CMSG_HEADER, c.data(), 0, c.data().length);
            offset += align8(CMSG_HEADER + c.data().length);
        }
        if (name != null) {
            message.memory.write(message.nameOffset(), name, 0, name.length);
        }
        message.prepare(data.length, name == null ? 0 : name.length, controlLength);
        return message;
    }

    /** Resets the header for the next recvmsg into this block. */
    Pointer prepareReceive() {
        prepare(dataCapacity, NAME, controlCapacity);
        return memory;
    }

    Pointer pointer() {
        return memory;
    }

    private void prepare(int dataLength, int nameLength, int controlLength) {
        memory.setPointer(0, nameLength == 0 ? null : memory.share(nameOffset()));
        memory.setInt(8, nameLength);
        memory.setPointer(16, memory.share(MSGHDR));
        memory.setLong(24, 1);
        memory.setPointer(32, controlLength == 0 ? null : memory.share(controlOffset()));
        memory.setLong(40, controlLength);
        memory.setInt(48, 0);
        memory.setPointer(MSGHDR, memory.share(dataOffset()));
        memory.setLong(MSGHDR + 8, dataLength);
    }

    byte[] data(int length) {
        return memory.getByteArray(dataOffset(), Math.min(length, dataCapacity));
    }

    /** The source address recvmsg wrote (as many bytes as msg_namelen says). */
    byte[] name() {
        return memory.getByteArray(nameOffset(), Math.min(memory.getInt(8), NAME));
    }

    int flags() {
        return memory.getInt(48);
    }

    /**
     * Where the data of the first control message of this level and type with at least {@code minLength} bytes
     * starts in the block, -1 if there is none; read it with {@link #intAt} and {@link #bytesAt}. It copies
     * nothing, for a question asked per packet.
     */
    int controlData(int level, int type, int minLength) {
        long length = Math.min(memory.getLong(40), controlCapacity);
        long offset = 0;
        while (offset + CMSG_HEADER <= length) {
            long base = controlOffset() + offset;
            long cmsgLength = memory.getLong(base);
            if (cmsgLength < CMSG_HEADER || offset + cmsgLength > length) {
                break;
            }
            if (memory.getInt(base + 8) == level && memory.getInt(base + 12) == type
                    && cmsgLength - CMSG_HEADER >= minLength) {
                return (int) base + CMSG_HEADER;
            }
            offset += align8((int) cmsgLength);
        }
        return -1;
    }

    int intAt(int offset) {
        return memory.getInt(offset);
    }

    byte[] bytesAt(int offset, int length) {
        return memory.getByteArray(offset, length);
    }

    private int nameOffset() {
        return MSGHDR + IOVEC;
    }

    private int controlOffset() {
        return nameOffset() + NAME;
    }

    private int dataOffset() {
        return controlOffset() + controlCapacity;
    }

    private static int align8(int n) {
        return (n + 7) & ~7;
    }
}
