package org.keepalived4j.config.global;

import java.util.Objects;
import java.util.Optional;
import org.keepalived4j.config.ScriptCommand;

/**
 * A FIFO that receives notify events ({@code *notify_fifo NAME [user [group]]}) and the script
 * keepalived starts to read it ({@code *notify_fifo_script}; it gets the FIFO name as its last
 * argument). Without an owner the FIFO belongs to the default script user.
 */
public record NotifyFifo(String path, Optional<ScriptUser> owner, Optional<ScriptCommand> script) {

    public NotifyFifo {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(script, "script");
    }
}
