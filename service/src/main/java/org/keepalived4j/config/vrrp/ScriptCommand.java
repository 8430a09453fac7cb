package org.keepalived4j.config.vrrp;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A command keepalived runs (a {@code vrrp_script}'s {@code script}, a {@code notify_*} script),
 * split as keepalived splits it: the quoted command text becomes the argv, then an optional user
 * and group. Scripts are exec'd directly, never through a shell.
 *
 * @param argv  the program and its arguments, never empty
 * @param user  the user to run as; empty means the default script user
 * @param group the group to run as; empty means the user's primary group
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

    /** The command as keepalived shows it in messages: the words joined with spaces. */
    public String commandLine() {
        return String.join(" ", argv);
    }
}
