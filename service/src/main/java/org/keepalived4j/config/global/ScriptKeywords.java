package org.keepalived4j.config.global;

import static org.keepalived4j.config.global.Reading.bool;
import static org.keepalived4j.config.global.Reading.flag;
import static org.keepalived4j.config.global.Reading.globalBool;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;
import org.keepalived4j.config.Directive;
import org.keepalived4j.config.HostFacts;
import org.keepalived4j.config.KeywordTable;
import org.keepalived4j.config.ParseContext;
import org.keepalived4j.config.ScriptCommand;
import org.keepalived4j.config.text.EscapedWords;

/** Script user and security, the parent's startup/shutdown scripts, and the notify FIFOs. */
final class ScriptKeywords {

    private ScriptKeywords() {
    }

    static void register(KeywordTable<GlobalDraft> t) {
        t.on("script_user", ScriptKeywords::scriptUser);
        flag(t, "enable_script_security", (g, v) -> g.scriptSecurity = true);

        t.on("startup_script", (d, g, ctx) -> parentScript(d, g, ctx, "startup", g.startupScript)
                .ifPresent(s -> g.startupScript = s));
        t.on("shutdown_script", (d, g, ctx) -> parentScript(d, g, ctx, "shutdown", g.shutdownScript)
                .ifPresent(s -> g.shutdownScript = s));
        t.on("startup_script_timeout", (d, g, ctx) -> scriptTimeout(d, ctx, "startup").ifPresent(v -> g.startupTimeout = v));
        t.on("shutdown_script_timeout", (d, g, ctx) -> scriptTimeout(d, ctx, "shutdown").ifPresent(v -> g.shutdownTimeout = v));

        fifo(t, "", g -> g.globalFifo);
        fifo(t, "vrrp_", g -> g.vrrpFifo);
        fifo(t, "lvs_", g -> g.lvsFifo);
        bool(t, "vrrp_notify_priority_changes", globalBool("vrrp_notify_priority_changes"),
                (g, v) -> g.vrrpNotifyPriorityChanges = v);
        flag(t, "fifo_write_vrrp_states_on_reload", (g, v) -> g.fifoWriteVrrpStatesOnReload = true);
    }

    private static void scriptUser(Directive d, GlobalDraft g, ParseContext ctx) {
        if (d.argCount() < 1) {
            ctx.diagnostics().error(d.pos(), "No script username specified");
            return;
        }
        Optional<ScriptUser> user = existingUser(d, 0, ctx.host());
        if (g.scriptUserFailed || user.isEmpty()) {
            ctx.diagnostics().error(d.pos(), "Error setting global script uid/gid");
            g.scriptUserFailed = true;
            return;
        }
        g.scriptUser = user.get();
    }

    /** {@code USER [GROUP]} from argument {@code i} on, if the user (and group) exist on the host. */
    static Optional<ScriptUser> existingUser(Directive d, int i, HostFacts host) {
        return existingUser(d.arg(i), d.arg(i + 1), host);
    }

    /** {@code user} and {@code group} (either may be null), if they exist on the host. */
    static Optional<ScriptUser> existingUser(String user, String group, HostFacts host) {
        if (user == null || !host.userExists(user) || (group != null && !host.groupExists(group))) {
            return Optional.empty();
        }
        return Optional.of(new ScriptUser(user, Optional.ofNullable(group)));
    }

    /**
     * Who a script without its own user runs as, decided when the script is read, as keepalived
     * does: the configured script user, else keepalived_script if it exists, else root unless
     * script security forbids that default.
     */
    static Optional<ScriptUser> defaultUser(GlobalDraft g, HostFacts host) {
        if (g.scriptUserFailed) {
            return Optional.empty();
        }
        if (g.scriptUser != null) {
            return Optional.of(g.scriptUser);
        }
        if (host.userExists(ScriptUser.KEEPALIVED_SCRIPT)) {
            return Optional.of(new ScriptUser(ScriptUser.KEEPALIVED_SCRIPT, Optional.empty()));
        }
        return g.scriptSecurity ? Optional.empty() : Optional.of(ScriptUser.ROOT);
    }

