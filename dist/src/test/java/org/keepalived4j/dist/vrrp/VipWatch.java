package org.keepalived4j.dist.vrrp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.time.Duration;
import org.keepalived4j.testing.HostProcess;
import org.keepalived4j.testing.LanHost;

/** Watches which of two routers holds a VIP, the way a user checks it: {@code ip addr} on each. */
final class VipWatch {

    private static final long POLL_MS = 20;

    private final String vip;
    private final LanHost a;
    private final LanHost b;

    VipWatch(String vip, LanHost a, LanHost b) {
        this.vip = vip;
        this.a = a;
        this.b = b;
    }

    /** Waits until {@code holder} has the VIP and the other router has not; returns the time it took. */
    Duration awaitHolder(LanHost holder, Duration timeout, HostProcess... logs) {
        LanHost other = holder == a ? b : a;
        long start = System.nanoTime();
        long end = start + timeout.toNanos();
        while (System.nanoTime() < end) {
            if (holder.hasAddress(vip) && !other.hasAddress(vip)) {
                return Duration.ofNanos(System.nanoTime() - start);
            }
            sleep();
        }
        StringBuilder why = new StringBuilder(holder + " did not become the only holder of " + vip + " within "
                + timeout + " (" + a + " has it: " + a.hasAddress(vip) + ", " + b + " has it: " + b.hasAddress(vip)
                + ")");
        for (HostProcess p : logs) {
            why.append("\n--- ").append(p).append(" ---\n").append(p.tail(40));
        }
        return fail(why.toString());
    }

    /** Asserts that for {@code period} exactly {@code holder} has the VIP (no dual master, no gap). */
    void assertSteady(LanHost holder, Duration period) {
        LanHost other = holder == a ? b : a;
        long end = System.nanoTime() + period.toNanos();
        while (System.nanoTime() < end) {
            assertThat(other.hasAddress(vip)).as("%s must not hold %s while %s is master", other, vip, holder)
                    .isFalse();
            assertThat(holder.hasAddress(vip)).as("%s must keep %s", holder, vip).isTrue();
            sleep();
        }
    }

    /** Waits until {@code host} no longer has the VIP. */
    Duration awaitGone(LanHost host, Duration timeout) {
        long start = System.nanoTime();
        long end = start + timeout.toNanos();
        while (System.nanoTime() < end) {
            if (!host.hasAddress(vip)) {
                return Duration.ofNanos(System.nanoTime() - start);
            }
            sleep();
        }
        return fail(host + " still holds " + vip + " after " + timeout);
    }

    private static void sleep() {
        try {
            Thread.sleep(POLL_MS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
