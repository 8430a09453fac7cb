package org.keepalived4j.vrrp;

import java.time.Duration;

/**
 * The kernel lifetime given to the virtual addresses of a MASTER, and when to refresh it.
 *
 * <p>The engine refreshes the lifetime when it sends an advert. If the master freezes or is killed
 * at time f, its last refresh r lies in [f - refreshEvery - advert, f], and the kernel removes the
 * addresses at r + lifetime (checking lifetimes about once a second, so up to a second later).
 * The backup takes over at f + master-down interval. Choosing lifetime = master-down interval +
 * one advert interval, rounded up to whole seconds (the kernel's unit), and refreshing once the
 * slack above that is used up, keeps r + lifetime >= f + master-down: the LAN never goes without
 * the VIP while the backup is still waiting, and the duplicate-IP window after a crash is about
 * a second instead of forever.
 *
 * @param seconds the lifetime given to the addresses; 0 = forever (the feature is off)
 * @param refreshEveryNanos how long a refresh lasts before the next advert must repeat it
 */
public record VipLifetime(long seconds, long refreshEveryNanos) {

    public static final VipLifetime FOREVER = new VipLifetime(0, Long.MAX_VALUE);

    /**
     * The lifetime for an instance whose master-down interval is {@code masterDown}, refreshed no
     * less often than every advert interval.
     *
     * @param configuredSeconds {@code vip_lifetime N}: use N, but never less than the derived
     *        lifetime, so that a backup always takes over first; 0 = the derived lifetime
     */
    public static VipLifetime forInterval(Duration masterDown, Duration advertInterval, long configuredSeconds) {
        long needed = masterDown.toNanos() + advertInterval.toNanos();
        long derived = Math.max(1, (needed + 999_999_999L) / 1_000_000_000L);
        long seconds = Math.max(derived, configuredSeconds);
        return new VipLifetime(seconds, seconds * 1_000_000_000L - needed);
    }

    public boolean isForever() {
        return seconds == 0;
    }

    /** Whether a refresh made at {@code lastRefresh} must be repeated by {@code now}. */
    public boolean refreshDue(long lastRefresh, long now) {
        return !isForever() && now - lastRefresh >= refreshEveryNanos;
    }
}