    /**
     * A script and the user it will run as, from {@code SCRIPT [user [group]]}; empty (with
     * keepalived's report when it makes one) when no valid user can be found.
     */
    static Optional<ScriptCommand> script(Directive d, GlobalDraft g, ParseContext ctx) {
        Optional<ScriptCommand> command = EscapedWords.scriptCommand(d, ctx.diagnostics());
        if (command.isEmpty()) {
            return command;
        }
        Optional<ScriptUser> runAs;
        if (command.get().user().isPresent()) {
            runAs = existingUser(command.get().user().get(), command.get().group().orElse(null), ctx.host());
        } else {
            runAs = defaultUser(g, ctx.host());
            if (runAs.isEmpty() && !g.scriptUserFailed) {
                ctx.diagnostics().error(d.pos(), "Unable to set default user " + ScriptUser.KEEPALIVED_SCRIPT + " for script");
            }
        }
        return runAs.map(u -> command.get().runAs(Optional.of(u.user()), u.group()));
    }

    private static Optional<ScriptCommand> parentScript(Directive d, GlobalDraft g, ParseContext ctx, String type,
                                                        ScriptCommand current) {
        if (current != null) {
            ctx.diagnostics().error(d.pos(), type + " script already specified");
            return Optional.empty();
        }
        if (d.argCount() < 1) {
            ctx.diagnostics().error(d.pos(), type + " script missing");
            return Optional.empty();
        }
        Optional<ScriptCommand> s = script(d, g, ctx);
        if (s.isEmpty()) {
            ctx.diagnostics().error(d.pos(), "Invalid " + type + " script");
        }
        return s;
    }

    private static Optional<Duration> scriptTimeout(Directive d, ParseContext ctx, String type) {
        if (d.argCount() < 1) {
            ctx.diagnostics().error(d.pos(), type + "_script_timeout requires value");
            return Optional.empty();
        }
        return Reading.unsigned(d, ctx, 1, 1000, w -> type + "_script_timeout '" + w + "' must be in [1, 1000] - ignoring")
                .stream().mapToObj(Duration::ofSeconds).findFirst();
    }

    /** {@code <prefix>notify_fifo NAME [user [group]]} and {@code <prefix>notify_fifo_script SCRIPT [user [group]]}. */
    private static void fifo(KeywordTable<GlobalDraft> t, String prefix, Function<GlobalDraft, GlobalDraft.FifoDraft> of) {
        t.on(prefix + "notify_fifo", (d, g, ctx) -> {
            GlobalDraft.FifoDraft f = of.apply(g);
            if (d.argCount() < 1) {
                ctx.diagnostics().error(d.pos(), "No " + prefix + "notify_fifo name specified");
                return;
            }
            if (f.path != null) {
                ctx.diagnostics().error(d.pos(), prefix + "notify_fifo already specified - ignoring " + d.arg(0));
                return;
            }
            Optional<ScriptUser> owner = d.argCount() >= 2 ? existingUser(d, 1, ctx.host()) : defaultUser(g, ctx.host());
            if (owner.isEmpty()) {
                // only logged by keepalived, so -t stays clean
                ctx.diagnostics().notice(d.pos(), (d.argCount() >= 2 ? "Invalid user/group for " : "Failed to set default user for ")
                        + prefix + " fifo " + d.arg(0) + " - ignoring");
                return;
            }
            f.path = d.arg(0);
            f.owner = d.argCount() >= 2 ? owner.get() : null;
        });
        t.on(prefix + "notify_fifo_script", (d, g, ctx) -> {
            GlobalDraft.FifoDraft f = of.apply(g);
            if (d.argCount() < 1) {
                ctx.diagnostics().error(d.pos(), "No " + prefix + "notify_fifo_script specified");
                return;
            }
            if (f.script != null) {
                ctx.diagnostics().error(d.pos(), prefix + "notify_fifo_script already specified - ignoring " + d.arg(0));
                return;
            }
            script(d, g, ctx).ifPresent(s -> f.script = s);
        });
    }
}
