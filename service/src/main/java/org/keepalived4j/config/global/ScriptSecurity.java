package org.keepalived4j.config.global;

import java.util.List;
import java.util.Optional;
import org.keepalived4j.config.HostFacts;

/**
 * keepalived's script security check: is a script that would run as root safe from
 * modification by other users? A script is insecure if it, or any directory above it, can be
 * changed by someone other than root (a world-writable directory with the sticky bit, like
 * /tmp, does not count: others cannot replace root's files in it).
 */
public final class ScriptSecurity {

    /** Where a program named without a slash is looked for. */
    public static final List<String> SEARCH_PATH =
            List.of("/usr/local/sbin", "/usr/local/bin", "/usr/sbin", "/usr/bin", "/sbin", "/bin");

    private static final int GROUP_OR_OTHER_WRITE = 0022;
    private static final int STICKY = 01000;

    /** What the check found. */
    public enum Finding {
        /** No such file: keepalived does not run the script, and does not count it. */
        NOT_FOUND,
        /** Only root can change it. */
        SECURE,
        /** Someone other than root could change what runs. */
        INSECURE
    }

    private ScriptSecurity() {
    }

    /** The file a program word names: itself if it has a slash, else the first match on {@link #SEARCH_PATH}. */
    public static Optional<String> locate(String program, HostFacts host) {
        if (program.isEmpty()) {
            return Optional.empty();
        }
        if (program.indexOf('/') >= 0) {
            return host.file(program).isPresent() ? Optional.of(program) : Optional.empty();
        }
        for (String dir : SEARCH_PATH) {
            String candidate = dir + "/" + program;
            if (host.file(candidate).filter(HostFacts.FileFacts::regular).isPresent()) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** Checks the program of a command run as root. */
    public static Finding check(String program, HostFacts host) {
        Optional<String> path = locate(program, host);
        if (path.isEmpty()) {
            return Finding.NOT_FOUND;
        }
        HostFacts.FileFacts file = host.file(path.get()).orElseThrow();
        if (file.ownerUid() != 0 || (file.mode() & GROUP_OR_OTHER_WRITE) != 0) {
            return Finding.INSECURE;
        }
        String p = path.get();
        for (int slash = p.lastIndexOf('/'); slash >= 0; slash = p.lastIndexOf('/', slash - 1)) {
            String dir = slash == 0 ? "/" : p.substring(0, slash);
            Optional<HostFacts.FileFacts> f = host.file(dir);
            if (f.isPresent() && insecureDirectory(f.get())) {
                return Finding.INSECURE;
            }
            if (slash == 0) {
                break;
            }
        }
        return Finding.SECURE;
    }

    private static boolean insecureDirectory(HostFacts.FileFacts dir) {
        return dir.ownerUid() != 0 || ((dir.mode() & GROUP_OR_OTHER_WRITE) != 0 && (dir.mode() & STICKY) == 0);
    }
}
