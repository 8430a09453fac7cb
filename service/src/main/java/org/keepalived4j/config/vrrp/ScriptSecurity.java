package org.keepalived4j.config.vrrp;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.keepalived4j.config.ConfigErrorKind;
import org.keepalived4j.config.Diagnostics;
import org.keepalived4j.config.HostFacts;
import org.keepalived4j.config.HostFacts.FileFacts;
import org.keepalived4j.config.ScriptCommand;
import org.keepalived4j.config.SourcePos;

/**
 * keepalived's script security check for the VRRP scripts ({@code check_vrrp_script_security}):
 * scripts that cannot be found or (with {@code enable_script_security}) are unsafe are
 * disabled, and running root scripts without script security is a SECURITY_ERROR, which makes
 * {@code keepalived -t} exit with 6.
 *
 * <p>What the host facts cannot tell is left out: the group owner and the sticky bit of
 * directories, so a world-writable directory on a script's path is not held against it.
 */
final class ScriptSecurity {

    /** The search path keepalived's scripts see when started by systemd. */
    static final List<String> PATH = List.of("/usr/local/sbin", "/usr/local/bin", "/usr/sbin", "/usr/bin", "/sbin", "/bin");

    private static final int IS_SCRIPT = 1;
    private static final int EXECUTABLE = 2;
    private static final int NOT_FOUND = 4;
    private static final int INSECURE = 8;
    private static final int INHIBIT = 16;
    private static final int SYSTEM = 32;

    private final VrrpParse parse;
    private final Diagnostics diag;
    private final HostFacts host;
    private final boolean security;

    ScriptSecurity(VrrpParse parse, Diagnostics diag) {
        this.parse = parse;
        this.diag = diag;
        this.host = parse.host();
        this.security = parse.defaults().scriptSecurity();
    }

    void check() {
        int flags = 0;
        List<String> disabled = new ArrayList<>();
        for (VrrpScript s : parse.scripts) {
            int f = flags(s.command());
            flags |= f;
            if ((f & INHIBIT) != 0) {
                diag.error(SourcePos.NONE, "Disabling track script " + s.name() + " due to insecure");
                disabled.add(s.name());
            } else if ((f & NOT_FOUND) != 0) {
                diag.error(SourcePos.NONE, "Disabling track script " + s.name() + " since not found/accessible");
                disabled.add(s.name());
            } else if ((f & (EXECUTABLE | SYSTEM)) == 0) {
                disabled.add(s.name());
            }
        }
        for (InstanceDraft v : parse.instances) {
            int[] acc = {0};
            v.notifyBackup = checked(v.notifyBackup, acc);
            v.notifyMaster = checked(v.notifyMaster, acc);
            v.notifyFault = checked(v.notifyFault, acc);
            v.notifyStop = checked(v.notifyStop, acc);
            v.notifyDeleted = checked(v.notifyDeleted, acc);
            v.notifyGeneric = checked(v.notifyGeneric, acc);
            v.notifyMasterRxLowerPri = checked(v.notifyMasterRxLowerPri, acc);
            flags |= acc[0];
            v.trackScripts.removeIf(t -> disabled.contains(t.name()));
        }
        for (SyncGroupDraft g : parse.syncGroups) {
            int[] acc = {0};
            for (SyncGroupDraft.Slot slot : SyncGroupDraft.Slot.values()) {
                g.scripts[slot.ordinal()] = checked(g.scripts[slot.ordinal()], acc);
            }
            flags |= acc[0];
            g.trackScripts.removeIf(t -> disabled.contains(t.name()));
        }
        if (!security && (flags & IS_SCRIPT) != 0) {
            diag.report(ConfigErrorKind.SECURITY_ERROR, SourcePos.NONE,
                    "SECURITY VIOLATION - scripts are being executed but script_security not enabled."
                            + ((flags & INSECURE) != 0 ? " There are insecure scripts." : ""));
        }
        parse.scripts.removeIf(s -> disabled.contains(s.name()));
    }

    /** A notify script, or null if keepalived would not run it; its flags are or-ed into {@code acc[0]}. */
    private ScriptCommand checked(ScriptCommand c, int[] acc) {
        if (c == null) {
            return null;
        }
        int f = flags(c);
        acc[0] |= f;
        if ((f & SYSTEM) != 0) {
            return c;
        }
        return (f & (INHIBIT | NOT_FOUND)) != 0 || (f & EXECUTABLE) == 0 ? null : c;
    }

    /** keepalived's {@code check_script_secure}. */
    private int flags(ScriptCommand c) {
        String program = c.program();
        if (program.startsWith("<") && program.substring(1).stripLeading().startsWith("/")) {
            return SYSTEM;
        }
        String path = program;
        if (program.indexOf('/') < 0) {
            Optional<String> found = PATH.stream().map(dir -> dir + "/" + program)
                    .filter(p -> host.file(p).filter(f -> f.regular() && f.executable()).isPresent()).findFirst();
            if (found.isEmpty()) {
                diag.notice(SourcePos.NONE, "Cannot find script " + program + " in path - disabling");
                return NOT_FOUND;
            }
            diag.notice(SourcePos.NONE, "WARNING - script `" + program + "` resolved by path search to `" + found.get()
                    + "`. Please specify full path.");
            path = found.get();
        }
        Optional<FileFacts> file = host.file(path);
        if (file.isEmpty()) {
            diag.notice(SourcePos.NONE, "Script " + path + " cannot be accessed - No such file or directory");
            return NOT_FOUND;
        }
        int flags = IS_SCRIPT;
        boolean asRoot = c.user().map(u -> u.equals("root")).orElse(parse.scriptUsers().defaultUser().isEmpty());
        if (file.get().executable()) {
            flags |= EXECUTABLE;
        } else {
            diag.notice(SourcePos.NONE, "WARNING - script '" + path + "' is not executable - disabling.");
        }
        if (!asRoot || (flags & EXECUTABLE) == 0) {
            return flags;
        }
        return flags | pathSecurity(path);
    }

    /** Every component of the path must be owned by root, and the file must not be writable by others. */
    private int pathSecurity(String path) {
        List<String> prefixes = new ArrayList<>();
        prefixes.add("/");
        int i = 0;
        while ((i = path.indexOf('/', i + 1)) > 0) {
            prefixes.add(path.substring(0, i));
        }
        prefixes.add(path);
        for (String p : prefixes) {
            Optional<FileFacts> f = host.file(p);
            if (f.isEmpty()) {
                diag.notice(SourcePos.NONE, "check_script_secure could not find script '" + path + "' - disabling");
                return NOT_FOUND;
            }
            boolean worldWritableFile = f.get().regular() && (f.get().mode() & 0002) != 0;
            if (f.get().ownerUid() != 0 || worldWritableFile) {
                diag.notice(SourcePos.NONE, "Unsafe permissions found for script '" + path + "'" + (security ? " - disabling" : "") + ".");
                return INSECURE | (security ? INHIBIT : 0);
            }
        }
        return 0;
    }
}
