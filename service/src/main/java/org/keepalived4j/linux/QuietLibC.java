package org.keepalived4j.linux;

import com.sun.jna.Native;
import com.sun.jna.Platform;
import com.sun.jna.Pointer;

/**
 * libc calls whose failure is routine, bound without {@link com.sun.jna.LastErrorException}: they return -1 and
 * leave errno in {@link Native#getLastError()}. A non-blocking read that finds nothing (EAGAIN) ends every burst of
 * packets; as an exception it would cost two stack traces (JNA parses the errno out of its message and fails with a
 * NumberFormatException first), thousands of times a second on a busy LAN.
 */
final class QuietLibC {

    static {
        Native.register(QuietLibC.class, Platform.C_LIBRARY_NAME);
    }

    private QuietLibC() {
    }

    /** recvmmsg(2): how many messages of the vector it filled in. */
    static native int recvmmsg(int fd, Pointer vector, int length, int flags, Pointer timeout);

    static native long read(int fd, Pointer buffer, long length);
}
