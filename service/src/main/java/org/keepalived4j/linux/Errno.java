package org.keepalived4j.linux;

import java.util.Map;

/**
 * The text of the errno values that sockets and rtnetlink report, as glibc's strerror(3) spells them (so that
 * messages read like `ip`'s, e.g. "File exists"). Kept in Java rather than calling strerror so that messages are
 * the same in pure tests and need no native call.
 */
final class Errno {

    static final int EPERM = 1;
    static final int ENOENT = 2;
    static final int ESRCH = 3;
    static final int EEXIST = 17;
    static final int ENODEV = 19;
    static final int EINVAL = 22;
    static final int EADDRNOTAVAIL = 99;

    private static final Map<Integer, String> TEXT = Map.ofEntries(
            Map.entry(1, "Operation not permitted"),
            Map.entry(2, "No such file or directory"),
            Map.entry(3, "No such process"),
            Map.entry(4, "Interrupted system call"),
            Map.entry(9, "Bad file descriptor"),
            Map.entry(11, "Resource temporarily unavailable"),
            Map.entry(12, "Cannot allocate memory"),
            Map.entry(13, "Permission denied"),
            Map.entry(14, "Bad address"),
            Map.entry(16, "Device or resource busy"),
            Map.entry(17, "File exists"),
            Map.entry(19, "No such device"),
            Map.entry(22, "Invalid argument"),
            Map.entry(24, "Too many open files"),
            Map.entry(34, "Numerical result out of range"),
            Map.entry(90, "Message too long"),
            Map.entry(92, "Protocol not available"),
            Map.entry(93, "Protocol not supported"),
            Map.entry(95, "Operation not supported"),
            Map.entry(97, "Address family not supported by protocol"),
            Map.entry(98, "Address already in use"),
            Map.entry(99, "Cannot assign requested address"),
            Map.entry(100, "Network is down"),
            Map.entry(101, "Network is unreachable"),
            Map.entry(105, "No buffer space available"),
            Map.entry(113, "No route to host"));

    private Errno() {
    }

    static String describe(int errno) {
        return TEXT.getOrDefault(errno, "Unknown error " + errno);
    }
}
