package org.keepalived4j.config.global;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Gratuitous ARP / unsolicited NA defaults for every VRRP instance.
 *
 * @param masterDelay          {@code vrrp_garp_master_delay}: delay of the second burst after
 *                             becoming MASTER; zero = no second burst (default 5 s)
 * @param masterRepeat         {@code vrrp_garp_master_repeat}: messages per burst (default 5)
 * @param masterRefresh        {@code vrrp_garp_master_refresh}: periodic refresh while MASTER;
 *                             zero = off (default)
 * @param masterRefreshRepeat  {@code vrrp_garp_master_refresh_repeat} (default 1)
 * @param lowerPrioDelay       {@code vrrp_garp_lower_prio_delay}; unset = the master delay
 * @param lowerPrioRepeat      {@code vrrp_garp_lower_prio_repeat}; unset = the master repeat
 * @param garpInterval         {@code vrrp_garp_interval}: gap between ARPs on an interface (default 0)
 * @param gnaInterval          {@code vrrp_gna_interval}: gap between NAs on an interface (default 0)
 * @param extraIfInterval      {@code vrrp_garp_extra_if}: periodic GARP on other interfaces
 * @param extraIfAll           the {@code all} option of {@code vrrp_garp_extra_if}
 */
public record GarpDefaults(Duration masterDelay, long masterRepeat, Duration masterRefresh, long masterRefreshRepeat,
                           Optional<Duration> lowerPrioDelay, OptionalLong lowerPrioRepeat, Duration garpInterval,
                           Duration gnaInterval, Optional<Duration> extraIfInterval, boolean extraIfAll) {

    public static final Duration DEFAULT_MASTER_DELAY = Duration.ofSeconds(5);
    public static final long DEFAULT_MASTER_REPEAT = 5;
    public static final long DEFAULT_MASTER_REFRESH_REPEAT = 1;

    public static final GarpDefaults DEFAULT = new GarpDefaults(DEFAULT_MASTER_DELAY, DEFAULT_MASTER_REPEAT,
            Duration.ZERO, DEFAULT_MASTER_REFRESH_REPEAT, Optional.empty(), OptionalLong.empty(), Duration.ZERO,
            Duration.ZERO, Optional.empty(), false);

    public GarpDefaults {
        Objects.requireNonNull(masterDelay, "masterDelay");
        Objects.requireNonNull(masterRefresh, "masterRefresh");
        Objects.requireNonNull(lowerPrioDelay, "lowerPrioDelay");
        Objects.requireNonNull(lowerPrioRepeat, "lowerPrioRepeat");
        Objects.requireNonNull(garpInterval, "garpInterval");
        Objects.requireNonNull(gnaInterval, "gnaInterval");
        Objects.requireNonNull(extraIfInterval, "extraIfInterval");
    }

    public Duration effectiveLowerPrioDelay() {
        return lowerPrioDelay.orElse(masterDelay);
    }

    public long effectiveLowerPrioRepeat() {
        return lowerPrioRepeat.orElse(masterRepeat);
    }
}
