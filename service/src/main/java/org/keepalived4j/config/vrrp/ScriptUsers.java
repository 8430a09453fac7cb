package org.keepalived4j.config.vrrp;

import java.util.Optional;
import org.keepalived4j.config.Diagnostics;
import org.keepalived4j.config.HostFacts;
import org.keepalived4j.config.SourcePos;

/**
 * Who scripts run as. keepalived's default script user is {@code script_user} if configured,
 * else {@code keepalived_script} if that user exists, else root; with
 * {@code enable_script_security} root is refused and scripts without a usable user are dropped.
 */
final class ScriptUsers {

    static final String KEEPALIVED_SCRIPT = "keepalived_script";

    private final HostFacts host;
    private final boolean usable;
    private final Optional<String> defaultUser;
    private final boolean failureNeedsReport;
    private boolean failureReported;

    ScriptUsers(InstanceDefaults defaults, HostFacts host) {
        this.host = host;
        if (defaults.scriptUser().isPresent()) {
            String u = defaults.scriptUser().get();
            // global_defs reports a bad script_user itself; scripts just go without a default
            usable = host.userExists(u) && defaults.scriptGroup().map(host::groupExists).orElse(true);
            defaultUser = usable ? Optional.of(u) : Optional.empty();
            failureNeedsReport = false;
        } else if (host.userExists(KEEPALIVED_SCRIPT)) {
            usable = true;
            defaultUser = Optional.of(KEEPALIVED_SCRIPT);
            failureNeedsReport = false;
        } else {
            usable = !defaults.scriptSecurity();
            defaultUser = Optional.empty();
            failureNeedsReport = defaults.scriptSecurity();
        }
    }

    /** The default user: empty means root. */
    Optional<String> defaultUser() {
        return defaultUser;
    }

    /**
     * keepalived's {@code get_default_script_user}: whether a script without its own user can
     * run. The first failure under script security is reported (once) where it was found.
     */
    boolean defaultAvailable(SourcePos pos, Diagnostics diag) {
        if (!usable && failureNeedsReport && !failureReported) {
            failureReported = true;
            diag.error(pos, "Unable to set default user " + KEEPALIVED_SCRIPT + " for script");
        }
        return usable;
    }

    /** keepalived's {@code set_uid_gid}: logs (without counting) and fails for an unknown user or group. */
    boolean valid(String user, String group, SourcePos pos, Diagnostics diag) {
        if (!host.userExists(user)) {
            diag.notice(pos, "Script user '" + user + "' does not exist");
            return false;
        }
        if (group != null && !host.groupExists(group)) {
            diag.notice(pos, "Script group '" + group + "' does not exist");
            return false;
        }
        return true;
    }
}
