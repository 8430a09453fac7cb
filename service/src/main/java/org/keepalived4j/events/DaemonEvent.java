package org.keepalived4j.events;

import java.time.Instant;

/** Something that happened in the daemon, published once on the {@link EventBus}. */
public sealed interface DaemonEvent permits InstanceStateChanged, MasterChanged, ProtocolError {

    /** Wall-clock time of the event, for logs and notifications (ordering uses the bus order). */
    Instant at();
}
