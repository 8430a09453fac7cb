package org.keepalived4j.linux;

import com.sun.jna.Memory;
import com.sun.jna.Pointer;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * Room for the datagrams one recvmmsg(2) reads from a socket: a vector of struct mmsghdr, each message with its own
 * iovec, name (source address) and control area, and its own data buffer, in one native block that every read
 * reuses (LP64: mmsghdr is a 56-byte msghdr and the 4-byte msg_len, padded to 64; iovec 16; cmsghdr 16 with its data
 * 8-aligned).
 *
 * <p>One read takes a whole burst of adverts (a master sends those of all its instances at once): one system call
 * for the burst instead of one per datagram and one more to find the socket empty. The small areas lie together at
 * the start of the block and the data buffers after them, so a read touches only the pages that datagrams land in.
 * Fields are read and written through a {@link ByteBuffer} over the block, not through JNA's per-field native calls.
 */
final class ReceiveBatch {

    private static final int MMSGHDR = 64;
    private static final int IOVEC = 16;
    private static final int NAME = 128;
    private static final int CMSG_HEADER = 16;
    /** Offsets in struct msghdr; msg_len follows it in struct mmsghdr. */
    private static final int MSG_NAME = 0;
    private static final int MSG_NAMELEN = 8;
    private static final int MSG_IOV = 16;
    private static final int MSG_IOVLEN = 24;
    private static final int MSG_CONTROL = 32;
    private static final int MSG_CONTROLLEN = 40;
    private static final int MSG_FLAGS = 48;
    private static final int MSG_LEN = 56;

    private final Memory memory;
    private final ByteBuffer block;
    private final int capacity;
    private final int controlCapacity;
    private final int dataCapacity;
    /** Messages the last read filled in, whose headers the kernel rewrote. */
    private int received;

    /**
     * @param capacity        datagrams per read
     * @param dataCapacity    bytes per datagram; the kernel truncates a longer one
     * @param controlCapacity bytes of ancillary data per datagram
     */
    ReceiveBatch(int capacity, int dataCapacity, int controlCapacity) {
        LibC.requireLp64();
        this.capacity = capacity;
        this.controlCapacity = align8(controlCapacity);
        this.dataCapacity = dataCapacity;
        long size = (long) dataOffset(capacity);
        if (size > Integer.MAX_VALUE) {
            throw new IllegalArgumentException(capacity + " datagrams of " + dataCapacity + " bytes");
        }
        // not cleared: every field the kernel reads is written below, and data pages no datagram reached stay untouched
        memory = new Memory(size);
        block = memory.getByteBuffer(0, size).order(ByteOrder.nativeOrder());
        long base = Pointer.nativeValue(memory);
        for (int i = 0; i < capacity; i++) {
            int header = i * MMSGHDR;
            block.putLong(header + MSG_NAME, base + nameOffset(i));
            block.putLong(header + MSG_IOV, base + iovecOffset(i));
            block.putLong(header + MSG_IOVLEN, 1);
            block.putLong(header + MSG_CONTROL, base + controlOffset(i));
            block.putLong(iovecOffset(i), base + dataOffset(i));
            block.putLong(iovecOffset(i) + 8, dataCapacity);
        }
        received = capacity;
    }

    int capacity() {
        return capacity;
    }

    /** The vector for the next recvmmsg, with the lengths the last read overwrote set back to the full areas. */
    Pointer prepare() {
        for (int i = 0; i < received; i++) {
            int header = i * MMSGHDR;
            block.putInt(header + MSG_NAMELEN, NAME);
            block.putLong(header + MSG_CONTROLLEN, controlCapacity);
            block.putInt(header + MSG_FLAGS, 0);
            block.putInt(header + MSG_LEN, 0);
        }
        received = capacity;
        return memory;
    }

    /** What recvmmsg returned: how many messages it filled in (the headers to reset before the next read). */
    void received(int count) {
        received = Math.max(0, Math.min(count, capacity));
    }

    /** The data of message {@code i}, as many bytes as the kernel wrote. */
    byte[] data(int i) {
        byte[] data = new byte[(int) Math.min(Integer.toUnsignedLong(block.getInt(i * MMSGHDR + MSG_LEN)), dataCapacity)];
        block.get(dataOffset(i), data);
        return data;
    }

    /** The source address of message {@code i} (as many bytes as its msg_namelen says). */
    byte[] name(int i) {
        byte[] name = new byte[Math.max(0, Math.min(block.getInt(i * MMSGHDR + MSG_NAMELEN), NAME))];
        block.get(nameOffset(i), name);
        return name;
    }

    /** The msg_flags of message {@code i} (MSG_TRUNC: it was longer than the buffer). */
    int flags(int i) {
        return block.getInt(i * MMSGHDR + MSG_FLAGS);
    }

    /**
     * Where the data of the first control message of message {@code i} with this level and type and at least
     * {@code minLength} bytes starts in the block, -1 if there is none; read it with {@link #intAt} and
     * {@link #bytesAt}. It copies nothing, for a question asked per datagram.
     */
    int controlData(int i, int level, int type, int minLength) {
        long length = Math.min(block.getLong(i * MMSGHDR + MSG_CONTROLLEN), controlCapacity);
        int start = controlOffset(i);
        long offset = 0;
        while (offset + CMSG_HEADER <= length) {
            int at = start + (int) offset;
            long cmsgLength = block.getLong(at);
            if (cmsgLength < CMSG_HEADER || offset + cmsgLength > length) {
                break;
            }
            if (block.getInt(at + 8) == level && block.getInt(at + 12) == type && cmsgLength - CMSG_HEADER >= minLength) {
                return at + CMSG_HEADER;
            }
            offset += align8((int) cmsgLength);
        }
        return -1;
    }

    int intAt(int offset) {
        return block.getInt(offset);
    }

    byte[] bytesAt(int offset, int length) {
        byte[] bytes = new byte[length];
        block.get(offset, bytes);
        return bytes;
    }

    private int iovecOffset(int i) {
        return capacity * MMSGHDR + i * (IOVEC + NAME + controlCapacity);
    }

    private int nameOffset(int i) {
        return iovecOffset(i) + IOVEC;
    }

    private int controlOffset(int i) {
        return nameOffset(i) + NAME;
    }

    private int dataOffset(int i) {
        // the data buffers start on a page of their own, after every message's small areas
        int smallAreas = capacity * (MMSGHDR + IOVEC + NAME + controlCapacity);
        return (smallAreas + 4095 & ~4095) + i * (dataCapacity + 7 & ~7);
    }

    private static int align8(int n) {
        return (n + 7) & ~7;
    }
}
