package org.keepalived4j.linux;

import com.sun.jna.LastErrorException;
import com.sun.jna.Native;
import com.sun.jna.Platform;
import com.sun.jna.Pointer;

/**
 * The libc calls the JDK does not offer (raw IP, AF_PACKET and AF_NETLINK sockets, poll/ppoll, eventfd, setns), bound
 * with JNA direct mapping: no proxy, no per-call reflection. Every call declares {@link LastErrorException}, which JNA
 * throws when errno is set after the call; {@link SyscallException#of} turns it into an IOException with context.
 *
 * <p>Structs are packed by hand into byte arrays or {@link com.sun.jna.Memory} with the x86-64/aarch64 LP64 layout
 * (pointers and size_t 8 bytes, little-endian on the machines we build for); {@link #requireLp64()} refuses anything
 * else instead of corrupting memory.
 */
final class LibC {

    static final int AF_INET = 2;
    static final int AF_INET6 = 10;
    static final int AF_NETLINK = 16;
    static final int AF_PACKET = 17;

    static final int SOCK_RAW = 3;
    static final int SOCK_CLOEXEC = 0x80000;

    static final int SOL_SOCKET = 1;
    static final int SO_RCVBUF = 8;
    static final int SO_RCVBUFFORCE = 33;
    static final int SO_BINDTODEVICE = 25;
    static final int SO_RXQ_OVFL = 40;

    static final int MSG_DONTWAIT = 0x40;
    static final int MSG_TRUNC = 0x20;

    static final int EFD_CLOEXEC = 0x80000;
    static final int EFD_NONBLOCK = 0x800;
    static final int O_RDONLY = 0;
    static final int O_CLOEXEC = 0x80000;
    static final int CLONE_NEWNET = 0x40000000;

    static final short POLLIN = 0x1;
    static final short POLLERR = 0x8;
    static final short POLLHUP = 0x10;
    static final short POLLNVAL = 0x20;
    static final long SIOCGIFINDEX = 0x8933;
    static final int IFNAMSIZ = 16;

    static final int EINTR = 4;
    static final int EAGAIN = 11;
    static final int ENOBUFS = 105;

    static {
        Native.register(LibC.class, Platform.C_LIBRARY_NAME);
    }

    private LibC() {
    }

    static native int socket(int domain, int type, int protocol) throws LastErrorException;

    static native int setsockopt(int fd, int level, int name, byte[] value, int length) throws LastErrorException;

    static native int bind(int fd, byte[] address, int length) throws LastErrorException;

    static native long sendto(int fd, byte[] buffer, long length, int flags, byte[] address, int addressLength)
            throws LastErrorException;

    static native long recv(int fd, byte[] buffer, long length, int flags) throws LastErrorException;

    /** recv into native memory: a byte[] argument is copied in and out whole by every call, however little arrives. */
    static native long recv(int fd, Pointer buffer, long length, int flags) throws LastErrorException;

    static native long sendmsg(int fd, Pointer message, int flags) throws LastErrorException;

    static native int recvmmsg(int fd, Pointer vector, int length, int flags, Pointer timeout) throws LastErrorException;

    static native int poll(byte[] fds, long count, int timeoutMillis) throws LastErrorException;

    /** ppoll(2): the time-out is a struct timespec (null: for ever), so it has nanosecond precision. */
    static native int ppoll(Pointer fds, long count, Pointer timeout, Pointer sigmask) throws LastErrorException;

    static native long write(int fd, Pointer buffer, long length) throws LastErrorException;

    static native int eventfd(int initialValue, int flags) throws LastErrorException;

    static native long write(int fd, byte[] buffer, long length) throws LastErrorException;

    static native int ioctl(int fd, long request, byte[] argument) throws LastErrorException;

    static native int close(int fd) throws LastErrorException;

    static native int open(String path, int flags) throws LastErrorException;

    static native int setns(int fd, int namespaceType) throws LastErrorException;

    static void requireLp64() {
        if (Native.POINTER_SIZE != 8 || Native.SIZE_T_SIZE != 8 || !Platform.isLinux()) {
            throw new UnsupportedOperationException("org.keepalived4j.linux packs structs for 64-bit Linux only");
        }
    }
}
