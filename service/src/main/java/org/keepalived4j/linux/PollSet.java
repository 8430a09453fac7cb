package org.keepalived4j.linux;

import com.sun.jna.LastErrorException;
import com.sun.jna.Memory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What one event-loop thread sleeps on: some sockets and an eventfd that other threads write to wake it, waited
 * for together in one ppoll(2) whose time-out is a timespec, so a timer is met to the microsecond rather than
 * rounded to poll's milliseconds. keepalived's scheduler waits the same way (one epoll set per process).
 *
 * <p>{@link #add}, {@link #await} and {@link #isReady} belong to the one thread that waits (or to whoever sets the
 * set up before that thread starts); {@link #wake()} may be called from any thread. A socket closed while the
 * set waits wakes it (the set watches the socket's stop eventfd too) and is then left out of the set.
 */
public final class PollSet implements AutoCloseable {

    private static final int POLLFD = 8;

    private final int wakeFd;
    private final Memory wakeValue = new Memory(8);
    private final Memory drained = new Memory(8);
    private final Memory timespec = new Memory(16);
    private final List<Descriptor> members = new ArrayList<>();
    private boolean[] ready = new boolean[0];
    /** Members closed since they were added: they keep their key and are polled as -1 (ignored). */
    private boolean[] gone = new boolean[0];
    /** pollfd[0] is the wake eventfd, then each member's socket and its stop eventfd. */
    private Memory fds;
    private volatile boolean closed;

    private PollSet(int wakeFd) {
        this.wakeFd = wakeFd;
        wakeValue.setLong(0, 1);
    }

    /** A set with nothing in it but its wake-up eventfd. */
    public static PollSet open() throws SyscallException {
        LibC.requireLp64();
        try {
            return new PollSet(LibC.eventfd(0, LibC.EFD_CLOEXEC | LibC.EFD_NONBLOCK));
        } catch (LastErrorException e) {
            throw SyscallException.of("eventfd", "poll set", e);
        }
    }

    /** Watches a socket for input; the number returned names it in {@link #isReady}. */
    public int add(VrrpSocket socket) {
        return add(socket.descriptor());
    }

    int add(Descriptor descriptor) {
        members.add(descriptor);
        ready = Arrays.copyOf(ready, members.size());
        gone = Arrays.copyOf(gone, members.size());
        fds = null;
        return members.size() - 1;
    }

    /**
     * Ends the current or the next {@link #await} at once. Any thread; a syscall each time, so callers wake the
     * set only when its thread sleeps or is about to.
     */
    public synchronized void wake() {
        // synchronized with close(): a write after it could hit a file that reused the number
        if (closed) {
            return;
        }
        try {
            LibC.write(wakeFd, wakeValue, 8);
        } catch (LastErrorException e) {
            // EAGAIN: the counter is full, so the waiter is woken already
        }
    }

    /**
     * Waits until a member socket has input (or an error to report), {@link #wake()} is called, or
     * {@code timeoutNanos} pass (negative: no time-out; 0: just look). Interrupted by a signal, it returns as if
     * woken. Returns how many members are ready; {@link #isReady} says which.
     *
     * <p>A time-out above {@link #PRECISE_NANOS} may end up to 0.2 % early (returning 0): the kernel lets a
     * poll-family time-out fire as late as 0.1 % of its length after it is due (select_estimate_accuracy: 1 ms
     * late for a 1 s advert, 3.6 ms for a v2 master-down timer), so a long wait is cut short by twice that and
     * the caller, finding its deadline not yet come, waits again for the rest, which the kernel then meets
     * within a few microseconds.
     */
    public int await(long timeoutNanos) throws SyscallException {
        return awaitFor(shortened(timeoutNanos));
    }

    /** The time-out asked of the kernel for a wait of {@code timeoutNanos}. */
    static long shortened(long timeoutNanos) {
        return timeoutNanos > PRECISE_NANOS ? timeoutNanos - timeoutNanos / 500 : timeoutNanos;
    }

    /**
     * Time-outs up to this long are left alone: at most 0.5 ms late, and a VRRPv3 master at 10 cs would
     * otherwise wake twice per advert.
     */
    static final long PRECISE_NANOS = 500_000_000L;

    private int awaitFor(long timeoutNanos) throws SyscallException {
        if (closed) {
            throw new SyscallException("ppoll", "poll set", 9);
        }
        int held = 0;
        try {
            for (; held < members.size(); held++) {
                if (!gone[held] && !members.get(held).hold()) {
                    // closed before this wait: its number may already belong to another file
                    gone[held] = true;
                    fds = null;
                }
            }
            if (fds == null) {
                fds = pollfds();
            }
            Arrays.fill(ready, false);
            if (poll(timeoutNanos) == 0) {
                return 0;
            }
            if (fds.getShort(6) != 0) {
                drainWakeups();
            }
            int readyCount = 0;
            for (int i = 0; i < members.size(); i++) {
                long entry = (long) POLLFD * (1 + 2 * i);
                if (gone[i] || fds.getShort(entry + POLLFD + 6) != 0) {
                    // the stop eventfd fired: the socket is closing, and waits for us to let go
                    continue;
                }
                ready[i] = fds.getShort(entry + 6) != 0;
                readyCount += ready[i] ? 1 : 0;
            }
            return readyCount;
        } finally {
            for (int i = 0; i < held; i++) {
                if (!gone[i]) {
                    members.get(i).release();
                }
            }
        }
    }

    /** Whether the member named by {@code key} had input at the last {@link #await}. */
    public boolean isReady(int key) {
        return key < ready.length && ready[key];
    }

    private int poll(long timeoutNanos) throws SyscallException {
        int count = 1 + 2 * members.size();
        com.sun.jna.Pointer timeout = null;
        if (timeoutNanos >= 0) {
            timespec.setLong(0, timeoutNanos / 1_000_000_000L);
            timespec.setLong(8, timeoutNanos % 1_000_000_000L);
            timeout = timespec;
        }
        for (int i = 0; i < count; i++) {
            fds.setShort((long) i * POLLFD + 6, (short) 0);
        }
        try {
            return LibC.ppoll(fds, count, timeout, null);
        } catch (LastErrorException e) {
            if (e.getErrorCode() == LibC.EINTR) {
                return 0;
            }
            throw SyscallException.of("ppoll", "poll set", e);
        }
    }

    private Memory pollfds() {
        Memory m = new Memory((long) POLLFD * (1 + 2 * members.size()));
        entry(m, 0, wakeFd);
        for (int i = 0; i < members.size(); i++) {
            entry(m, 1 + 2 * i, gone[i] ? -1 : members.get(i).number());
            entry(m, 2 + 2 * i, gone[i] ? -1 : members.get(i).stopNumber());
        }
        return m;
    }

    private static void entry(Memory m, int index, int fd) {
        m.setInt((long) index * POLLFD, fd);
        m.setShort((long) index * POLLFD + 4, LibC.POLLIN);
        m.setShort((long) index * POLLFD + 6, (short) 0);
    }

    private void drainWakeups() {
        // -1 (EAGAIN) only if the count was taken already: nothing to do
        QuietLibC.read(wakeFd, drained, 8);
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        Descriptor.closeQuietly(wakeFd);
    }
}
