package org.keepalived4j.vrrp;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.keepalived4j.config.IpAddress;
import org.keepalived4j.config.KeepalivedConfig;
import org.keepalived4j.config.vrrp.VrrpInstance;
import org.keepalived4j.events.EventBus;
import org.keepalived4j.events.ProtocolError;
import org.keepalived4j.model.CommandOutcome;
import org.keepalived4j.model.InstanceSnapshot;
import org.keepalived4j.model.VrrpCommand;
import org.keepalived4j.model.VrrpControl;
import org.keepalived4j.model.VrrpSnapshot;
import org.keepalived4j.model.VrrpView;
import org.keepalived4j.vrrp.packet.PacketHeader;
import org.keepalived4j.vrrp.packet.ReceiveCheck;
import org.keepalived4j.vrrp.packet.ReceiveError;
import org.keepalived4j.vrrp.packet.ReceivedAdvertisement;

/**
 * The VRRP subsystem: every configured instance, run by one {@link VrrpLoop}. Other threads talk to
 * it only through {@link #datagramArrived}, {@link #interfacesChanged}, {@link #submit} and
 * {@link #stop}, each of which queues a task for the loop; they read it through {@link #snapshot()}.
 */
public final class VrrpEngine implements VrrpView, VrrpControl {

    private static final Logger LOG = LogManager.getLogger("keepalived4j.vrrp");

    private record ChannelKey(String interfaceName, IpAddress.Family family, int vrid) {
    }

    private final List<InstanceRuntime> instances;
    private final StaticEntries statics;
    private final Map<ChannelKey, List<InstanceRuntime>> byChannel = new HashMap<>();
    private final EnginePorts ports;
    private final EventBus bus;
    private final Clock wallClock;
    private final LongSupplier nanoClock;
    private final ProtocolErrorLog errorLog = new ProtocolErrorLog();
    private final VrrpLoop loop;
    /** About a second of a 10,000 packets/s flood. */
    static final int MAX_BACKLOG = 10_000;

    private final RouterCounters routerCounters = new RouterCounters();
    private final AtomicLong droppedInFlood = new AtomicLong();
    private volatile boolean started;
    private final AtomicBoolean stopping = new AtomicBoolean();
    private AutoCloseable resource;

    /**
     * Builds the instances of {@code config}; nothing runs until {@link #start()}.
     */
    public VrrpEngine(KeepalivedConfig config, EnginePorts ports, EventBus bus,
            Clock wallClock, LongSupplier nanoClock) {
        this.ports = ports;
        this.bus = bus;
        this.wallClock = wallClock;
        this.nanoClock = nanoClock;
        this.instances = new ArrayList<>();
        this.statics = new StaticEntries(config, ports);
        for (VrrpInstance i : config.vrrp().instances()) {
            InstancePlan plan = InstancePlan.of(i, config.global());
            InstanceRuntime rt = new InstanceRuntime(plan, ports, wallClock, bus::publish, errorLog, routerCounters);
            instances.add(rt);
            byChannel.computeIfAbsent(new ChannelKey(plan.interfaceName(), plan.family(), plan.virtualRouterId()),
                    k -> new ArrayList<>()).add(rt);
        }
        this.loop = new VrrpLoop(nanoClock, new VrrpLoop.Timers() {
            @Override
            public long nextDeadline() {
                long next = Long.MAX_VALUE;
                for (InstanceRuntime rt : instances) {
                    next = Math.min(next, rt.nextDeadline());
                }
                return next;
            }

            @Override
            public void fire(long now) {
                for (InstanceRuntime rt : instances) {
                    if (rt.nextDeadline() <= now) {
                        rt.timersDue(now);
                    }
                }
            }
        });
    }

    /** Something to close once the loop has stopped (the platform's sockets). */
    void closeWhenStopped(AutoCloseable r) {
        this.resource = r;
    }

    /** The instance plans, for the shell that opens sockets (interfaces, families, groups). */
    List<InstancePlan> plans() {
        return instances.stream().map(InstanceRuntime::plan).toList();
    }

    /** Removes left-over VIPs of every instance, then starts the instances and the loop. */
    public void start() {
        loop.submit(() -> {
            long now = nanoClock.getAsLong();
            statics.remove();
            for (InstanceRuntime rt : instances) {
                rt.removeLeftoverAddresses();
            }
            statics.add();
            for (InstanceRuntime rt : instances) {
                rt.start(now);
            }
        });
        started = true;
        loop.start();
    }

    /**
     * Removes every configured VIP, virtual route and rule, and the static ones, where present,
     * without running anything: what start-up does first, and what {@code --cleanup} does for a
     * service manager after a crash.
     */
    public void removeLeftoverAddresses() {
        statics.remove();
        for (InstanceRuntime rt : instances) {
            rt.removeLeftoverAddresses();
        }
    }

    /**
     * A packet arrived on a VRRP socket; called by the socket's reader thread. While the loop is
     * more than {@link #MAX_BACKLOG} tasks behind (a flood), packets are dropped here and counted,
     * so that a peer's real adverts never wait behind an unbounded queue of junk.
     */
    public void datagramArrived(String interfaceName, IpAddress.Family family, ReceivedAdvertisement datagram) {
        if (loop.backlog() > MAX_BACKLOG) {
            long n = droppedInFlood.incrementAndGet();
            if (n == 1 || n % 100_000 == 0) {
                LOG.warn("VRRP loop is {} packets behind: dropping received packets ({} so far)", MAX_BACKLOG, n);
            }
            return;
        }
        loop.submit(() -> dispatch(interfaceName, family, datagram));
    }

