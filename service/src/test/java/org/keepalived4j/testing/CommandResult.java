package org.keepalived4j.testing;

import java.util.List;

/** What a finished command left behind: its exit code and everything it printed. */
public record CommandResult(List<String> command, int exitCode, String stdout, String stderr) {

    public CommandResult {
        command = List.copyOf(command);
    }

    public boolean succeeded() {
        return exitCode == 0;
    }

    /** This result if the command exited 0; otherwise an error that shows the command and its output. */
    public CommandResult orThrow() {
        if (!succeeded()) {
            throw new IllegalStateException(describe());
        }
        return this;
    }

    public String describe() {
        return "`" + String.join(" ", command) + "` exited " + exitCode
                + (stdout.isBlank() ? "" : "\n stdout: " + stdout.strip())
                + (stderr.isBlank() ? "" : "\n stderr: " + stderr.strip());
    }
}
