package org.keepalived4j.config.lvs;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.keepalived4j.config.bfd.BfdConfig;
import org.keepalived4j.config.global.GlobalConfig;
import org.keepalived4j.config.global.ScriptUser;
import org.keepalived4j.config.vrrp.VrrpConfig;

/**
 * What the LVS family needs to know from the other families: the names a FILE_CHECK
 * ({@code track_file}) and a BFD_CHECK ({@code bfd_instance}) may follow, and the global script
 * and alert settings that decide defaults.
 *
 * @param scriptSecurity  {@code enable_script_security}
 * @param scriptUser      {@code script_user} of global_defs, if set
 * @param smtpAlert       {@code smtp_alert_checker}, else {@code smtp_alert}, if either is set
 */
record LvsReferences(Set<String> trackFiles, Set<String> bfdInstances, boolean scriptSecurity,
                     Optional<String> scriptUser, Optional<Boolean> smtpAlert) {

    static final LvsReferences NONE = new LvsReferences(Set.of(), Set.of(), false, Optional.empty(), Optional.empty());

    LvsReferences {
        trackFiles = Set.copyOf(trackFiles);
        bfdInstances = Set.copyOf(bfdInstances);
        Objects.requireNonNull(scriptUser, "scriptUser");
        Objects.requireNonNull(smtpAlert, "smtpAlert");
    }

    /** What the other families' models say. */
    static LvsReferences of(GlobalConfig global, VrrpConfig vrrp, BfdConfig bfd) {
        Set<String> trackFiles = new java.util.HashSet<>();
        vrrp.trackFiles().forEach(f -> trackFiles.add(f.name()));
        return new LvsReferences(trackFiles, bfd.checkerTracks(), global.scripts().security(),
                global.scripts().scriptUser().map(ScriptUser::user), global.mail().checkerAlertDefault());
    }
}
