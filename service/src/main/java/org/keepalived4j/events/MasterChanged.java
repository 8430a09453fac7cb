package org.keepalived4j.events;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.keepalived4j.config.IpAddress;

/**
 * The router an instance believes to be master changed: another router's address, this router's
 * own advert source when it became master, or empty when no master is known.
 */
public record MasterChanged(Instant at, String instance, Optional<IpAddress> master) implements DaemonEvent {

    public MasterChanged {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(instance, "instance");
        Objects.requireNonNull(master, "master");
    }
}
