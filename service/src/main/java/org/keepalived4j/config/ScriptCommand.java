package org.keepalived4j.config;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A command keepalived runs ({@code vrrp_script script}, {@code notify*}, {@code misc_path},
 * {@code quorum_up/down}, {@code startup_script}, {@code *notify_fifo_script} ...): the argv
 * keepalived's one splitting rule gives ({@link org.keepalived4j.config.text.EscapedWords#scriptCommand(Directive, Diagnostics)}),
 * exec'd directly, never through a shell, and the user and group written after it, if any.
 *
 * <p>Two commands are equal when they run the same argv as the same user and group; the position
 * only says where the command was written (for later messages) and takes no part in equality.
 *
 * @param argv  the program and its arguments, never empty
 * @param user  the user to run as; empty means the default script user
 * @param group the group to run as; empty means the user's primary group
 * @param pos   the line the command was written on
 */
public record ScriptCommand(List<String> argv, Optional<String> user, Optional<String> group, SourcePos pos) {

    public ScriptCommand {
        argv = List.copyOf(argv);
        if (argv.isEmpty()) {
            throw new IllegalArgumentException("a script has at least its program");
        }
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(pos, "pos");
    }

    public ScriptCommand(List<String> argv, Optional<String> user, Optional<String> group) {
        this(argv, user, group, SourcePos.NONE);
    }

    public String program() {
        return argv.get(0);
    }

    /** The same command run as another user and group. */
    public ScriptCommand runAs(Optional<String> newUser, Optional<String> newGroup) {
        return new ScriptCommand(argv, newUser, newGroup, pos);
    }

    /**
     * The command as keepalived's cmd_str() shows it in messages: {@code '/bin/true' 'arg'}; a
     * program that is only a redirection ({@code <file}, {@code >file}) stays unquoted
     * (keepalived 2.2.7 -t: {@code misc_path "<x y"} shows as {@code <x 'y'}).
     */
    public String quoted() {
        StringBuilder sb = new StringBuilder();
        for (String a : argv) {
            boolean redirection = sb.length() == 0 && (a.startsWith("<") || a.startsWith(">"));
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(redirection ? a : "'" + a + "'");
        }
        return sb.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ScriptCommand c && argv.equals(c.argv) && user.equals(c.user) && group.equals(c.group);
    }

    @Override
    public int hashCode() {
        return Objects.hash(argv, user, group);
    }
}
