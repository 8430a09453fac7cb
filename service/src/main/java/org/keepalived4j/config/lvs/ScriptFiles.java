package org.keepalived4j.config.lvs;

import java.util.Optional;
import org.keepalived4j.config.HostFacts;
import org.keepalived4j.config.ScriptCommand;

/**
 * Where a script's program is and whether keepalived would call it insecure: a program without a
 * '/' is looked up in the default PATH; it is insecure when it, or a directory above it, is not
 * owned by root or can be written by group or others.
 */
final class ScriptFiles {

    private static final String[] PATH = {"/usr/local/sbin", "/usr/local/bin", "/usr/sbin", "/usr/bin", "/sbin", "/bin"};
    private static final int GROUP_OR_OTHER_WRITE = 0022;

    record Verdict(boolean found, boolean insecure) {
    }

    private final HostFacts host;

    ScriptFiles(HostFacts host) {
        this.host = host;
    }

    Verdict verdict(ScriptCommand script) {
        String program = script.program();
        Optional<String> path = program.indexOf('/') >= 0 ? Optional.of(program) : search(program);
        if (path.isEmpty()) {
            return new Verdict(false, false);
        }
        Optional<HostFacts.FileFacts> f = host.file(path.get());
        if (f.isEmpty() || !f.get().regular() || !f.get().executable()) {
            return new Verdict(false, false);
        }
        boolean insecure = unsafe(f.get());
        String dir = path.get();
        for (int slash = dir.lastIndexOf('/'); slash > 0 && !insecure; slash = dir.lastIndexOf('/')) {
            dir = dir.substring(0, slash);
            insecure = host.file(dir).map(ScriptFiles::unsafe).orElse(false);
        }
        return new Verdict(true, insecure);
    }

    private Optional<String> search(String program) {
        for (String dir : PATH) {
            String p = dir + "/" + program;
            if (host.file(p).filter(HostFacts.FileFacts::regular).isPresent()) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    private static boolean unsafe(HostFacts.FileFacts f) {
        return f.ownerUid() != 0 || (f.mode() & GROUP_OR_OTHER_WRITE) != 0;
    }
}
