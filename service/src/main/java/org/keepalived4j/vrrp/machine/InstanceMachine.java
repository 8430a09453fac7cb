package org.keepalived4j.vrrp.machine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.keepalived4j.config.IpAddress;
import org.keepalived4j.vrrp.packet.Advertisement;

/**
 * The VRRP state machine of one instance (RFC 3768 §6.3-6.4, RFC 5798/9568 §6.4), behaving as
 * keepalived 2.2.7's vrrp.c and vrrp_scheduler.c where they differ from the RFCs. It does no I/O,
 * starts no thread and reads no clock: every input carries {@code now} from the caller's monotonic
 * clock in nanoseconds, and every output is an {@link Action} for the event loop to carry out in
 * order. Not thread-safe: the VRRP event loop owns it.
 *
 * <p>Contract with the loop: call {@link #timersDue} whenever {@code now >= nextDeadline()} before
 * any other input at that time (keepalived's scheduler also runs overdue timers first); calls before
 * {@link #start} only record the interface state and primary address; after {@link #stop} every
 * call does nothing.
 */
public final class InstanceMachine {

    private static final int OWNER_PRIORITY = 255;

    private final MachineParams params;
    private final long ownIntervalMicros;
    private final MasterDownTimer downTimer = new MasterDownTimer();
    private final AdvertTimer advertTimer = new AdvertTimer();
    private final AnnounceSchedule announces;
    private final PreemptDelay preemptDelay;
    private final InstanceStatistics stats = new InstanceStatistics();

    private VrrpState state = VrrpState.INIT;
    private boolean started;
    private int basePriority;
    private int trackerAdjustment;
    private int effectivePriority;
    private boolean preempt;
    private boolean interfaceUp = true;
    private IpAddress primary;
    private Optional<IpAddress> master = Optional.empty();
    private int masterPriority;
    private long masterAdverIntervalMicros;
    private NewMasterReason nextMasterReason = NewMasterReason.MASTER_NO_RESPONSE;
    private NewMasterReason masterReason = NewMasterReason.NOT_MASTER;

    public InstanceMachine(MachineParams params) {
        this.params = Objects.requireNonNull(params, "params");
        this.ownIntervalMicros = params.advertIntervalCentis() * Skew.MICROS_PER_CENTI;
        this.masterAdverIntervalMicros = ownIntervalMicros;
        this.announces = new AnnounceSchedule(params.announce());
        this.preemptDelay = new PreemptDelay(params.preemptDelayNanos());
        this.basePriority = params.basePriority();
        this.effectivePriority = params.basePriority();
        this.preempt = params.preempt();
    }

    /**
     * Starts the instance (keepalived vrrp_init_state). Interface down: FAULT. The owner
     * (priority 255) configured {@code state MASTER}: keepalived lets a 1 µs down timer expire, so
     * we stay INIT for 1 µs and then go MASTER (reason {@link Reason#OWNER}, RFC 6527 preempted)
     * without passing through BACKUP (keepalived sends no BACKUP notification either). Anyone else:
     * BACKUP with Master_Down_Timer = Master_Down_Interval, also a non-owner configured
     * {@code state MASTER} (keepalived 2.2.7 gives it no head start outside a sync group) and an
     * owner configured {@code state BACKUP}.
     *
     * @param primaryAddress our advert source address, for the equal-priority tie-break; null = unknown
     */
    public List<Action> start(long now, boolean interfaceUp, IpAddress primaryAddress) {
        if (started) {
            return List.of();
        }
        started = true;
        this.interfaceUp = interfaceUp;
        this.primary = primaryAddress;
        masterAdverIntervalMicros = ownIntervalMicros;
        List<Action> out = new ArrayList<>();
        if (!interfaceUp) {
            nextMasterReason = NewMasterReason.MASTER_NO_RESPONSE;
            changeState(VrrpState.FAULT, Reason.INTERFACE_DOWN, out);
        } else if (params.initialStateMaster() && basePriority == OWNER_PRIORITY) {
            nextMasterReason = NewMasterReason.PREEMPTED;
            downTimer.start(now, 1);
        } else {
            nextMasterReason = NewMasterReason.MASTER_NO_RESPONSE;
            downTimer.start(now, masterDownIntervalMicros());
            changeState(VrrpState.BACKUP, Reason.STARTUP, out);
        }
        return out;
    }

    /** An advert that passed the receive checks (keepalived ignores adverts in INIT and FAULT without counting them). */
    public List<Action> advertReceived(long now, Advertisement advert, IpAddress source) {
        Objects.requireNonNull(advert, "advert");
        Objects.requireNonNull(source, "source");
        if (state != VrrpState.BACKUP && state != VrrpState.MASTER) {
            return List.of();
        }
        stats.advertsReceived++;
        if (advert.priority() == 0) {
            stats.priorityZeroReceived++;
        }
        List<Action> out = new ArrayList<>();
        if (state == VrrpState.BACKUP) {
            backupReceived(now, advert, source, out);
        } else {
            masterReceived(now, advert, source, out);
        }
        return out;
    }

