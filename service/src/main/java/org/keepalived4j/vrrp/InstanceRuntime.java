package org.keepalived4j.vrrp;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.keepalived4j.config.IpAddress;
import org.keepalived4j.config.net.AddressEntry;
import org.keepalived4j.config.vrrp.InstanceAddresses;
import org.keepalived4j.config.vrrp.VrrpInstance;
import org.keepalived4j.events.DaemonEvent;
import org.keepalived4j.events.InstanceState;
import org.keepalived4j.events.InstanceStateChanged;
import org.keepalived4j.events.MasterChanged;
import org.keepalived4j.events.ProtocolError;
import org.keepalived4j.model.InstanceCounters;
import org.keepalived4j.model.InstanceSnapshot;
import org.keepalived4j.model.VirtualAddressStatus;
import org.keepalived4j.vrrp.machine.Action;
import org.keepalived4j.vrrp.machine.InstanceMachine;
import org.keepalived4j.vrrp.machine.MachineView;
import org.keepalived4j.vrrp.machine.Reason;
import org.keepalived4j.vrrp.machine.VrrpState;
import org.keepalived4j.vrrp.packet.Advertisement;
import org.keepalived4j.vrrp.packet.ReceiveVerdict;
import org.keepalived4j.vrrp.packet.ReceivedAdvertisement;
import org.keepalived4j.vrrp.packet.StatsCounter;

/**
 * One VRRP instance at run time: its state machine plus what acts on the machine's decisions
 * (sending adverts, installing addresses, announcing them) and the counters and snapshot the
 * management surfaces read. Owned by the VRRP loop thread; nothing else calls it.
 */
final class InstanceRuntime {

    private static final Logger LOG = LogManager.getLogger("keepalived4j.vrrp");

    private final Logger log;

    private final InstancePlan plan;
    private final InstanceMachine machine;
    private final AdvertFraming framing;
    private final EnginePorts ports;
    private final Clock wallClock;
    private final EventSink events;
    private final ProtocolErrorLog errorLog;
    private final RouterCounters routerCounters;
    private boolean keepAddressesOnStop;
    private final Map<StatsCounter, Long> receiveErrors = new EnumMap<>(StatsCounter.class);
    private volatile InstanceSnapshot snapshot;
    /** Something a snapshot shows (a counter, mostly) changed since the last one was built. */
    private boolean snapshotStale;
    private final Runnable staleSnapshots;
    private final Runnable refreshWanted;
    private InterfaceFacts facts;
    private boolean addressesInstalled;
    private long lastRefresh;
    private VipLifetime lifetime = VipLifetime.FOREVER;
    private Instant stateSince;
    private int lastProtoErrorReason;
    /** What every advert but its priority is made of, fixed by the configuration: built once. */
    private final List<AddressEntry> allAddresses;
    private Advertisement advert;

    /** Where the runtime puts the events it emits (the loop forwards them to the bus). */
    interface EventSink {
        void emit(DaemonEvent event);
    }

    /**
     * @param staleSnapshots told (on the loop thread) whenever this instance's snapshot falls
     *        behind, so that a reader can ask for a fresh one ({@link #publishSnapshot})
     * @param refreshWanted told (on the loop thread) when this MASTER's VIP lifetimes are due for a
     *        refresh, which the engine then makes for every instance worth it at once
     */
    InstanceRuntime(InstancePlan plan, EnginePorts ports, Clock wallClock, EventSink events,
            ProtocolErrorLog errorLog, RouterCounters routerCounters, Runnable staleSnapshots,
            Runnable refreshWanted) {
        this(plan, ports, wallClock, events, errorLog, routerCounters, staleSnapshots, refreshWanted, LOG);
    }

    /** With a logger of its own: a {@link TakeoverRehearsal} runs instances that must not be heard. */
    InstanceRuntime(InstancePlan plan, EnginePorts ports, Clock wallClock, EventSink events,
            ProtocolErrorLog errorLog, RouterCounters routerCounters, Runnable staleSnapshots,
            Runnable refreshWanted, Logger log) {
        this.log = log;
        this.refreshWanted = refreshWanted;
        this.routerCounters = routerCounters;
        this.staleSnapshots = staleSnapshots;
        this.plan = plan;
        this.machine = new InstanceMachine(plan.machineParams());
        this.framing = plan.framing();
        this.ports = ports;
        this.wallClock = wallClock;
        this.events = events;
        this.errorLog = errorLog;
        this.stateSince = wallClock.instant();
        this.allAddresses = plan.allAddresses();
        this.snapshot = buildSnapshot();
    }

    String name() {
        return plan.name();
    }

    InstancePlan plan() {
        return plan;
    }

    /** The last snapshot published; any thread. */
    InstanceSnapshot snapshot() {
        return snapshot;
    }

