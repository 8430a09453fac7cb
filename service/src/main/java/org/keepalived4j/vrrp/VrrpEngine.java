package org.keepalived4j.vrrp;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.keepalived4j.config.IpAddress;
import org.keepalived4j.config.KeepalivedConfig;
import org.keepalived4j.config.net.AddressEntry;
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
 * The VRRP subsystem: every configured instance, run by one {@link VrrpLoop}, which on Linux also
 * reads the VRRP sockets ({@link #dispatch}, from {@link SocketReceiver}). Other threads talk to it
 * only through {@link #datagramArrived}, {@link #interfacesChanged}, {@link #submit} and
 * {@link #stop}, each of which queues a task for the loop; they read it through {@link #snapshot()}.
 */
public final class VrrpEngine implements VrrpView, VrrpControl {

    private static final Logger LOG = LogManager.getLogger("keepalived4j.vrrp");

    private record ChannelKey(String interfaceName, IpAddress.Family family) {
    }

    /**
     * The instances on one interface and family, by VRID: what a socket's packets are dispatched
     * to, found once per socket rather than hashed per packet.
     */
    static final class Channel {
        private final String interfaceName;
        @SuppressWarnings("unchecked")
        private final List<InstanceRuntime>[] byVrid = new List[256];

        private Channel(String interfaceName) {
            this.interfaceName = interfaceName;
        }

        private void add(int vrid, InstanceRuntime rt) {
            if (byVrid[vrid] == null) {
                byVrid[vrid] = new ArrayList<>(1);
            }
            byVrid[vrid].add(rt);
        }
    }

    private final List<InstanceRuntime> instances;
    private final StaticEntries statics;
    private final Map<ChannelKey, Channel> channels = new HashMap<>();
    private final EnginePorts ports;
    private final EventBus bus;
    private final Clock wallClock;
    private final LongSupplier nanoClock;
    private final ProtocolErrorLog errorLog = new ProtocolErrorLog();
    private final VrrpLoop loop;
    /** How long {@link #snapshot()} waits for the loop to bring counters up to date. */
    static final Duration SNAPSHOT_WAIT = Duration.ofMillis(100);

    private final RouterCounters routerCounters = new RouterCounters();
    private final AtomicLong droppedInFlood = new AtomicLong();
    /** Some instance's snapshot is behind; written by the loop, read by snapshot readers. */
    private volatile boolean snapshotsBehind;
    /** Loop thread: an instance's VIP lifetimes are due for a refresh. */
    private boolean addressRefreshWanted;
    private volatile boolean started;
    /** Guarded by this. */
    private boolean stopping;
    private AutoCloseable resource;
    private EnginePorts rehearsalPorts;

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
            InstanceRuntime rt = new InstanceRuntime(plan, ports, wallClock, bus::publish, errorLog, routerCounters,
                    this::snapshotsFellBehind, this::addressRefreshWanted);
            instances.add(rt);
            channel(plan.interfaceName(), plan.family()).add(plan.virtualRouterId(), rt);
        }
        this.loop = new VrrpLoop(nanoClock, this::fireDue);
    }

    /** One pass over the instances: fires the due timers and finds the next deadline. */
    private long fireDue(long now, TimerLateness lateness) {
        long next = Long.MAX_VALUE;
        long earliestDue = Long.MAX_VALUE;
        for (InstanceRuntime rt : instances) {
            long deadline = rt.nextDeadline();
            if (deadline <= now) {
                earliestDue = Math.min(earliestDue, deadline);
                rt.timersDue(now);
                deadline = rt.nextDeadline();
            }
            next = Math.min(next, deadline);
        }
        if (earliestDue != Long.MAX_VALUE) {
            lateness.record(now - earliestDue);
        }
        if (addressRefreshWanted) {
            refreshAddresses(now);
        }
        return next;
    }

    private void addressRefreshWanted() {
        addressRefreshWanted = true;
    }

    /**
     * Refreshes the VIP lifetimes of every MASTER that is half-way due, in one netlink request per
     * lifetime: with a hundred masters each refreshing on its own, the requests (and the netlink
     * events they cause) would come a few hundred times a second; together, a few times.
     */
    private void refreshAddresses(long now) {
        addressRefreshWanted = false;
        Map<Long, List<InstanceRuntime>> byLifetime = new HashMap<>();
        for (InstanceRuntime rt : instances) {
            if (rt.refreshWorthwhile(now)) {
                // not computeIfAbsent with a lambda: the first refresh follows a backup's first takeover,
                // where linking a lambda costs half a millisecond in the interpreter
                List<InstanceRuntime> same = byLifetime.get(rt.lifetimeSeconds());
                if (same == null) {
                    same = new ArrayList<>();
                    byLifetime.put(rt.lifetimeSeconds(), same);
                }
                same.add(rt);
            }
        }
        for (Map.Entry<Long, List<InstanceRuntime>> e : byLifetime.entrySet()) {
            List<AddressEntry> addresses = new ArrayList<>();
            for (InstanceRuntime rt : e.getValue()) {
                addresses.addAll(rt.allAddresses());
            }
            try {
                ports.addresses().put(addresses, e.getKey());
                for (InstanceRuntime rt : e.getValue()) {
                    rt.refreshed(now);
                }
            } catch (IOException ex) {
                // not marked refreshed: the next advert of a due instance tries again
                if (errorLog.shouldReport("vip lifetimes", "refresh", now)) {
                    LOG.warn("Cannot refresh the lifetimes of the virtual addresses of {} instance(s): {}",
                            e.getValue().size(), ex.getMessage());
                }
            }
        }
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
        if (rehearsalPorts != null) {
            new TakeoverRehearsal(plans(), rehearsalPorts, wallClock, TakeoverRehearsal.ROUNDS).start();
        }
    }

    /**
     * Has {@link #start()} rehearse the takeovers of these instances in the background on ports that send
     * nothing ({@link TakeoverRehearsal}), so that a backup's first takeover runs compiled code.
     */
    public void rehearseTakeoversOn(EnginePorts dryPorts) {
        this.rehearsalPorts = dryPorts;
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
     * A packet arrived from another thread (in-memory tests and benchmarks feed the engine this
     * way); the loop dispatches it. On Linux the loop reads the sockets itself ({@link #dispatch}).
     */
    public void datagramArrived(String interfaceName, IpAddress.Family family, ReceivedAdvertisement datagram) {
        loop.submit(() -> dispatch(interfaceName, family, datagram));
    }

    /**
     * Packets the kernel dropped from the VRRP sockets because they were full: the loop did not read
     * them in time (a flood). The sockets' receive buffers are the backlog, bounded by the kernel.
     */
    public long droppedInFlood() {
        return droppedInFlood.get();
    }

    /** The network's count of kernel drops on one socket went up by {@code n}; loop thread. */
    void droppedByKernel(String interfaceName, long n) {
        long total = droppedInFlood.addAndGet(n);
        if (total == n || total / 100_000 != (total - n) / 100_000) {
            LOG.warn("VRRP receive buffer on {} overflowed: the kernel dropped {} packets so far", interfaceName, total);
        }
    }

    /** Sleeps on {@code w} (the platform's sockets) instead of parking; before {@link #start()}. */
    void waitOn(VrrpLoop.Waiting w) {
        loop.waitOn(w);
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
        // synchronized and a named class rather than AtomicBoolean and a lambda: this runs once, on the
        // signal's thread, interpreted, and linking a VarHandle and a lambda call site there would delay the
        // priority-0 adverts by about a millisecond
        synchronized (this) {
            if (!started || stopping) {
                return;
            }
            stopping = true;
        }
        loop.submit(new StopAll(keepAddresses));
    }

    /** The loop's side of {@link #beginStop}. */
    private final class StopAll implements Runnable {
        private final boolean keepAddresses;

        StopAll(boolean keepAddresses) {
            this.keepAddresses = keepAddresses;
        }

        @Override
        public void run() {
            long now = nanoClock.getAsLong();
            for (InstanceRuntime rt : instances) {
                rt.stop(now, keepAddresses);
            }
            statics.remove();
            publishSnapshots();
            LOG.info("VRRP loop: {}", loop.lateness().summary());
            loop.finish();
        }
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

    /**
     * The state of every instance. What changes with every advert (counters, a learnt interval) is
     * built only when someone reads it: if anything is behind, this asks the loop for fresh
     * snapshots and waits at most {@link #SNAPSHOT_WAIT}; a loop that does not answer in time (busy
     * installing addresses, or stopped) leaves the last published ones, in which every change of
     * state, master, priority or addresses is already.
     */
    @Override
    public VrrpSnapshot snapshot() {
        if (snapshotsBehind && loop.isRunning() && !loop.isLoopThread()) {
            CompletableFuture<Void> published = new CompletableFuture<>();
            loop.submit(() -> {
                publishSnapshots();
                published.complete(null);
            });
            try {
                published.get(SNAPSHOT_WAIT.toNanos(), TimeUnit.NANOSECONDS);
            } catch (TimeoutException | ExecutionException e) {
                // the last published snapshots will do
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        } else if (loop.isLoopThread()) {
            publishSnapshots();
        }
        List<InstanceSnapshot> all = new ArrayList<>(instances.size());
        for (InstanceRuntime rt : instances) {
            all.add(rt.snapshot());
        }
        return new VrrpSnapshot(all, routerCounters.checksumErrors(), routerCounters.versionErrors(),
                routerCounters.vrIdErrors());
    }

    private void snapshotsFellBehind() {
        snapshotsBehind = true;
    }

    /** Loop thread. */
    private void publishSnapshots() {
        snapshotsBehind = false;
        for (InstanceRuntime rt : instances) {
            rt.publishSnapshot();
        }
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

    /** The instances on an interface and family (none yet: an empty channel), for a socket there. */
    Channel channel(String interfaceName, IpAddress.Family family) {
        return channels.computeIfAbsent(new ChannelKey(interfaceName, family), k -> new Channel(interfaceName));
    }

    /** A datagram received on {@code interfaceName}, to the instances of its VRID; loop thread. */
    void dispatch(String interfaceName, IpAddress.Family family, ReceivedAdvertisement datagram) {
        dispatch(channel(interfaceName, family), datagram);
    }

    /** A datagram received on a channel's socket, to the instances of its VRID; loop thread. */
    void dispatch(Channel channel, ReceivedAdvertisement datagram) {
        long now = nanoClock.getAsLong();
        Optional<PacketHeader> header = ReceiveCheck.peek(datagram);
        if (header.isEmpty()) {
            // too short to name an instance: nothing to count it against but the log
            report(now, channel.interfaceName, datagram, ReceiveError.TRUNCATED_HEADER, "packet too short to be VRRP");
            return;
        }
        int vrid = header.get().virtualRouterId();
        List<InstanceRuntime> targets = vrid >= 0 && vrid < 256 ? channel.byVrid[vrid] : null;
        if (targets == null) {
            routerCounters.unknownVrid();
            report(now, channel.interfaceName, datagram, ReceiveError.VRID, "no instance with VRID " + vrid + " on "
                    + channel.interfaceName);
            return;
        }
        for (int i = 0; i < targets.size(); i++) {
            targets.get(i).datagramArrived(now, datagram);
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
