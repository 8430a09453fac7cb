package org.keepalived4j.config.lvs;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A script keepalived runs ({@code notify_up}, {@code quorum_up}, {@code misc_path} ...): the
 * argument vector (the program first; keepalived runs it without a shell) and the user and
 * group given after it, if any (otherwise the global script user applies).
 */
public record ScriptCommand(List<String> argv, Optional<String> user, Optional<String> group) {

    public ScriptCommand {
        argv = List.copyOf(argv);
        if (argv.isEmpty()) {
            throw new IllegalArgumentException("a script has at least its program");
        }
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(group, "group");
    }

    public String program() {
        return argv.get(0);
    }

    /** The command as keepalived quotes it in messages: {@code '/bin/true' 'arg'}. */
    public String quoted() {
        StringBuilder sb = new StringBuilder();
        for (String a : argv) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append('\'').append(a).append('\'');
        }
        return sb.toString();
    }
}