    /** Builds a fresh snapshot if this one is behind; loop thread. */
    void publishSnapshot() {
        if (snapshotStale) {
            snapshotStale = false;
            snapshot = buildSnapshot();
        }
    }

    long nextDeadline() {
        return machine.nextDeadline();
    }

    void start(long now) {
        facts = ports.interfaces().find(plan.interfaceName()).orElse(null);
        boolean up = facts != null && facts.up();
        Optional<IpAddress> source = advertSource();
        if (facts == null) {
            log.warn("({}) interface {} does not exist; the instance stays in FAULT until it appears", name(),
                    plan.interfaceName());
        } else if (source.isEmpty()) {
            log.warn("({}) interface {} has no {} address to send adverts from; staying in FAULT", name(),
                    plan.interfaceName(), plan.family() == IpAddress.Family.INET ? "IPv4" : "IPv6 link-local");
            up = false;
        }
        apply(now, machine.start(now, up, source.orElse(plan.placeholderSource())));
        publishNow();
    }

    void timersDue(long now) {
        apply(now, machine.timersDue(now));
    }

    /** Stops the instance; {@code keepAddresses} is keepalived's -V (leave the VIPs in place). */
    void stop(long now, boolean keepAddresses) {
        keepAddressesOnStop = keepAddresses;
        apply(now, machine.stop(now));
        publishNow();
    }

    /** The interface's facts changed (link up/down, addresses); {@code found} is empty if it went away. */
    void interfaceChanged(long now, Optional<InterfaceFacts> found) {
        boolean wasUp = facts != null && facts.up() && advertSource().isPresent();
        facts = found.orElse(null);
        boolean up = facts != null && facts.up() && advertSource().isPresent();
        if (up != wasUp) {
            log.info("({}) interface {} is {}", name(), plan.interfaceName(), up ? "up" : "down");
            apply(now, machine.interfaceChanged(now, up));
        }
        advertSource().ifPresent(src -> apply(now, machine.primaryAddressChanged(now, src)));
        publishNow();
    }

    /** A datagram for this instance's VRID arrived on its interface. */
    void datagramArrived(long now, ReceivedAdvertisement datagram) {
        Optional<IpAddress> trusted = plan.skipCheckAdvAddr() && machine.state() == VrrpState.BACKUP
                ? machine.master() : Optional.empty();
        ReceiveVerdict verdict = framing.check(datagram, trusted);
        if (verdict instanceof ReceiveVerdict.Accepted accepted) {
            apply(now, machine.advertReceived(now, accepted.advert(), accepted.source()));
        } else if (verdict instanceof ReceiveVerdict.Rejected rejected) {
            StatsCounter counter = rejected.error().counter();
            if (counter.routerWide()) {
                routerCounters.count(counter);
            } else if (counter != StatsCounter.NONE) {
                receiveErrors.merge(counter, 1L, Long::sum);
            }
            int reason = rejected.error().protoError().value();
            if (reason != 0) {
                lastProtoErrorReason = reason;
            }
            if (errorLog.shouldReport(name(), rejected.error(), now)) {
                log.warn("({}) discarding an advert from {} on {}: {}", name(), datagram.source(),
                        plan.interfaceName(), rejected.detail());
                events.emit(new ProtocolError(wallClock.instant(), Optional.of(name()), plan.interfaceName(),
                        datagram.source(), rejected.error().name(), rejected.detail(), reason));
            }
            snapshotFallsBehind();
        }
    }

    String setBasePriority(long now, int priority) {
        int old = machine.view().basePriority();
        apply(now, machine.setBasePriority(now, priority));
        publishNow();
        return "(" + name() + ") base priority changed from " + old + " to " + priority;
    }

    String setPreempt(long now, boolean preempt) {
        apply(now, machine.setPreempt(now, preempt));
        publishNow();
        return "(" + name() + ") preemption " + (preempt ? "enabled" : "disabled");
    }

    /** Removes this instance's addresses if present, whatever the state (start-up and --cleanup). */
    void removeLeftoverAddresses() {
        routing(false);
        try {
            ports.addresses().remove(plan.allAddresses());
        } catch (IOException e) {
            log.warn("({}) cannot remove left-over virtual addresses: {}", name(), e.getMessage());
        }
    }

    private Optional<IpAddress> advertSource() {
        if (plan.configuredSource().isPresent()) {
            return plan.configuredSource();
        }
        return facts == null ? Optional.empty() : facts.advertSource(plan.family());
    }

