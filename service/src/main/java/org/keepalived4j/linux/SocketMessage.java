package org.keepalived4j.linux;

import com.sun.jna.Memory;
import com.sun.jna.Pointer;
import java.util.List;

/**
 * A struct msghdr with one iovec, a name and a control area, laid out in one native block for sendmsg
 * (LP64: msghdr is 56 bytes, iovec 16, cmsghdr 16 with its data 8-aligned). Received datagrams come through a
 * {@link ReceiveBatch}.
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

    private SocketMessage(int controlCapacity, int dataCapacity) {
        this.controlCapacity = align8(controlCapacity);
        this.memory = new Memory(MSGHDR + IOVEC + NAME + this.controlCapacity + Math.max(1, dataCapacity));
        memory.clear();
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
