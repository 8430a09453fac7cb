package org.keepalived4j.linux;

import com.sun.jna.LastErrorException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A thread that lives in another network namespace (setns(2) with CLONE_NEWNET on that thread only), for tests and
 * benchmarks that open sockets "on" a simulated host. A socket belongs to the namespace it was created in for its
 * whole life, so sockets opened here may then be used from any thread; rtnetlink and ioctl lookups made through them
 * answer for this namespace. The daemon itself runs in one namespace and has no use for this.
 */
public final class NetworkNamespaceThread implements AutoCloseable {

    private final String namespace;
    private final ExecutorService thread;

    private NetworkNamespaceThread(String namespace, ExecutorService thread) {
        this.namespace = namespace;
        this.thread = thread;
    }

    /** Enters the namespace created by `ip netns add NAME` (/var/run/netns/NAME). */
    public static NetworkNamespaceThread enter(String name) throws SyscallException {
        return enter(name, Path.of("/var/run/netns", name));
    }

    static NetworkNamespaceThread enter(String name, Path namespaceFile) throws SyscallException {
        LibC.requireLp64();
        ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "netns-" + name);
            t.setDaemon(true);
            return t;
        });
        Future<Void> entered = thread.submit(() -> {
            int fd = LibC.open(namespaceFile.toString(), LibC.O_RDONLY | LibC.O_CLOEXEC);
            try {
                LibC.setns(fd, LibC.CLONE_NEWNET);
            } finally {
                Descriptor.closeQuietly(fd);
            }
            return null;
        });
        try {
            entered.get();
            return new NetworkNamespaceThread(name, thread);
        } catch (ExecutionException e) {
            thread.shutdownNow();
            if (e.getCause() instanceof LastErrorException le) {
                throw SyscallException.of("setns(" + namespaceFile + ")", name, le);
            }
            throw new IllegalStateException("entering network namespace " + name, e.getCause());
        } catch (InterruptedException e) {
            thread.shutdownNow();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while entering network namespace " + name, e);
        }
    }

    public String namespace() {
        return namespace;
    }

    /** Runs a task on the namespace's thread and waits for it; its exception is rethrown as is. */
    public <T> T call(Callable<T> task) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        thread.execute(() -> {
            try {
                result.complete(task.call());
            } catch (Throwable t) {
                result.completeExceptionally(t);
            }
        });
        try {
            return result.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Exception ex) {
                throw ex;
            }
            throw e;
        }
    }

    @Override
    public void close() {
        thread.shutdownNow();
    }

    @Override
    public String toString() {
        return "NetworkNamespaceThread[" + namespace + "]";
    }
}
