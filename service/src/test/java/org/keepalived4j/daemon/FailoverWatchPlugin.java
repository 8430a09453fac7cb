package org.keepalived4j.daemon;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import org.keepalived4j.events.DaemonEvent;
import org.keepalived4j.events.EventBus;
import org.keepalived4j.events.InstanceState;
import org.keepalived4j.events.InstanceStateChanged;
import org.keepalived4j.events.MasterChanged;
import org.keepalived4j.model.CommandOutcome;
import org.keepalived4j.model.ManagementContext;
import org.keepalived4j.model.ManagementPlugin;
import org.keepalived4j.model.VrrpCommand;
import org.keepalived4j.model.VrrpSnapshot;

/**
 * A management plugin that uses only what the SPI hands it: it subscribes to the bus at start and
 * records every state and master change in the order delivered, reads snapshots and submits commands
 * through the context. {@link ManagementPluginIT} declares it in a services file of its own, so that
 * the unit tests that list the discovered plugins see only {@link RecordingPlugin}.
 *
 * <p>Like a JMX or SNMP surface, it builds its view from the snapshot first and subscribes after
 * that. The SPI promises that the VRRP loop starts only after every plugin's start returned, so
 * that snapshot shows the instances before their first transition and no event is missed.
 */
public final class FailoverWatchPlugin implements ManagementPlugin {

    private final List<DaemonEvent> seen = new CopyOnWriteArrayList<>();
    private final List<String> calls = new CopyOnWriteArrayList<>();
    private volatile ManagementContext context;
    private volatile EventBus.Subscription subscription;
    private volatile String startThreadNamespace;
    private volatile String subscriberThreadNamespace;
    private volatile VrrpSnapshot beforeSubscribing;

    @Override
    public String name() {
        return "failover-watch";
    }

    @Override
    public void start(ManagementContext context) throws InterruptedException {
        this.context = context;
        startThreadNamespace = threadNamespace();
        beforeSubscribing = context.vrrp().snapshot();
        subscription = context.events().subscribe(name(), this::record);
        calls.add("start");
    }

    @Override
    public void stop() {
        calls.add("stop");
        EventBus.Subscription s = subscription;
        if (s != null) {
            // close delivers what is already queued first, so the STOP transitions get recorded too
            s.close();
        }
    }

    private void record(DaemonEvent event) {
        if (subscriberThreadNamespace == null) {
            subscriberThreadNamespace = threadNamespace();
        }
        if (event instanceof InstanceStateChanged || event instanceof MasterChanged) {
            seen.add(event);
        }
    }

    /** The state and master changes delivered so far, in delivery order. */
    public List<DaemonEvent> seen() {
        return List.copyOf(seen);
    }

    /** Only the state changes, in delivery order. */
    public List<InstanceStateChanged> transitions() {
        List<InstanceStateChanged> out = new ArrayList<>();
        for (DaemonEvent e : seen) {
            if (e instanceof InstanceStateChanged c) {
                out.add(c);
            }
        }
        return out;
    }

    /** Waits until a delivered event matches; empty on timeout. */
    public Optional<DaemonEvent> awaitEvent(Predicate<DaemonEvent> wanted, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            for (DaemonEvent e : seen) {
                if (wanted.test(e)) {
                    return Optional.of(e);
                }
            }
            if (System.nanoTime() > deadline) {
                return Optional.empty();
            }
            Thread.sleep(10);
        }
    }

    public VrrpSnapshot snapshot() {
        return requireStarted().vrrp().snapshot();
    }

    public CompletableFuture<CommandOutcome> submit(VrrpCommand command) {
        return requireStarted().vrrpControl().submit(command);
    }

    /** "start" and "stop" as the daemon called them. */
    public List<String> calls() {
        return List.copyOf(calls);
    }

    /** The network namespace of the thread that called start, as /proc names it (net:[inode]). */
    public String startThreadNamespace() {
        return startThreadNamespace;
    }

    /** The same for the bus's delivery thread, which the subscribe in start created. */
    public String subscriberThreadNamespace() {
        return subscriberThreadNamespace;
    }

    /** The snapshot the plugin read in start, before it subscribed. */
    public VrrpSnapshot beforeSubscribing() {
        return beforeSubscribing;
    }

    private ManagementContext requireStarted() {
        ManagementContext c = context;
        if (c == null) {
            throw new IllegalStateException("the plugin has not been started");
        }
        return c;
    }

    /** Per thread, unlike /proc/self/ns/net, which is the process's main thread. */
    private static String threadNamespace() {
        try {
            return Files.readSymbolicLink(Path.of("/proc/thread-self/ns/net")).toString();
        } catch (IOException | UnsupportedOperationException e) {
            return "unknown: " + e;
        }
    }
}
