package org.keepalived4j.config.vrrp;

import java.time.Duration;
import java.util.Objects;

/**
 * How an instance takes part in master election, after defaults and keepalived's reconciliation
 * (for example {@code state MASTER} without {@code priority} means priority 255).
 *
 * @param initialState          the state the instance starts in
 * @param priority              the base priority, 1..255 (255 = address owner)
 * @param nopreempt             a lower-priority master is not pre-empted
 * @param preemptDelay          how long a higher-priority backup waits before pre-empting
 * @param accept                accept mode: the master accepts packets addressed to the VIPs
 * @param downTimerAdverts      missed adverts before the master is declared down
 * @param lowerPrioNoAdvert     no advert is sent on receiving a lower-priority advert
 * @param higherPrioSendAdvert  an advert is sent before yielding to a higher priority
 * @param skipCheckAdvAddr      the VIP list of adverts from the same master is not re-checked
 */
public record Election(State initialState, int priority, boolean nopreempt, Duration preemptDelay, boolean accept,
                       int downTimerAdverts, boolean lowerPrioNoAdvert, boolean higherPrioSendAdvert,
                       boolean skipCheckAdvAddr) {

    /** The configured initial state. */
    public enum State { MASTER, BACKUP }

    public static final int PRIORITY_OWNER = 255;
    public static final int PRIORITY_DEFAULT = 100;

    public Election {
        Objects.requireNonNull(initialState, "initialState");
        Objects.requireNonNull(preemptDelay, "preemptDelay");
    }

    public boolean isAddressOwner() {
        return priority == PRIORITY_OWNER;
    }
}
