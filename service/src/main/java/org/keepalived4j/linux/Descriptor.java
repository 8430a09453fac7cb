package org.keepalived4j.linux;

import com.sun.jna.LastErrorException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * A socket file descriptor that a reader thread can block on and that {@link #close()} can stop at once.
 *
 * <p>Closing a descriptor does not wake a thread blocked in recvmsg(2) on Linux, and closing it under that thread
 * would let the number be reused by an unrelated file. So readers wait in poll(2) on the socket and on an eventfd;
 * close() writes the eventfd (waking every poller), then takes the write lock, which it gets only when no call is
 * inside the descriptor any more, and only then closes both numbers. Senders and readers hold the read lock, so
 * they run concurrently with each other but never with close. A {@link PollSet} holds it while it waits, and
 * watches the eventfd too, so a close wakes it as it wakes a reader.
 */
final class Descriptor implements AutoCloseable {

    /** What a wait ended with. */
    enum Readiness { READABLE, TIMED_OUT, CLOSED }

    @FunctionalInterface
    interface Call<T> {
        T apply(int fd) throws LastErrorException;
    }

    private final int fd;
    private final int stopFd;
    private final String subject;
    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    private final AtomicBoolean closing = new AtomicBoolean();
    private volatile boolean closed;

    private Descriptor(int fd, int stopFd, String subject) {
        this.fd = fd;
        this.stopFd = stopFd;
        this.subject = subject;
    }

    /** Opens socket(domain, type|SOCK_CLOEXEC, protocol) and its stop eventfd. */
    static Descriptor socket(int domain, int type, int protocol, String call, String subject) throws SyscallException {
        LibC.requireLp64();
        int fd;
        try {
            fd = LibC.socket(domain, type | LibC.SOCK_CLOEXEC, protocol);
        } catch (LastErrorException e) {
            throw SyscallException.of(call, subject, e);
        }
        try {
            return new Descriptor(fd, LibC.eventfd(0, LibC.EFD_CLOEXEC | LibC.EFD_NONBLOCK), subject);
        } catch (LastErrorException e) {
            closeQuietly(fd);
            throw SyscallException.of("eventfd", subject, e);
        }
    }

    /** Takes over an open descriptor (an eventfd or a pipe in tests) with a stop eventfd of its own. */
    static Descriptor adopt(int fd, String subject) throws SyscallException {
        try {
            return new Descriptor(fd, LibC.eventfd(0, LibC.EFD_CLOEXEC | LibC.EFD_NONBLOCK), subject);
        } catch (LastErrorException e) {
            throw SyscallException.of("eventfd", subject, e);
        }
    }

    String subject() {
        return subject;
    }

    boolean isOpen() {
        return !closed;
    }

    /** Runs a call on the descriptor; the call named for the message if the kernel refuses it. */
    <T> T call(String name, Call<T> call) throws SyscallException {
        lock.readLock().lock();
        try {
            ensureOpen(name);
            return call.apply(fd);
        } catch (LastErrorException e) {
            throw SyscallException.of(name, subject, e);
        } finally {
            lock.readLock().unlock();
        }
    }

    /**
     * sendto(2) of {@code data} to {@code address}; {@code call} and {@code to} name it only if it fails. Written out
     * instead of through {@link #call} with a lambda: a backup's first takeover runs the first send of its life, and
     * linking a lambda's call site there costs about half a millisecond in the interpreter; the name is built
     * only on failure, not per advert.
     */
    long sendTo(String call, Object to, byte[] data, byte[] address) throws SyscallException {
        lock.readLock().lock();
        try {
            ensureOpen(call);
            return LibC.sendto(fd, data, data.length, 0, address, address.length);
        } catch (LastErrorException e) {
            throw SyscallException.of(to == null ? call : call + " " + to, subject, e);
        } finally {
            lock.readLock().unlock();
        }
    }

    /** sendmsg(2) of a prepared message to {@code to} from {@code from}; written out like {@link #sendTo}, for the same reasons. */
    long sendMessage(String call, Object to, Object from, com.sun.jna.Pointer message) throws SyscallException {
        lock.readLock().lock();
        try {
            ensureOpen(call);
            return LibC.sendmsg(fd, message, 0);
        } catch (LastErrorException e) {
            throw SyscallException.of(call + " " + to + " from " + from, subject, e);
        } finally {
            lock.readLock().unlock();
        }
    }

    void setOption(int level, int option, String optionName, byte[] value) throws SyscallException {
        call("setsockopt(" + optionName + ")", fd -> LibC.setsockopt(fd, level, option, value, value.length));
    }

    void setIntOption(int level, int option, String optionName, int value) throws SyscallException {
        setOption(level, option, optionName, nativeInt(value));
    }

    /**
     * Waits up to timeoutMillis (negative: for ever) until the socket is readable, then runs read with MSG_DONTWAIT
     * semantics expected of it; a read that finds nothing (EAGAIN) waits again. Empty on time-out or close.
     */
    <T> Optional<T> awaitAndRead(String name, long timeoutMillis, Call<T> read) throws SyscallException {
        long deadline = timeoutMillis < 0 ? Long.MAX_VALUE : System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
        lock.readLock().lock();
        try {
            while (true) {
                long left = timeoutMillis < 0 ? -1 : Math.max(0, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime()));
                Readiness readiness = awaitReadable((int) Math.min(left, Integer.MAX_VALUE));
                if (readiness != Readiness.READABLE) {
                    return Optional.empty();
                }
                try {
                    return Optional.of(read.apply(fd));
                } catch (LastErrorException e) {
                    if (e.getErrorCode() != LibC.EAGAIN && e.getErrorCode() != LibC.EINTR) {
                        throw SyscallException.of(name, subject, e);
                    }
                }
                if (timeoutMillis >= 0 && System.nanoTime() >= deadline) {
                    return Optional.empty();
                }
            }
        } finally {
            lock.readLock().unlock();
        }
    }

    /** A call that returns -1 with errno in {@link com.sun.jna.Native#getLastError()} instead of throwing. */
    @FunctionalInterface
    interface QuietCall {
        long apply(int fd);
    }

    /**
     * Runs a non-blocking read once: its result, or -1 when nothing is waiting (EAGAIN), a signal interrupted it,
     * or the descriptor is closed; any other failure is thrown.
     */
    long readNow(String name, QuietCall read) throws SyscallException {
        lock.readLock().lock();
        try {
            if (closed) {
                return -1;
            }
            long result = read.apply(fd);
            if (result < 0) {
                int errno = com.sun.jna.Native.getLastError();
                if (errno != LibC.EAGAIN && errno != LibC.EINTR) {
                    throw new SyscallException(name, subject, errno);
                }
            }
            return result;
        } finally {
            lock.readLock().unlock();
        }
    }

    /**
     * Keeps the numbers valid for a {@link PollSet} wait: close() waits until {@link #release()}, and wakes the
     * wait through the stop descriptor, which the poll set watches too. False (and nothing held) once closed.
     */
    boolean hold() {
        lock.readLock().lock();
        if (closed) {
            lock.readLock().unlock();
            return false;
        }
        return true;
    }

    void release() {
        lock.readLock().unlock();
    }

    int number() {
        return fd;
    }

    int stopNumber() {
        return stopFd;
    }

    private Readiness awaitReadable(int timeoutMillis) throws SyscallException {
        byte[] fds = ByteBuffer.allocate(16).order(ByteOrder.nativeOrder())
                .putInt(fd).putShort(LibC.POLLIN).putShort((short) 0)
                .putInt(stopFd).putShort(LibC.POLLIN).putShort((short) 0).array();
        while (true) {
            if (closed) {
                return Readiness.CLOSED;
            }
            int ready;
            try {
                ready = LibC.poll(fds, 2, timeoutMillis);
            } catch (LastErrorException e) {
                if (e.getErrorCode() == LibC.EINTR) {
                    continue;
                }
                throw SyscallException.of("poll", subject, e);
            }
            ByteBuffer result = ByteBuffer.wrap(fds).order(ByteOrder.nativeOrder());
            if (closed || result.getShort(14) != 0) {
                return Readiness.CLOSED;
            }
            if (ready == 0) {
                return Readiness.TIMED_OUT;
            }
            // POLLERR/POLLHUP on the socket also count: the read then reports the pending error.
            if (result.getShort(6) != 0) {
                return Readiness.READABLE;
            }
        }
    }

    private void ensureOpen(String name) throws SyscallException {
        if (closed) {
            throw new SyscallException(name, subject, 9);
        }
    }

    @Override
    public void close() {
        if (!closing.compareAndSet(false, true)) {
            return;
        }
        closed = true;
        try {
            LibC.write(stopFd, nativeLong(1), 8);
        } catch (LastErrorException e) {
            // the counter can only overflow after 2^64 closes; a reader will still see `closed` on its next wake
        }
        lock.writeLock().lock();
        try {
            closeQuietly(fd);
            closeQuietly(stopFd);
        } finally {
            lock.writeLock().unlock();
        }
    }

    /**
     * The index of an interface, asked with SIOCGIFINDEX on this socket: it answers for the socket's network
     * namespace, which is what every later call on the socket means (unlike /proc/net, which belongs to the process).
     */
    int interfaceIndex(String interfaceName) throws SyscallException {
        byte[] ifreq = new byte[40];
        System.arraycopy(interfaceNameBytes(interfaceName), 0, ifreq, 0, interfaceName.length());
        call("ioctl(SIOCGIFINDEX)", fd -> LibC.ioctl(fd, LibC.SIOCGIFINDEX, ifreq));
        return ByteBuffer.wrap(ifreq).order(ByteOrder.nativeOrder()).getInt(LibC.IFNAMSIZ);
    }

    /** The name NUL-terminated, as SO_BINDTODEVICE and ifreq want it; a name the kernel cannot hold is refused here. */
    static byte[] interfaceNameBytes(String interfaceName) {
        byte[] name = interfaceName.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        if (name.length == 0 || name.length >= LibC.IFNAMSIZ) {
            throw new IllegalArgumentException("an interface name has 1 to 15 characters: '" + interfaceName + "'");
        }
        return java.util.Arrays.copyOf(name, name.length + 1);
    }

    static byte[] nativeInt(int value) {
        return ByteBuffer.allocate(4).order(ByteOrder.nativeOrder()).putInt(value).array();
    }

    private static byte[] nativeLong(long value) {
        return ByteBuffer.allocate(8).order(ByteOrder.nativeOrder()).putLong(value).array();
    }

    static void closeQuietly(int fd) {
        try {
            LibC.close(fd);
        } catch (LastErrorException e) {
            // nothing to do: the number is released either way on Linux
        }
    }
}
