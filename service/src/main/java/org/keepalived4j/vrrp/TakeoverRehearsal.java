package org.keepalived4j.vrrp;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.apache.logging.log4j.simple.SimpleLoggerContext;
import org.keepalived4j.events.InstanceState;

/**
 * Runs takeovers ahead of time, so that a backup's first real one is not its first.
 *
 * <p>A backup that has never been MASTER would run its takeover (the VIPs, the first advert, the
 * gratuitous ARPs, the state change) for the first time when it matters, in the interpreter: some
 * 2 to 3 ms on top of the skew time. The JIT compiles only what has run a few hundred times. So,
 * once the engine runs, a background thread plays each kind of configured instance (version,
 * family, unicast or not, authentication) through start, takeover, a few adverts and the stop a few
 * hundred times, on copies of the instance with ports that build every request and frame from the
 * real interfaces and send nothing, and with a logger nobody hears. The live instances, their
 * counters and the event bus are never touched.
 */
final class TakeoverRehearsal implements Runnable {

    private static final Logger LOG = LogManager.getLogger("keepalived4j.vrrp");
    /** Above C1's compile threshold (200 invocations); more showed no faster takeover. */
    static final int ROUNDS = 250;
    /** Rounds between short pauses, so the rehearsal never holds a CPU for long. */
    private static final int ROUNDS_PER_SLICE = 10;

    private final List<InstancePlan> kinds;
    private final EnginePorts dryPorts;
    private final Clock wallClock;
    private final int rounds;
    private final Logger quiet = new SimpleLoggerContext().getLogger("keepalived4j.vrrp.rehearsal");
    private int takeovers;

    TakeoverRehearsal(List<InstancePlan> plans, EnginePorts dryPorts, Clock wallClock, int rounds) {
        this.kinds = kinds(plans);
        this.dryPorts = dryPorts;
        this.wallClock = wallClock;
        this.rounds = rounds;
    }

    /** One plan of each kind whose takeover runs different code. */
    static List<InstancePlan> kinds(List<InstancePlan> plans) {
        Map<String, InstancePlan> byKind = new LinkedHashMap<>();
        for (InstancePlan p : plans) {
            String kind = p.version() + "/" + p.family() + "/" + p.config().network().isUnicast() + "/"
                    + p.auth().type() + "/" + !p.config().addresses().routes().isEmpty();
            byKind.putIfAbsent(kind, p);
        }
        return new ArrayList<>(byKind.values());
    }

    /** Starts the rehearsal on a daemon thread of its own. */
    Thread start() {
        Thread t = new Thread(this, "takeover rehearsal");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
        return t;
    }

    @Override
    public void run() {
        try {
            for (int round = 0; round < rounds; round++) {
                for (InstancePlan plan : kinds) {
                    rehearse(plan);
                }
                if (round % ROUNDS_PER_SLICE == ROUNDS_PER_SLICE - 1) {
                    Thread.sleep(1);
                }
            }
            LOG.debug("Rehearsed {} takeover(s) of {} kind(s) of instance", takeovers, kinds.size());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            // a rehearsal only warms code up; whatever it trips on, the real instances are untouched
            LOG.debug("The takeover rehearsal stopped early: {}", e.toString());
        }
    }

    /** Start, take over when the master-down timer fires, send two adverts, stop. */
    private void rehearse(InstancePlan plan) {
        InstanceRuntime rt = new InstanceRuntime(plan, dryPorts, wallClock, event -> { }, new ProtocolErrorLog(),
                new RouterCounters(), () -> { }, () -> { }, quiet);
        long now = 0;
        rt.start(now);
        for (int step = 0; step < 3 && rt.nextDeadline() != Long.MAX_VALUE; step++) {
            now = rt.nextDeadline();
            rt.timersDue(now);
        }
        if (rt.snapshot().state() == InstanceState.MASTER) {
            takeovers++;
        }
        rt.stop(now, false);
    }

    /** Takeovers that reached MASTER so far (tests). */
    int takeovers() {
        return takeovers;
    }
}
