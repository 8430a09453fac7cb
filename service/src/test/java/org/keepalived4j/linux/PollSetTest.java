package org.keepalived4j.linux;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The poll set on real descriptors, without root: eventfds stand in for sockets (readable while their counter is
 * above zero), which is all ppoll sees of a socket.
 */
@Timeout(10)
class PollSetTest {

    private PollSet set;
    private Descriptor first;
    private Descriptor second;
    private int firstKey;
    private int secondKey;

    @BeforeEach
    void open() throws Exception {
        set = PollSet.open();
        first = Descriptor.adopt(LibC.eventfd(0, LibC.EFD_CLOEXEC | LibC.EFD_NONBLOCK), "first");
        second = Descriptor.adopt(LibC.eventfd(0, LibC.EFD_CLOEXEC | LibC.EFD_NONBLOCK), "second");
        firstKey = set.add(first);
        secondKey = set.add(second);
    }

    @AfterEach
    void close() {
        first.close();
        second.close();
        set.close();
    }

    private static void makeReadable(Descriptor d) {
        byte[] one = java.nio.ByteBuffer.allocate(8).order(java.nio.ByteOrder.nativeOrder()).putLong(1).array();
        LibC.write(d.number(), one, 8);
    }

    private static void drain(Descriptor d) {
        QuietLibC.read(d.number(), new com.sun.jna.Memory(8), 8);
    }

    @Test
    void longTimeOutsAreAskedShortEnoughThatTheKernelsSlackCannotMakeThemLate() {
        // the kernel may fire a poll time-out up to 0.1 % late: asked 0.2 % short, it ends before the deadline
        assertThat(PollSet.shortened(1_000_000_000L)).isEqualTo(998_000_000L);
        assertThat(PollSet.shortened(3_609_000_000L)).isLessThanOrEqualTo(3_609_000_000L - 2 * 3_609_000L);
        // short ones (a v3 advert) are late by little and stay as they are; none-at-all stays none
        assertThat(PollSet.shortened(PollSet.PRECISE_NANOS)).isEqualTo(PollSet.PRECISE_NANOS);
        assertThat(PollSet.shortened(100_000_000L)).isEqualTo(100_000_000L);
        assertThat(PollSet.shortened(0)).isZero();
        assertThat(PollSet.shortened(-1)).isEqualTo(-1);
    }

    @Test
    void aTimeOutEndsTheWaitWithNothingReady() throws Exception {
        long start = System.nanoTime();

        int ready = set.await(TimeUnit.MILLISECONDS.toNanos(30));

        assertThat(ready).isZero();
        assertThat(System.nanoTime() - start).isGreaterThanOrEqualTo(TimeUnit.MILLISECONDS.toNanos(30));
        assertThat(set.isReady(firstKey)).isFalse();
        assertThat(set.isReady(secondKey)).isFalse();
    }

    @Test
    void aReadableMemberIsReportedAndOnlyIt() throws Exception {
        makeReadable(second);

        int ready = set.await(-1);

        assertThat(ready).isEqualTo(1);
        assertThat(set.isReady(secondKey)).isTrue();
        assertThat(set.isReady(firstKey)).isFalse();
    }

    @Test
    void inputLeftUnreadIsReportedAgainAndReadInputIsNot() throws Exception {
        makeReadable(first);
        set.await(-1);

        assertThat(set.await(0)).as("level-triggered: still unread").isEqualTo(1);
        drain(first);
        assertThat(set.await(0)).isZero();
        assertThat(set.isReady(firstKey)).isFalse();
    }

    @Test
    void wakeFromAnotherThreadEndsAWaitWithoutTimeOut() throws Exception {
        CompletableFuture<Integer> waiting = waitWithoutTimeOut();
        Thread.sleep(50);
        assertThat(waiting).isNotDone();

        set.wake();

        assertThat(waiting.get(5, TimeUnit.SECONDS)).isZero();
    }

    @Test
    void aWakeBeforeTheWaitEndsTheNextWaitOnly() throws Exception {
        set.wake();
        set.wake();

        assertThat(set.await(-1)).as("woken at once").isZero();
        long start = System.nanoTime();
        set.await(TimeUnit.MILLISECONDS.toNanos(30));
        assertThat(System.nanoTime() - start).as("the wake-ups were used up").isGreaterThanOrEqualTo(
                TimeUnit.MILLISECONDS.toNanos(30));
    }

    @Test
    void closingAMemberWakesTheWaitAndDropsTheMember() throws Exception {
        CompletableFuture<Integer> waiting = waitWithoutTimeOut();
        Thread.sleep(50);

        first.close();

        assertThat(waiting.get(5, TimeUnit.SECONDS)).as("woken, nothing to read").isZero();
        assertThat(set.isReady(firstKey)).isFalse();
        long start = System.nanoTime();
        assertThat(set.await(TimeUnit.MILLISECONDS.toNanos(30))).isZero();
        assertThat(System.nanoTime() - start).as("the closed member no longer wakes the set")
                .isGreaterThanOrEqualTo(TimeUnit.MILLISECONDS.toNanos(30));
        makeReadable(second);
        assertThat(set.await(-1)).isEqualTo(1);
        assertThat(set.isReady(secondKey)).isTrue();
    }

    @Test
    void aClosedSetRefusesToWaitAndIgnoresWakeUps() {
        set.close();

        set.wake();
        assertThatThrownBy(() -> set.await(Duration.ofMillis(10).toNanos())).isInstanceOf(SyscallException.class)
                .hasMessageContaining("ppoll");
    }

    /** A wait on another thread, with no time-out. */
    private CompletableFuture<Integer> waitWithoutTimeOut() {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return set.await(-1);
            } catch (SyscallException e) {
                throw new IllegalStateException(e);
            }
        });
    }
}
