package org.keepalived4j.linux;

import com.sun.jna.LastErrorException;
import java.io.IOException;

/**
 * A system call (or a netlink request) that the kernel refused: names the call, what it was about (an interface,
 * an address) and the errno with its text, e.g. {@code setsockopt(IP_ADD_MEMBERSHIP 224.0.0.18) on eth0: No such
 * device (errno 19)}. Checked, so that the engine decides what a failure means instead of a thread dying.
 */
public class SyscallException extends IOException {

    private static final long serialVersionUID = 1L;

    private final String call;
    private final String subject;
    private final int errno;

    public SyscallException(String call, String subject, int errno) {
        this(call + (subject.isEmpty() ? "" : " on " + subject) + ": " + Errno.describe(errno) + " (errno " + errno + ")",
                call, subject, errno);
    }

    SyscallException(String message, String call, String subject, int errno) {
        super(message);
        this.call = call;
        this.subject = subject;
        this.errno = errno;
    }

    static SyscallException of(String call, String subject, LastErrorException e) {
        SyscallException wrapped = new SyscallException(call, subject, e.getErrorCode());
        wrapped.initCause(e);
        return wrapped;
    }

    /** The call, e.g. "sendto" or "setsockopt(IP_MULTICAST_IF)". */
    public String call() {
        return call;
    }

    /** What the call was about, e.g. the interface name; empty if nothing in particular. */
    public String subject() {
        return subject;
    }

    public int errno() {
        return errno;
    }
}
