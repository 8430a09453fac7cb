package org.keepalived4j.config.vrrp;

import java.time.Duration;
import java.util.Objects;

/**
 * When gratuitous ARPs / unsolicited neighbour adverts are sent, after global defaults and the
 * instance's overrides (and strict mode) are applied.
 *
 * @param masterDelay            delay of the second burst after becoming master (0 = none)
 * @param masterRepeat           GARPs in each burst
 * @param masterRefresh          period of refresh GARPs while master (0 = none)
 * @param masterRefreshRepeat    GARPs in each refresh
 * @param lowerPriorityDelay     delay of the second burst after a lower-priority advert
 * @param lowerPriorityRepeat    GARPs sent after a lower-priority advert
 * @param extraInterfaceInterval {@code garp_extra_if}: period for interfaces other than the VMAC's (0 = none)
 * @param extraInterfaceAll      {@code garp_extra_if all}: for every interface, not only the extra ones
 */
public record GarpSettings(Duration masterDelay, int masterRepeat, Duration masterRefresh, int masterRefreshRepeat,
                           Duration lowerPriorityDelay, int lowerPriorityRepeat, Duration extraInterfaceInterval,
                           boolean extraInterfaceAll) {

    public GarpSettings {
        Objects.requireNonNull(masterDelay, "masterDelay");
        Objects.requireNonNull(masterRefresh, "masterRefresh");
        Objects.requireNonNull(lowerPriorityDelay, "lowerPriorityDelay");
        Objects.requireNonNull(extraInterfaceInterval, "extraInterfaceInterval");
    }
}
