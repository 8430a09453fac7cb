package org.keepalived4j.config.global;

import java.util.Objects;
import java.util.Optional;

/**
 * The notify FIFOs. Where keepalived ignores one because it duplicates another (the VRRP or LVS
 * FIFO named like the global one), it is already absent here.
 *
 * @param global                  {@code notify_fifo}: VRRP and checker events
 * @param vrrp                    {@code vrrp_notify_fifo}: VRRP events
 * @param lvs                     {@code lvs_notify_fifo}: checker events
 * @param vrrpPriorityChanges     {@code vrrp_notify_priority_changes}: also write priority changes
 * @param writeVrrpStatesOnReload {@code fifo_write_vrrp_states_on_reload}
 */
public record NotifyFifos(Optional<NotifyFifo> global, Optional<NotifyFifo> vrrp, Optional<NotifyFifo> lvs,
                          boolean vrrpPriorityChanges, boolean writeVrrpStatesOnReload) {

    public NotifyFifos {
        Objects.requireNonNull(global, "global");
        Objects.requireNonNull(vrrp, "vrrp");
        Objects.requireNonNull(lvs, "lvs");
    }
}
