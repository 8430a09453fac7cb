package org.keepalived4j.config.global;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.keepalived4j.config.ScriptCommand;

/**
 * Who scripts run as, whether script security is enforced, and the parent's own scripts.
 *
 * @param scriptUser      {@code script_user}, if given and valid
 * @param security        {@code enable_script_security}
 * @param defaultUser     who a script without its own user runs as: {@code script_user}, else
 *                        {@code keepalived_script} if that user exists, else root; empty when
 *                        there is none keepalived accepts (script security on and no
 *                        {@code keepalived_script}, or a {@code script_user} that failed):
 *                        such scripts are invalid
 * @param startup         {@code startup_script}, unless invalid or disabled as insecure
 * @param startupTimeout  {@code startup_script_timeout} (default 10 s)
 * @param shutdown        {@code shutdown_script}, unless invalid or disabled as insecure
 * @param shutdownTimeout {@code shutdown_script_timeout} (default 10 s)
 */
public record ScriptSettings(Optional<ScriptUser> scriptUser, boolean security, Optional<ScriptUser> defaultUser,
                             Optional<ScriptCommand> startup, Duration startupTimeout,
                             Optional<ScriptCommand> shutdown, Duration shutdownTimeout) {

    public static final Duration DEFAULT_SCRIPT_TIMEOUT = Duration.ofSeconds(10);

    public ScriptSettings {
        Objects.requireNonNull(scriptUser, "scriptUser");
        Objects.requireNonNull(defaultUser, "defaultUser");
        Objects.requireNonNull(startup, "startup");
        Objects.requireNonNull(startupTimeout, "startupTimeout");
        Objects.requireNonNull(shutdown, "shutdown");
        Objects.requireNonNull(shutdownTimeout, "shutdownTimeout");
    }

    /** Who the given script runs as; empty if it has no user of its own and there is no valid default. */
    public Optional<ScriptUser> runAs(ScriptCommand script) {
        return ScriptUser.runAs(script).or(() -> defaultUser);
    }
}
