package org.keepalived4j.config.vrrp;

import java.util.Objects;

/**
 * How an instance or sync group tells the world about its state changes.
 *
 * @param scripts         the notify scripts
 * @param notifyDeleted   whether a deleted instance reports DELETED (else it reports FAULT)
 * @param priorityChanges whether priority changes are sent to the notify FIFO
 * @param smtpAlert       whether state changes are mailed
 */
public record Notifications(NotifyScripts scripts, boolean notifyDeleted, boolean priorityChanges, boolean smtpAlert) {

    public Notifications {
        Objects.requireNonNull(scripts, "scripts");
    }
}