    private void apply(long now, List<Action> actions) {
        // Becoming MASTER, keepalived sends its first advert and then adds the VIPs; the old master
        // drops them on that advert, sometimes before the new one has them. Adding them first closes
        // that gap (the two hold the VIP together for the time of one advert instead).
        for (Action a : actions) {
            if (a instanceof Action.AddAddresses) {
                installAddresses(now);
            }
        }
        boolean onlyAdverts = true;
        boolean vipsSet = false;
        for (Action a : actions) {
            onlyAdverts &= a instanceof Action.SendAdvert;
            if (a instanceof Action.SendAdvert s) {
                sendAdvert(now, s.priority());
            } else if (a instanceof Action.RemoveAddresses) {
                removeAddresses();
            } else if (a instanceof Action.Announce) {
                announce(now);
            } else if (a instanceof Action.StateChanged c) {
                stateChanged(c);
            } else if (a instanceof Action.MasterChanged m) {
                events.emit(new MasterChanged(wallClock.instant(), name(), m.master()));
            } else if (a instanceof Action.LowerPriorityAdvertSeen l) {
                log.info("({}) Received advert from {} with lower priority {}, ours {}, forcing new election", name(),
                        l.source(), l.priority(), machine.view().effectivePriority());
            } else if (a instanceof Action.AddAddresses) {
                vipsSet = true;
            }
        }
        if (vipsSet) {
            // said after the advert has left (and after "Entering MASTER STATE", keepalived's order)
            log.info("({}) setting VIPs{}", name(), lifetime.isForever() ? ""
                    : " (lifetime " + lifetime.seconds() + " s, refreshed with the adverts)");
        }
        if (onlyAdverts) {
            // an advert received or sent in a steady state (counters, a learnt interval): built
            // when someone reads it; a change of state, master or priority is published at once
            snapshotFallsBehind();
        } else {
            publishNow();
        }
    }

    /** For what is not per packet (commands, links, start, stop): published whatever it changed. */
    private void publishNow() {
        snapshotStale = false;
        snapshot = buildSnapshot();
    }

    private void snapshotFallsBehind() {
        if (!snapshotStale) {
            snapshotStale = true;
            staleSnapshots.run();
        }
    }

    private void sendAdvert(long now, int priority) {
        Optional<IpAddress> source = advertSource();
        if (source.isEmpty()) {
            return;
        }
        if (advert == null || advert.priority() != priority) {
            advert = new Advertisement(plan.version(), plan.virtualRouterId(), priority, plan.advertIntervalCentis(),
                    plan.advertisedAddresses(), plan.auth());
        }
        for (IpAddress destination : plan.destinations()) {
            try {
                byte[] packet = framing.frame(advert, source.get(), destination);
                ports.wire().send(plan.interfaceName(), plan.family(), source.get(), destination, packet);
            } catch (IOException | RuntimeException e) {
                if (errorLog.shouldReport(name(), "send", now)) {
                    log.warn("({}) cannot send an advert to {} on {}: {}", name(), destination, plan.interfaceName(),
                            e.getMessage());
                }
            }
        }
        if (addressesInstalled && machine.state() == VrrpState.MASTER && lifetime.refreshDue(lastRefresh, now)) {
            // the engine refreshes this one with every other that is half-way due, in one request
            refreshWanted.run();
        }
    }

    /**
     * Whether this MASTER's VIP lifetimes are worth refreshing now together with another's that is
     * due: half their refresh interval has passed. Refreshing early only pushes the expiry later.
     */
    boolean refreshWorthwhile(long now) {
        return addressesInstalled && machine.state() == VrrpState.MASTER && !lifetime.isForever()
                && now - lastRefresh >= lifetime.refreshEveryNanos() / 2;
    }

    /** The addresses a refresh puts again, for {@link #refreshWorthwhile} instances. */
    List<AddressEntry> allAddresses() {
        return allAddresses;
    }

    long lifetimeSeconds() {
        return lifetime.seconds();
    }

    /** The engine put this instance's addresses with a fresh lifetime at {@code now}. */
    void refreshed(long now) {
        lastRefresh = now;
    }

    private void installAddresses(long now) {
        lifetime = plan.lifetime(machine.view().masterDownIntervalNanos());
        addressesInstalled = true;
        putAddresses(now);
        routing(true);
    }

    /** Adds or removes the instance's virtual routes and rules, which follow its VIPs. */
    private void routing(boolean add) {
        InstanceAddresses a = plan.config().addresses();
        if (a.routes().isEmpty() && a.rules().isEmpty()) {
            return;
        }
        try {
            if (add) {
                ports.routing().add(a.routes(), a.rules());
            } else {
                ports.routing().remove(a.routes(), a.rules());
            }
        } catch (IOException e) {
            log.warn("({}) {} virtual routes/rules: {}", name(), add ? "adding" : "removing", e.getMessage());
        }
    }