    /** Fires, in deadline order, every timer whose deadline is at or before {@code now}. */
    public List<Action> timersDue(long now) {
        List<Action> out = new ArrayList<>();
        // every firing re-arms relative to now or removes its deadline, so this ends
        for (int guard = 0; guard < 10_000; guard++) {
            long down = state == VrrpState.BACKUP || state == VrrpState.INIT ? downTimer.deadline() : Long.MAX_VALUE;
            long advert = state == VrrpState.MASTER ? advertTimer.deadline() : Long.MAX_VALUE;
            long round = announces.nextRound();
            long first = Math.min(down, Math.min(advert, round));
            if (first > now) {
                break;
            }
            if (first == down) {
                masterDownTimerFired(now, out);
            } else if (first == advert) {
                advertTimerFired(now, out);
            } else {
                announces.fireRound(out);
            }
        }
        return out;
    }

    /** The earliest deadline of any running timer, {@link Long#MAX_VALUE} when none runs. */
    public long nextDeadline() {
        return switch (state) {
            case INIT, BACKUP -> downTimer.deadline();
            case MASTER -> Math.min(advertTimer.deadline(), announces.nextRound());
            case FAULT, STOP -> Long.MAX_VALUE;
        };
    }

    /**
     * The interface (or anything else keepalived treats as an unweighted fault) went down or up.
     * Down: a MASTER sends priority 0 — twice, as keepalived 2.2.7 does (vrrp_state_leave_master
     * sends one and vrrp_restore_interface another) — removes its addresses and goes FAULT; any
     * other state goes FAULT. Up: FAULT -> BACKUP with Master_Down_Interval of the own interval;
     * keepalived's down_instance has replaced the MASTER wantstate, so even the owner comes back
     * as BACKUP and waits.
     */
    public List<Action> interfaceChanged(long now, boolean up) {
        if (!started || state == VrrpState.STOP || up == interfaceUp) {
            interfaceUp = up;
            return List.of();
        }
        interfaceUp = up;
        List<Action> out = new ArrayList<>();
        if (!up) {
            if (state == VrrpState.MASTER) {
                leaveMaster(now, VrrpState.FAULT, Reason.INTERFACE_DOWN, true, out);
            } else {
                downTimer.cancel();
                masterAdverIntervalMicros = ownIntervalMicros;
                changeState(VrrpState.FAULT, Reason.INTERFACE_DOWN, out);
            }
            recordMaster(Optional.empty(), out);
        } else if (state == VrrpState.FAULT) {
            nextMasterReason = NewMasterReason.MASTER_NO_RESPONSE;
            preemptDelay.clear();
            masterAdverIntervalMicros = ownIntervalMicros;
            downTimer.start(now, masterDownIntervalMicros());
            changeState(VrrpState.BACKUP, Reason.INTERFACE_UP, out);
        }
        return out;
    }

    /** Our advert source address changed; a MASTER reports itself at the new address. */
    public List<Action> primaryAddressChanged(long now, IpAddress primaryAddress) {
        this.primary = primaryAddress;
        List<Action> out = new ArrayList<>();
        if (state == VrrpState.MASTER) {
            recordMaster(Optional.ofNullable(primaryAddress), out);
        }
        return out;
    }

    /** Shutdown: a MASTER sends priority 0 and removes its addresses; any state ends in STOP. */
    public List<Action> stop(long now) {
        if (state == VrrpState.STOP) {
            return List.of();
        }
        List<Action> out = new ArrayList<>();
        if (state == VrrpState.MASTER) {
            sendAdvert(0, out);
            stats.priorityZeroSent++;
            out.add(new Action.RemoveAddresses());
        }
        downTimer.cancel();
        advertTimer.cancel();
        announces.clear();
        started = true;
        changeState(VrrpState.STOP, Reason.STOPPED, out);
        recordMaster(Optional.empty(), out);
        return out;
    }

    /**
     * What keepalived's SNMP SET of vrrpInstanceBasePriority does: the tracker total moves with the
     * base and the effective priority is recomputed — except that keepalived never recomputes it
     * while the base is 255, so setting 255 keeps the current effective priority until the base
     * changes again.
     *
     * @param priority 1..255 (keepalived refuses 0 with wrongValue)
     */
    public List<Action> setBasePriority(long now, int priority) {
        if (priority < 1 || priority > OWNER_PRIORITY) {
            throw new IllegalArgumentException("base priority " + priority + " outside [1, 255]");
        }
        basePriority = priority;
        applyEffectivePriority(now);
        return List.of();
    }

