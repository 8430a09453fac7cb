package org.keepalived4j.vrrp.machine;

/**
 * RFC 6527 vrrpv3StatisticsNewMasterReason. keepalived 2.2.7 keeps the reason of the last
 * transition to master (it does not go back to notMaster when the instance leaves MASTER), and
 * chooses it as follows: masterNoResponse at start-up and after every accepted advert, priority
 * after a priority-0 advert, preempted after a discarded lower-priority advert and for the owner's
 * start.
 */
public enum NewMasterReason {
    NOT_MASTER(0), PRIORITY(1), PREEMPTED(2), MASTER_NO_RESPONSE(3);

    private final int mibValue;

    NewMasterReason(int mibValue) {
        this.mibValue = mibValue;
    }

    /** The enumeration value in VRRPV3-MIB. */
    public int mibValue() {
        return mibValue;
    }
}
