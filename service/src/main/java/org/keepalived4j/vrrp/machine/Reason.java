package org.keepalived4j.vrrp.machine;

/** Why a state transition happened; carried by {@link Action.StateChanged} for notifications and the log. */
public enum Reason {
    /** INIT -> BACKUP when the instance starts with its interface up. */
    STARTUP,
    /** BACKUP -> MASTER: the master's adverts stopped (RFC 6527 masterNoResponse). */
    MASTER_DOWN_TIMER,
    /** BACKUP -> MASTER after the master said it was leaving with a priority-0 advert. */
    PRIORITY,
    /** BACKUP -> MASTER after discarding a lower-priority master's adverts (preemption). */
    PREEMPTED,
    /** MASTER -> BACKUP: an advert with a higher priority, or equal priority from a greater address. */
    HIGHER_PRIORITY_ADVERT,
    /**
     * MASTER -> BACKUP: both sides claim priority 255; keepalived lowers its own base priority to
     * 254 ("CONFIGURATION ERROR ... both configured as address owner") and yields.
     */
    OWNER_CONFLICT,
    /** Any state -> FAULT because the interface went down (from INIT when it starts down). */
    INTERFACE_DOWN,
    /** FAULT -> BACKUP when the interface comes back. */
    INTERFACE_UP,
    /** Any state -> STOP on shutdown. */
    STOPPED,
    /** INIT -> MASTER: the address owner (priority 255, state MASTER) takes over at start. */
    OWNER,
    /** Reserved for transitions an operator commands (not produced by the machine yet). */
    COMMAND
}
