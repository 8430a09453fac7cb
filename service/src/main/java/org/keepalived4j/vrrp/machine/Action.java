package org.keepalived4j.vrrp.machine;

import java.util.Objects;
import java.util.Optional;
import org.keepalived4j.config.IpAddress;

/**
 * What the event loop must do, in the order the machine returns them (keepalived's order: e.g. a
 * new master sends its advert before adding the addresses, so that the old master removes them
 * before our gratuitous ARPs go out).
 */
public sealed interface Action {

    /** Send one advertisement now with this priority (0 = we are leaving MASTER). */
    record SendAdvert(int priority) implements Action {
        public SendAdvert {
            if (priority < 0 || priority > 255) {
                throw new IllegalArgumentException("priority " + priority);
            }
        }
    }

    /** The instance changed state; drives notify scripts, the FIFO, traps and the log. */
    record StateChanged(VrrpState from, VrrpState to, Reason reason) implements Action {
        public StateChanged {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** The router believed to be master changed (ourselves when MASTER; empty when unknown). */
    record MasterChanged(Optional<IpAddress> master) implements Action {
        public MasterChanged {
            Objects.requireNonNull(master, "master");
        }
    }

    /** Install the VIPs, eVIPs, virtual routes and rules (and accept-mode firewall rules). */
    record AddAddresses() implements Action {
    }

    /** Remove the VIPs, eVIPs, virtual routes and rules. */
    record RemoveAddresses() implements Action {
    }

    /** One round of gratuitous ARP / unsolicited NA for every VIP and eVIP, now. */
    record Announce() implements Action {
    }

    /**
     * As MASTER we heard a lower-priority advert (a partitioned peer became master): keepalived runs
     * notify_master_rx_lower_pri and writes MASTER_RX_LOWER_PRI to the FIFO.
     */
    record LowerPriorityAdvertSeen(int priority, IpAddress source) implements Action {
        public LowerPriorityAdvertSeen {
            Objects.requireNonNull(source, "source");
        }
    }
}
