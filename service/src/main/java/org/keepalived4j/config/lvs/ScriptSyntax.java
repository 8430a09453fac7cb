package org.keepalived4j.config.lvs;

import java.util.List;
import java.util.Optional;
import org.keepalived4j.config.Directive;
import org.keepalived4j.config.ParseContext;
import org.keepalived4j.config.ScriptCommand;
import org.keepalived4j.config.text.EscapedWords;

/**
 * {@code KEYWORD SCRIPT [USER [GROUP]]} for notify and quorum scripts, split by
 * {@link EscapedWords#scriptCommand(Directive, org.keepalived4j.config.Diagnostics)}; a user or
 * group the host does not know drops the script.
 */
final class ScriptSyntax {

    private ScriptSyntax() {
    }

    /** Empty when the line has no script, or names a user or group the host does not know. */
    static Optional<ScriptCommand> read(Directive d, ParseContext ctx) {
        Optional<String> w = Words.required(d, 1, ctx.diagnostics());
        if (w.isEmpty()) {
            return Optional.empty();
        }
        Optional<ScriptCommand> command = EscapedWords.scriptCommand(d, ctx.diagnostics());
        if (command.isEmpty()) {
            return command;
        }
        Optional<String> user = command.get().user();
        Optional<String> group = command.get().group();
        // keepalived only logs these and drops the script
        if (user.isPresent() && !ctx.host().userExists(user.get())) {
            ctx.diagnostics().notice(d.pos(), "Unable to resolve script username '" + user.get() + "' - ignoring");
            return Optional.empty();
        }
        if (group.isPresent() && !ctx.host().groupExists(group.get())) {
            ctx.diagnostics().notice(d.pos(), "Unable to resolve script group name '" + group.get() + "' - ignoring");
            return Optional.empty();
        }
        return command;
    }
}
