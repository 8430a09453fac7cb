package org.keepalived4j.vrrp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The loop's rounds with a scripted {@link VrrpLoop.Waiting} and a clock the test sets: when it sleeps
 * and for how long, when a submitter pays for a wake-up, in which order timers, tasks and input run.
 */
@Timeout(10)
class VrrpLoopTest {

    /** Sleeps until woken (by a submitter or by the test, which may hand it input first). */
    private static final class ScriptedWaiting implements VrrpLoop.Waiting {
        final Semaphore wakeUps = new Semaphore(0);
        final Semaphore asleep = new Semaphore(0);
        final AtomicInteger wakeCalls = new AtomicInteger();
        final List<Long> timeouts = new CopyOnWriteArrayList<>();
        final List<String> log;
        volatile boolean input;

        ScriptedWaiting(List<String> log) {
            this.log = log;
        }

        @Override
        public void await(long timeoutNanos) {
            timeouts.add(timeoutNanos);
            asleep.release();
            wakeUps.acquireUninterruptibly();
            wakeUps.drainPermits();
        }

        @Override
        public boolean handleInput() {
            if (!input) {
                return false;
            }
            input = false;
            log.add("input");
            return true;
        }

        @Override
        public void wake() {
            wakeCalls.incrementAndGet();
            wakeUps.release();
        }

        void awaitAsleep() throws InterruptedException {
            assertThat(asleep.tryAcquire(5, TimeUnit.SECONDS)).as("the loop went to sleep").isTrue();
        }
    }

    private final List<String> log = new CopyOnWriteArrayList<>();
    private final AtomicLong clock = new AtomicLong(1_000);
    private final AtomicInteger scans = new AtomicInteger();
    private volatile long deadline = Long.MAX_VALUE;
    private final ScriptedWaiting waiting = new ScriptedWaiting(log);
    private final VrrpLoop loop = new VrrpLoop(clock::get, (now, lateness) -> {
        scans.incrementAndGet();
        if (deadline <= now) {
            log.add("timer");
            lateness.record(now - deadline);
            deadline = Long.MAX_VALUE;
        }
        return deadline;
    });

    @AfterEach
    void stop() throws InterruptedException {
        loop.submit(loop::finish);
        waiting.wakeUps.release();
        assertThat(loop.awaitFinished(5, TimeUnit.SECONDS)).isTrue();
    }

    private void start() throws InterruptedException {
        loop.waitOn(waiting);
        loop.start();
        waiting.awaitAsleep();
    }

    @Test
    void withoutTimersItSleepsWithoutTimeOutUntilATaskComes() throws Exception {
        start();
        assertThat(waiting.timeouts).containsExactly(Long.MAX_VALUE);
        CompletableFuture<String> ran = new CompletableFuture<>();

        loop.submit(() -> ran.complete(Thread.currentThread().getName()));

        assertThat(ran.get(5, TimeUnit.SECONDS)).isEqualTo("vrrp-loop");
        assertThat(waiting.wakeCalls).as("the sleeping loop was woken").hasValue(1);
    }

    @Test
    void aTaskSubmittedByAnAwakeLoopCostsNoWakeUp() throws Exception {
        start();
        CompletableFuture<Void> second = new CompletableFuture<>();

        loop.submit(() -> loop.submit(() -> second.complete(null)));

        second.get(5, TimeUnit.SECONDS);
        assertThat(waiting.wakeCalls).as("only the first submit found the loop asleep").hasValue(1);
    }

    @Test
    void itSleepsUntilTheEarliestDeadline() throws Exception {
        deadline = 1_000 + 40_000;
        start();

        assertThat(waiting.timeouts).containsExactly(40_000L);
    }

    @Test
    void dueTimersFireBeforeTheInputThatWokeTheLoop() throws Exception {
        deadline = 1_000 + 40_000;
        start();
        clock.set(1_000 + 50_000);
        waiting.input = true;

        waiting.wakeUps.release();
        waiting.awaitAsleep();

        assertThat(log).containsExactly("timer", "input");
        assertThat(loop.lateness().maxNanos()).isEqualTo(10_000);
    }

    @Test
    void aRoundThatOnlyFiredTimersSleepsWithoutScanningAgain() throws Exception {
        deadline = 1_000 + 40_000;
        start();
        int before = scans.get();
        clock.set(1_000 + 40_000);

        waiting.wakeUps.release();
        waiting.awaitAsleep();

        assertThat(log).containsExactly("timer");
        assertThat(scans.get() - before).as("one scan fired the timer and found the next deadline").isEqualTo(1);
    }

    @Test
    void aRoundWithInputScansOnceBeforeSleeping() throws Exception {
        start();
        int before = scans.get();
        waiting.input = true;

        waiting.wakeUps.release();
        waiting.awaitAsleep();

        assertThat(log).containsExactly("input");
        assertThat(scans.get() - before).as("input may move a deadline: one scan, none before it").isEqualTo(1);
    }

    @Test
    void aTaskThatFinishesTheLoopIsTheLastThingItRuns() throws Exception {
        start();
        waiting.input = true;
        AtomicInteger after = new AtomicInteger();

        loop.submit(loop::finish);
        loop.submit(after::incrementAndGet);

        assertThat(loop.awaitFinished(5, TimeUnit.SECONDS)).isTrue();
        assertThat(after).hasValue(0);
        assertThat(log).as("no input read after finishing").isEmpty();
    }
}
