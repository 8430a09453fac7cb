package org.keepalived4j.config.global;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.keepalived4j.config.SourcePos;

/**
 * A script to run, as configured: the command text (a quoted string may hold arguments) and the
 * user it runs as. The global family fixes that user when it reads the script, as keepalived
 * does (the user written after it, else the default script user at that point); an empty
 * {@code runAs} means "the default script user" ({@link ScriptSettings#runAs}).
 */
public record ScriptCommand(String command, Optional<ScriptUser> runAs, SourcePos pos) {

    public ScriptCommand {
        Objects.requireNonNull(command, "command");
        Objects.requireNonNull(runAs, "runAs");
        Objects.requireNonNull(pos, "pos");
    }

    /** The command split into program and arguments (keepalived runs scripts without a shell). */
    public List<String> argv() {
        String t = command.strip();
        return t.isEmpty() ? List.of() : Arrays.asList(t.split("\\s+"));
    }

    /** The program: the first word of the command. */
    public String program() {
        List<String> a = argv();
        return a.isEmpty() ? "" : a.get(0);
    }
}