    /** SNMP SET of vrrpInstancePreempt; only a BACKUP's next advert sees it. */
    public List<Action> setPreempt(long now, boolean preempt) {
        this.preempt = preempt;
        return List.of();
    }

    /**
     * The sum of the weights of the tracked objects; effective = clamp(base + delta, 1, 254), the
     * owner's 255 never changes. A running Master_Down_Timer moves by the change of
     * Master_Down_Interval (keepalived vrrp_set_effective_priority); a MASTER advertises the new
     * priority from its next advert on.
     */
    public List<Action> setPriorityAdjustment(long now, int delta) {
        trackerAdjustment = delta;
        applyEffectivePriority(now);
        return List.of();
    }

    /** The current state; cheaper than {@link #view()} for a question asked per packet. */
    public VrrpState state() {
        return state;
    }

    /** The master this instance believes in; cheaper than {@link #view()}. */
    public Optional<IpAddress> master() {
        return master;
    }

    public MachineView view() {
        long skew = Skew.micros(params.version(), effectivePriority, masterAdverIntervalMicros);
        return new MachineView(params.name(), state, basePriority, effectivePriority, preempt, interfaceUp,
                master, masterPriority, (int) (masterAdverIntervalMicros / Skew.MICROS_PER_CENTI),
                skew * 1000L, masterDownIntervalMicros() * 1000L,
                state == VrrpState.BACKUP || state == VrrpState.INIT ? downTimer.deadline() : Long.MAX_VALUE,
                state == VrrpState.MASTER ? advertTimer.deadline() : Long.MAX_VALUE,
                preemptDelay.until(), nextDeadline(), masterReason, stats.snapshot());
    }

    // --- BACKUP (keepalived vrrp_state_backup) ---

    private void backupReceived(long now, Advertisement advert, IpAddress source, List<Action> out) {
        int priority = advert.priority();
        if (priority == 0) {
            // the master is leaving: take over after Skew_Time only
            nextMasterReason = NewMasterReason.PRIORITY;
            downTimer.start(now, skewMicros());
        } else if (!preempt || priority >= effectivePriority || preemptDelay.holdsBackup(now)) {
            learnMasterInterval(advert);
            masterPriority = priority;
            nextMasterReason = NewMasterReason.MASTER_NO_RESPONSE;
            if (preemptDelay.configured()) {
                if (priority >= effectivePriority) {
                    preemptDelay.clear();
                } else if (!preemptDelay.started()) {
                    preemptDelay.start(now);
                }
            }
            downTimer.start(now, masterDownIntervalMicros());
            recordMaster(Optional.of(source), out);
        } else {
            // lower priority and we may preempt: let the timer run out; keepalived still records
            // the sender as master for SNMP
            nextMasterReason = NewMasterReason.PREEMPTED;
            downTimer.keepRunning(now);
            recordMaster(Optional.of(source), out);
        }
    }

    private void masterDownTimerFired(long now, List<Action> out) {
        Reason reason = state == VrrpState.INIT ? Reason.OWNER : switch (nextMasterReason) {
            case PRIORITY -> Reason.PRIORITY;
            case PREEMPTED -> Reason.PREEMPTED;
            case MASTER_NO_RESPONSE, NOT_MASTER -> Reason.MASTER_DOWN_TIMER;
        };
        becomeMaster(now, reason, out);
    }

    /** keepalived vrrp_state_goto_master + vrrp_state_master_tx + vrrp_state_become_master. */
    private void becomeMaster(long now, Reason reason, List<Action> out) {
        masterReason = nextMasterReason;
        downTimer.cancel();
        // RFC 5798: a master uses its own interval (keepalived resets it only with -D, a bug we do not copy)
        masterAdverIntervalMicros = ownIntervalMicros;
        advertTimer.arm(now, ownIntervalMicros);
        // the advert goes first so that the old master removes the VIPs before our ARPs
        sendAdvert(effectivePriority, out);
        stats.becomeMaster++;
        out.add(new Action.AddAddresses());
        announces.becameMaster(now, out);
        changeState(VrrpState.MASTER, reason, out);
        master = Optional.ofNullable(primary);
        out.add(new Action.MasterChanged(master));
    }

    // --- MASTER (keepalived vrrp_state_master_rx / vrrp_state_master_tx) ---

    private void advertTimerFired(long now, List<Action> out) {
        sendAdvert(effectivePriority, out);
        announces.advertSent(now, out);
        advertTimer.arm(now, ownIntervalMicros);
    }

