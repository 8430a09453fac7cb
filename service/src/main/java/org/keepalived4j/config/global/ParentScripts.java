package org.keepalived4j.config.global;

import java.util.Optional;
import org.keepalived4j.config.ConfigErrorKind;
import org.keepalived4j.config.ParseContext;
import org.keepalived4j.config.ScriptCommand;
import org.keepalived4j.config.SourcePos;

/**
 * Script security for the parent's startup and shutdown scripts, as keepalived 2.2.7 applies it
 * once the configuration is read: a script that is not found is dropped quietly; with
 * {@code enable_script_security} an insecure root script is disabled (only logged); without it,
 * any root script makes {@code -t} fail with a security violation (exit code 6).
 */
final class ParentScripts {

    private ParentScripts() {
    }

    static ScriptSettings secure(GlobalDraft g, ParseContext ctx) {
        Verdict verdict = new Verdict();
        Optional<ScriptCommand> startup = check(Optional.ofNullable(g.startupScript), g.scriptSecurity, ctx, verdict);
        Optional<ScriptCommand> shutdown = check(Optional.ofNullable(g.shutdownScript), g.scriptSecurity, ctx, verdict);
        if (verdict.rootScripts) {
            ctx.diagnostics().report(ConfigErrorKind.SECURITY_ERROR, SourcePos.NONE,
                    "SECURITY VIOLATION - start/shutdown scripts are being executed but script_security not enabled."
                            + (verdict.insecure ? " There are insecure scripts." : ""));
        }
        return new ScriptSettings(Optional.ofNullable(g.scriptUser), g.scriptSecurity,
                ScriptKeywords.defaultUser(g, ctx.host()), startup, g.startupTimeout, shutdown, g.shutdownTimeout);
    }

    private static final class Verdict {
        boolean rootScripts;
        boolean insecure;
    }

    private static Optional<ScriptCommand> check(Optional<ScriptCommand> script, boolean security, ParseContext ctx,
                                                 Verdict verdict) {
        if (script.isEmpty()) {
            return script;
        }
        ScriptCommand s = script.get();
        String program = s.program();
        if (ScriptSecurity.locate(program, ctx.host()).isEmpty()) {
            ctx.diagnostics().notice(s.pos(), "Cannot find script " + program + " in path - disabling");
            return Optional.empty();
        }
        boolean root = ScriptUser.runAs(s).map(ScriptUser::isRoot).orElse(true);
        if (!root) {
            return script;
        }
        boolean insecure = ScriptSecurity.check(program, ctx.host()) == ScriptSecurity.Finding.INSECURE;
        if (security) {
            if (insecure) {
                ctx.diagnostics().notice(s.pos(), "Unsafe permissions found for script '" + program + "' - disabling.");
                return Optional.empty();
            }
            return script;
        }
        verdict.rootScripts = true;
        verdict.insecure |= insecure;
        return script;
    }
}
