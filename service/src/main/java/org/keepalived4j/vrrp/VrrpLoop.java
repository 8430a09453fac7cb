package org.keepalived4j.vrrp;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * The VRRP event-loop thread. It alone runs the engine's code: tasks submitted from other threads
 * (received packets, link changes, commands) and the instances' timers. It waits on its inbox
 * until the earliest timer, so it sleeps when there is nothing to do and wakes on time for an
 * advert. Nothing it runs may block.
 */
final class VrrpLoop {

    private static final Logger LOG = LogManager.getLogger("keepalived4j.vrrp");

    /** What the loop drives: the timers of every instance. */
    interface Timers {
        /** The earliest deadline on the nano clock, {@code Long.MAX_VALUE} if none. */
        long nextDeadline();

        /** Fires every timer due at {@code now}. */
        void fire(long now);
    }

    private final BlockingQueue<Runnable> inbox = new LinkedBlockingQueue<>();
    private final LongSupplier nanoClock;
    private final Timers timers;
    private final TimerLateness lateness = new TimerLateness();
    private final Thread thread;
    private final CountDownLatch finished = new CountDownLatch(1);
    private volatile boolean running = true;

    VrrpLoop(LongSupplier nanoClock, Timers timers) {
        this.nanoClock = nanoClock;
        this.timers = timers;
        this.thread = new Thread(this::run, "vrrp-loop");
        this.thread.setDaemon(true);
        // the adverts are the one thing here with a deadline
        this.thread.setPriority(Thread.MAX_PRIORITY);
    }

    void start() {
        thread.start();
    }

    /** Queues work for the loop thread; never blocks the caller. */
    void submit(Runnable task) {
        inbox.add(task);
    }

    /** How many tasks wait for the loop. */
    int backlog() {
        return inbox.size();
    }

    /** Makes the loop end after the task that called this; call from a loop task. */
    void finish() {
        running = false;
    }

    /** Waits for the loop thread to end. */
    boolean awaitFinished(long timeout, TimeUnit unit) throws InterruptedException {
        return finished.await(timeout, unit);
    }

    TimerLateness lateness() {
        return lateness;
    }

    private void run() {
        try {
            while (running) {
                long deadline = timers.nextDeadline();
                long now = nanoClock.getAsLong();
                Runnable task;
                if (deadline <= now) {
                    task = inbox.poll();
                } else if (deadline == Long.MAX_VALUE) {
                    task = inbox.poll(1, TimeUnit.SECONDS);
                } else {
                    task = inbox.poll(deadline - now, TimeUnit.NANOSECONDS);
                }
                if (task != null) {
                    runSafely(task);
                }
                now = nanoClock.getAsLong();
                deadline = timers.nextDeadline();
                if (deadline <= now && running) {
                    lateness.record(now - deadline);
                    timers.fire(now);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            finished.countDown();
        }
    }

    private void runSafely(Runnable task) {
        try {
            task.run();
        } catch (RuntimeException e) {
            // a bug in one task must not stop the adverts of every instance
            LOG.error("Internal error in the VRRP loop; continuing", e);
        }
    }
}
