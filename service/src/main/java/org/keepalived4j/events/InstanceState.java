package org.keepalived4j.events;

/**
 * The state of a VRRP instance as the outside world sees it. The numbers are keepalived's
 * KEEPALIVED-MIB {@code VrrpState} values, so that a management surface can put them on the wire
 * as they are.
 */
public enum InstanceState {
    INIT(0), BACKUP(1), MASTER(2), FAULT(3), STOP(5);

    private final int mibValue;

    InstanceState(int mibValue) {
        this.mibValue = mibValue;
    }

    /** The KEEPALIVED-MIB {@code VrrpState} value (init 0, backup 1, master 2, fault 3, shutdown 5). */
    public int mibValue() {
        return mibValue;
    }
}
