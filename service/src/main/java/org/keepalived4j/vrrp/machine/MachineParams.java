package org.keepalived4j.vrrp.machine;

import java.util.Objects;

/**
 * The configuration one {@link InstanceMachine} runs with, already resolved the way keepalived
 * resolves a vrrp_instance: {@code initialStateMaster} is keepalived's wantstate after
 * vrrp_complete_instance (a missing {@code state} is MASTER exactly when the priority is 255), and
 * {@code preempt} is false for {@code nopreempt} (which keepalived clears for state MASTER and
 * priority 255).
 *
 * @param name instance name, for the log
 * @param version 2 or 3
 * @param virtualRouterId 1..255
 * @param basePriority 1..255 (255 = address owner)
 * @param advertIntervalCentis own advert interval; v2: a whole number of seconds × 100
 * @param initialStateMaster keepalived's {@code state MASTER}
 * @param preempt false for {@code nopreempt}
 * @param preemptDelayNanos {@code preempt_delay}, 0 = none
 * @param downTimerAdverts {@code down_timer_adverts} (3 in the RFC)
 * @param lowerPrioNoAdvert {@code lower_prio_no_advert}
 * @param higherPrioSendAdvert {@code higher_prio_send_advert}
 * @param announce gratuitous ARP / NA timing
 */
public record MachineParams(String name, int version, int virtualRouterId, int basePriority,
        int advertIntervalCentis, boolean initialStateMaster, boolean preempt, long preemptDelayNanos,
        int downTimerAdverts, boolean lowerPrioNoAdvert, boolean higherPrioSendAdvert,
        AnnounceTiming announce) {

    public MachineParams {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(announce, "announce");
        if (version != 2 && version != 3) {
            throw new IllegalArgumentException("version " + version);
        }
        if (virtualRouterId < 1 || virtualRouterId > 255) {
            throw new IllegalArgumentException("virtual router id " + virtualRouterId);
        }
        if (basePriority < 1 || basePriority > 255) {
            throw new IllegalArgumentException("priority " + basePriority);
        }
        // v3 carries 12 bits of centiseconds; v2 one byte of seconds
        int maxInterval = version == 3 ? 4095 : 255 * 100;
        if (advertIntervalCentis < 1 || advertIntervalCentis > maxInterval) {
            throw new IllegalArgumentException("advert interval " + advertIntervalCentis + " cs");
        }
        if (downTimerAdverts < 1 || preemptDelayNanos < 0) {
            throw new IllegalArgumentException("down_timer_adverts " + downTimerAdverts + " preempt_delay " + preemptDelayNanos);
        }
    }
}