    private void masterReceived(long now, Advertisement advert, IpAddress source, List<Action> out) {
        int priority = advert.priority();
        int addressOrder = compareToPrimary(source);
        boolean higher = priority > effectivePriority || (priority == effectivePriority && addressOrder > 0);
        if (priority == 0 || (params.higherPrioSendAdvert() && higher)) {
            sendAdvert(effectivePriority, out);
            if (priority == 0) {
                rearmAfterReceive(now);
                return;
            }
        }
        boolean ownerConflict = false;
        if (priority == effectivePriority && addressOrder != 0 && effectivePriority == OWNER_PRIORITY) {
            // both claim to own the addresses: keepalived reports a configuration error and yields
            ownerConflict = true;
            basePriority = OWNER_PRIORITY - 1;
            effectivePriority = OWNER_PRIORITY - 1;
        }
        if (priority < effectivePriority || (priority == effectivePriority && addressOrder < 0)) {
            // a partitioned peer became master: keepalived forces a new election at once
            if (!params.lowerPrioNoAdvert()) {
                sendAdvert(effectivePriority, out);
            }
            announces.lowerPriorityAdvert(now, out);
            out.add(new Action.LowerPriorityAdvertSeen(priority, source));
            rearmAfterReceive(now);
        } else if (priority > effectivePriority || (priority == effectivePriority && addressOrder > 0)) {
            learnMasterInterval(advert);
            masterPriority = priority;
            leaveMaster(now, VrrpState.BACKUP, ownerConflict ? Reason.OWNER_CONFLICT : Reason.HIGHER_PRIORITY_ADVERT,
                    false, out);
            recordMaster(Optional.of(source), out);
        } else {
            // equal priority from our own address: our packet looped back (keepalived logs a warning)
            rearmAfterReceive(now);
        }
    }

    /**
     * keepalived re-arms the advert timer after every advert a master handles ("if we have sent an
     * advert, reset the timer"), except with lower_prio_no_advert.
     */
    private void rearmAfterReceive(long now) {
        if (!params.lowerPrioNoAdvert()) {
            advertTimer.arm(now, ownIntervalMicros);
        }
    }

    /** keepalived vrrp_state_leave_master (+ vrrp_restore_interface). */
    private void leaveMaster(long now, VrrpState target, Reason reason, boolean stopAdvert, List<Action> out) {
        if (target == VrrpState.BACKUP) {
            preemptDelay.clear();
        } else {
            sendAdvert(0, out);
        }
        if (stopAdvert) {
            sendAdvert(0, out);
            stats.priorityZeroSent++;
        }
        out.add(new Action.RemoveAddresses());
        advertTimer.cancel();
        announces.clear();
        changeState(target, reason, out);
        if (target == VrrpState.BACKUP) {
            downTimer.start(now, masterDownIntervalMicros());
        } else {
            masterAdverIntervalMicros = ownIntervalMicros;
        }
        stats.releaseMaster++;
    }

    // --- common ---

    private void applyEffectivePriority(long now) {
        if (basePriority == OWNER_PRIORITY) {
            return;
        }
        int total = basePriority + trackerAdjustment;
        int updated = Math.max(1, Math.min(OWNER_PRIORITY - 1, total));
        if (updated == effectivePriority) {
            return;
        }
        effectivePriority = updated;
        if (state == VrrpState.BACKUP) {
            downTimer.changeLength(now, masterDownIntervalMicros());
        }
    }

    private void learnMasterInterval(Advertisement advert) {
        if (params.version() == 3) {
            masterAdverIntervalMicros = advert.intervalCentis() * Skew.MICROS_PER_CENTI;
        }
    }

    private long skewMicros() {
        return Skew.micros(params.version(), effectivePriority, masterAdverIntervalMicros);
    }

    private long masterDownIntervalMicros() {
        return Skew.masterDownIntervalMicros(params.version(), params.downTimerAdverts(), effectivePriority,
                masterAdverIntervalMicros);
    }

    /**
     * keepalived vrrp_saddr_cmp: the sender's address against ours as unsigned bytes in network
     * order. An unknown primary compares as the unspecified address (keepalived reads 0 from an
     * interface without one); a sender of the other family compares equal.
     */
    private int compareToPrimary(IpAddress source) {
        byte[] theirs = source.bytes();
        byte[] ours = primary == null ? new byte[theirs.length] : primary.bytes();
        if (ours.length != theirs.length) {
            return 0;
        }
        return Integer.signum(Arrays.compareUnsigned(theirs, ours));
    }

    private void sendAdvert(int priority, List<Action> out) {
        out.add(new Action.SendAdvert(priority));
        stats.advertsSent++;
    }

    private void changeState(VrrpState to, Reason reason, List<Action> out) {
        VrrpState from = state;
        state = to;
        out.add(new Action.StateChanged(from, to, reason));
    }

    private void recordMaster(Optional<IpAddress> newMaster, List<Action> out) {
        if (!newMaster.equals(master)) {
            master = newMaster;
            out.add(new Action.MasterChanged(newMaster));
        }
    }
}
