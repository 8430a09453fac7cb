package org.keepalived4j.config.vrrp;

import java.util.Objects;
import java.util.Optional;
import org.keepalived4j.config.ScriptCommand;

/**
 * The notification scripts of an instance or a sync group. {@code generic} is the {@code notify}
 * script, which keepalived calls with four more arguments (type, name, state, priority). A sync
 * group never has {@code deleted} or {@code masterRxLowerPriority}.
 */
public record NotifyScripts(Optional<ScriptCommand> master, Optional<ScriptCommand> backup,
                            Optional<ScriptCommand> fault, Optional<ScriptCommand> stop,
                            Optional<ScriptCommand> deleted, Optional<ScriptCommand> generic,
                            Optional<ScriptCommand> masterRxLowerPriority) {

    public static final NotifyScripts NONE = new NotifyScripts(Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

    public NotifyScripts {
        Objects.requireNonNull(master, "master");
        Objects.requireNonNull(backup, "backup");
        Objects.requireNonNull(fault, "fault");
        Objects.requireNonNull(stop, "stop");
        Objects.requireNonNull(deleted, "deleted");
        Objects.requireNonNull(generic, "generic");
        Objects.requireNonNull(masterRxLowerPriority, "masterRxLowerPriority");
    }

    public java.util.List<ScriptCommand> all() {
        return java.util.stream.Stream.of(master, backup, fault, stop, deleted, generic, masterRxLowerPriority)
                .flatMap(Optional::stream).toList();
    }
}
