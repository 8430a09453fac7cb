package org.keepalived4j.vrrp;

import java.io.IOException;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.LongSupplier;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * The VRRP event-loop thread. It alone runs the engine's code: the instances' timers, the input of
 * what it waits on (on Linux: the VRRP sockets, read on this thread as keepalived's single epoll
 * loop reads them) and tasks other threads submit (commands, link changes, stop). It sleeps until
 * the earliest timer, input or a task, so it costs nothing when there is nothing to do and wakes on
 * time for an advert. Nothing it runs may block.
 */
final class VrrpLoop {

    private static final Logger LOG = LogManager.getLogger("keepalived4j.vrrp");

    /** Tasks run per round at most, so that a burst of them never holds back a due advert. */
    private static final int TASKS_PER_ROUND = 64;

    /** What the loop drives: the timers of every instance. */
    interface Timers {
        /**
         * Fires every timer due at {@code now} and returns the earliest deadline left on the nano
         * clock, {@code Long.MAX_VALUE} if none; how late the fired ones were goes to {@code lateness}.
         */
        long fireDue(long now, TimerLateness lateness);
    }

    /** What the loop sleeps on between rounds. */
    interface Waiting {
        /**
         * Sleeps at most {@code timeoutNanos} ({@code Long.MAX_VALUE}: no limit), less when input
         * comes or {@link #wake} is called, or was called since the last sleep.
         */
        void await(long timeoutNanos) throws IOException;

        /** Handles the input that came during the last {@link #await}, on the loop thread; whether there was any. */
        boolean handleInput();

        /** Ends the current or the next {@link #await}; any thread. */
        void wake();
    }

    private final Queue<Runnable> inbox = new ConcurrentLinkedQueue<>();
    private final LongSupplier nanoClock;
    private final Timers timers;
    private final TimerLateness lateness = new TimerLateness();
    private final Thread thread;
    private final CountDownLatch finished = new CountDownLatch(1);
    private Waiting waiting;
    /** Set while the loop is asleep or about to be: only then does a submitter pay for a wake-up. */
    private volatile boolean asleep;
    private volatile boolean running = true;
    /**
     * Loop thread only. Deadlines change only in what the loop runs: after a round that ran
     * nothing but due timers, the deadline those returned is still the next one, and no scan is needed.
     */
    private boolean deadlineKnown;
    private long nextDeadline = Long.MAX_VALUE;

    VrrpLoop(LongSupplier nanoClock, Timers timers) {
        this.nanoClock = nanoClock;
        this.timers = timers;
        this.thread = new Thread(this::run, "vrrp-loop");
        this.thread.setDaemon(true);
        // the adverts are the one thing here with a deadline
        this.thread.setPriority(Thread.MAX_PRIORITY);
        this.waiting = new Parking(thread);
    }

    /** Sleeps on {@code w} instead of parking the thread; before {@link #start()} only. */
    void waitOn(Waiting w) {
        if (thread.getState() != Thread.State.NEW) {
            throw new IllegalStateException("the VRRP loop runs already");
        }
        this.waiting = w;
    }

    void start() {
        thread.start();
    }

    /** Queues work for the loop thread; never blocks the caller. */
    void submit(Runnable task) {
        inbox.add(task);
        // Pairs with run(): the loop announces its sleep, then looks at the inbox; we add, then look
        // at the announcement. One of the two sees the other, so no task waits for a timer.
        if (asleep) {
            waiting.wake();
        }
    }

    /** Whether the loop thread runs (started, not finished). */
    boolean isRunning() {
        return running && thread.isAlive();
    }

    boolean isLoopThread() {
        return Thread.currentThread() == thread;
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
                round();
            }
        } finally {
            finished.countDown();
        }
    }

    /**
     * One round: sleep until the next deadline, input or a task, then due timers, tasks and input.
     * A method of its own (not the body of run's loop) so that the JIT compiles it like any other,
     * rather than leaving the thread's one long-running frame to the interpreter.
     */
    private void round() {
        if (!deadlineKnown) {
            nextDeadline = timers.fireDue(nanoClock.getAsLong(), lateness);
        }
        sleepUntil(nextDeadline);
        long now = nanoClock.getAsLong();
        deadlineKnown = false;
        if (nextDeadline <= now && running) {
            // timers first, as keepalived's scheduler runs overdue timers before input
            nextDeadline = timers.fireDue(now, lateness);
            deadlineKnown = true;
        }
        boolean ran = runTasks();
        if (running) {
            ran |= waiting.handleInput();
        }
        deadlineKnown &= !ran;
    }

    private void sleepUntil(long deadline) {
        asleep = true;
        try {
            if (!inbox.isEmpty() || !running) {
                return;
            }
            long now = nanoClock.getAsLong();
            if (deadline <= now) {
                return;
            }
            waiting.await(deadline == Long.MAX_VALUE ? Long.MAX_VALUE : deadline - now);
        } catch (IOException | RuntimeException e) {
            LOG.error("The VRRP loop cannot wait for input; polling every 10 ms instead", e);
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(10));
        } finally {
            asleep = false;
        }
    }

    private boolean runTasks() {
        for (int i = 0; i < TASKS_PER_ROUND && running; i++) {
            Runnable task = inbox.poll();
            if (task == null) {
                return i > 0;
            }
            runSafely(task);
        }
        return true;
    }

    private void runSafely(Runnable task) {
        try {
            task.run();
        } catch (RuntimeException e) {
            // a bug in one task must not stop the adverts of every instance
            LOG.error("Internal error in the VRRP loop; continuing", e);
        }
    }

    /** Waiting without sockets (the engine fed by another thread, as in-memory tests do): park and unpark. */
    private static final class Parking implements Waiting {
        private final Thread loop;

        Parking(Thread loop) {
            this.loop = loop;
        }

        @Override
        public void await(long timeoutNanos) {
            if (timeoutNanos == Long.MAX_VALUE) {
                LockSupport.park(this);
            } else {
                LockSupport.parkNanos(this, timeoutNanos);
            }
            // an interrupt would make every later park return at once
            Thread.interrupted();
        }

        @Override
        public boolean handleInput() {
            return false;
        }

        @Override
        public void wake() {
            LockSupport.unpark(loop);
        }
    }
}
