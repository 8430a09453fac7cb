package org.keepalived4j.config.lvs;

import java.util.List;
import java.util.Optional;
import org.keepalived4j.config.Directive;
import org.keepalived4j.config.ParseContext;
import org.keepalived4j.config.ScriptCommand;
import org.keepalived4j.config.text.EscapedWords;

/**
 * {@code KEYWORD SCRIPT [USER [GROUP]]} for notify and quorum scripts: the script is one word
 * (quote it to give arguments), split into the program and its arguments.
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
        Optional<List<String>> argv = EscapedWords.scriptCommand(d, ctx.diagnostics());
        if (argv.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> user = Optional.ofNullable(d.arg(1));
        Optional<String> group = Optional.ofNullable(d.arg(2));
        // keepalived only logs these and drops the script
        if (user.isPresent() && !ctx.host().userExists(user.get())) {
            ctx.diagnostics().notice(d.pos(), "Unable to resolve script username '" + user.get() + "' - ignoring");
            return Optional.empty();
        }
        if (group.isPresent() && !ctx.host().groupExists(group.get())) {
            ctx.diagnostics().notice(d.pos(), "Unable to resolve script group name '" + group.get() + "' - ignoring");
            return Optional.empty();
        }
        return Optional.of(new ScriptCommand(argv.get(), user, group, d.pos()));
    }
}