    private void putAddresses(long now) {
        try {
            ports.addresses().put(allAddresses, lifetime.seconds());
            lastRefresh = now;
        } catch (IOException e) {
            log.warn("({}) cannot install the virtual addresses: {}", name(), e.getMessage());
        }
    }

    private void removeAddresses() {
        if (keepAddressesOnStop) {
            log.info("({}) leaving the VIPs in place (-V)", name());
            return;
        }
        addressesInstalled = false;
        routing(false);
        try {
            ports.addresses().remove(plan.allAddresses());
            log.info("({}) removing VIPs.", name());
        } catch (IOException e) {
            log.warn("({}) cannot remove the virtual addresses: {}", name(), e.getMessage());
        }
    }

    private void announce(long now) {
        if (facts == null) {
            return;
        }
        for (AddressEntry a : plan.allAddresses()) {
            if (a.device().isPresent() && !a.device().get().equals(plan.interfaceName())) {
                continue;
            }
            try {
                ports.announcer().announce(facts, a.address());
            } catch (IOException e) {
                if (errorLog.shouldReport(name(), "send", now)) {
                    log.warn("({}) cannot announce {} on {}: {}", name(), a.address(), plan.interfaceName(),
                            e.getMessage());
                }
            }
        }
    }

    private void stateChanged(Action.StateChanged c) {
        stateSince = wallClock.instant();
        InstanceState to = published(c.to());
        String why = because(c.reason());
        log.info("({}) Entering {} STATE ({})", name(), to, why);
        events.emit(new InstanceStateChanged(stateSince, name(), published(c.from()), to, why,
                to == InstanceState.MASTER ? machine.view().newMasterReason().mibValue() : 0,
                machine.view().effectivePriority()));
    }

    private InstanceSnapshot buildSnapshot() {
        MachineView v = machine.view();
        List<VirtualAddressStatus> vips = new ArrayList<>();
        for (AddressEntry a : plan.virtualAddresses()) {
            vips.add(new VirtualAddressStatus(a.local().toString(), a.device().orElse(plan.interfaceName()), false,
                    addressesInstalled));
        }
        for (AddressEntry a : plan.excludedAddresses()) {
            vips.add(new VirtualAddressStatus(a.local().toString(), a.device().orElse(plan.interfaceName()), true,
                    addressesInstalled));
        }
        MachineView.Counters m = v.counters();
        InstanceCounters c = new InstanceCounters(m.becomeMaster(), m.releaseMaster(), m.advertsReceived(),
                m.advertsSent(), errors(StatsCounter.ADVERTISE_INTERVAL_ERRORS), errors(StatsCounter.AUTH_FAILURES),
                errors(StatsCounter.IP_TTL_ERRORS), m.priorityZeroReceived(), m.priorityZeroSent(),
                errors(StatsCounter.INVALID_TYPE), errors(StatsCounter.ADDRESS_LIST_ERRORS),
                errors(StatsCounter.INVALID_AUTH_TYPE), errors(StatsCounter.AUTH_TYPE_MISMATCH),
                errors(StatsCounter.PACKET_LENGTH_ERRORS));
        return new InstanceSnapshot(name(), plan.virtualRouterId(), plan.version(), plan.family(),
                plan.interfaceName(), published(v.state()), plan.initialState(), v.basePriority(),
                v.effectivePriority(), v.preempt(), advertSource(), v.master(), plan.advertIntervalCentis(),
                v.masterAdverIntervalCentis(), Duration.ofNanos(v.skewNanos()),
                Duration.ofNanos(v.masterDownIntervalNanos()), vips, c, stateSince, v.newMasterReason().mibValue(),
                lastProtoErrorReason, wallClock.instant());
    }

    private static String because(Reason r) {
        return switch (r) {
            case STARTUP -> "starting";
            case MASTER_DOWN_TIMER -> "master down timer expired";
            case PRIORITY -> "the master left with priority 0";
            case PREEMPTED -> "preempting a lower-priority master";
            case HIGHER_PRIORITY_ADVERT -> "an advert with higher priority arrived";
            case OWNER_CONFLICT -> "another router is also address owner; base priority lowered to 254";
            case INTERFACE_DOWN -> "interface down";
            case INTERFACE_UP -> "interface up";
            case STOPPED -> "stopping";
            case OWNER -> "address owner";
            case COMMAND -> "by command";
        };
    }

    private static InstanceState published(VrrpState s) {
        return switch (s) {
            case INIT -> InstanceState.INIT;
            case BACKUP -> InstanceState.BACKUP;
            case MASTER -> InstanceState.MASTER;
            case FAULT -> InstanceState.FAULT;
            case STOP -> InstanceState.STOP;
        };
    }

    private long errors(StatsCounter e) {
        return receiveErrors.getOrDefault(e, 0L);
    }
}