    /** Packets dropped unread because the loop was too far behind. */
    public long droppedInFlood() {
        return droppedInFlood.get();
    }

    /** Some link or address changed; the loop re-reads the interfaces of every instance. */
    public void interfacesChanged() {
        loop.submit(() -> {
            long now = nanoClock.getAsLong();
            for (InstanceRuntime rt : instances) {
                rt.interfaceChanged(now, ports.interfaces().find(rt.plan().interfaceName()));
            }
        });
    }

    /**
     * Stops every instance (MASTERs send priority 0 and, unless {@code keepAddresses}, remove
     * their VIPs), then ends the loop. Waits at most a few seconds.
     */
    public void stop(boolean keepAddresses) {
        if (!started) {
            closeResource();
            return;
        }
        beginStop(keepAddresses);
        try {
            if (!loop.awaitFinished(5, TimeUnit.SECONDS)) {
                LOG.warn("The VRRP loop did not stop within 5 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        closeResource();
    }

    /**
     * Queues the stop of every instance and returns at once; the first call counts. The daemon calls
     * it from the signal handler itself, so that the priority-0 adverts leave without waiting for
     * the daemon's main thread to wake up (a backup takes over that much sooner).
     */
    public void beginStop(boolean keepAddresses) {
        if (!started || !stopping.compareAndSet(false, true)) {
            return;
        }
        loop.submit(() -> {
            long now = nanoClock.getAsLong();
            for (InstanceRuntime rt : instances) {
                rt.stop(now, keepAddresses);
            }
            statics.remove();
            LOG.info("VRRP loop: {}", loop.lateness().summary());
            loop.finish();
        });
    }

    private void closeResource() {
        if (resource != null) {
            try {
                resource.close();
            } catch (Exception e) {
                LOG.warn("Closing the VRRP sockets: {}", e.toString());
            }
        }
    }

    @Override
    public VrrpSnapshot snapshot() {
        List<InstanceSnapshot> all = new ArrayList<>(instances.size());
        for (InstanceRuntime rt : instances) {
            all.add(rt.snapshot());
        }
        return new VrrpSnapshot(all, routerCounters.checksumErrors(), routerCounters.versionErrors(),
                routerCounters.vrIdErrors());
    }

    @Override
    public CompletableFuture<CommandOutcome> submit(VrrpCommand command) {
        CompletableFuture<CommandOutcome> done = new CompletableFuture<>();
        loop.submit(() -> done.complete(apply(command)));
        return done;
    }

    /** How late the loop's timers fired so far, in words. */
    public String timerLateness() {
        return loop.lateness().summary();
    }

    private CommandOutcome apply(VrrpCommand command) {
        Optional<InstanceRuntime> target = instances.stream().filter(i -> i.name().equals(command.instance()))
                .findFirst();
        if (target.isEmpty()) {
            return CommandOutcome.refused("no vrrp_instance " + command.instance());
        }
        long now = nanoClock.getAsLong();
        String done;
        if (command instanceof VrrpCommand.SetBasePriority p) {
            done = p.priority() < 1 || p.priority() > 255 ? null : target.get().setBasePriority(now, p.priority());
        } else if (command instanceof VrrpCommand.SetPreempt p) {
            done = target.get().setPreempt(now, p.preempt());
        } else {
            return CommandOutcome.refused("unsupported command " + command);
        }
        if (done == null) {
            return CommandOutcome.refused("priority must be between 1 and 255");
        }
        LOG.info("{} by command", done);
        return CommandOutcome.applied(done);
    }

    private void dispatch(String interfaceName, IpAddress.Family family, ReceivedAdvertisement datagram) {
        long now = nanoClock.getAsLong();
        Optional<PacketHeader> header = ReceiveCheck.peek(datagram);
        if (header.isEmpty()) {
            // too short to name an instance: nothing to count it against but the log
            report(now, interfaceName, datagram, ReceiveError.TRUNCATED_HEADER, "packet too short to be VRRP");
            return;
        }
        List<InstanceRuntime> targets = byChannel.get(new ChannelKey(interfaceName, family, header.get().virtualRouterId()));
        if (targets == null) {
            routerCounters.unknownVrid();
            report(now, interfaceName, datagram, ReceiveError.VRID, "no instance with VRID " + header.get().virtualRouterId() + " on "
                    + interfaceName);
            return;
        }
        for (InstanceRuntime rt : targets) {
            rt.datagramArrived(now, datagram);
        }
    }

    private void report(long now, String interfaceName, ReceivedAdvertisement datagram, ReceiveError error, String detail) {
        // keyed on the cause and interface, not the text: random bytes name a new VRID every time
        if (errorLog.shouldReport(interfaceName, error, now)) {
            LOG.debug("discarding a packet from {} on {}: {}", datagram.source(), interfaceName, detail);
            bus.publish(new ProtocolError(wallClock.instant(), Optional.empty(), interfaceName, datagram.source(),
                    error.name(), detail, error.protoError().value()));
        }
    }
}
