package org.keepalived4j.config.vrrp;

import java.time.Duration;
import java.util.List;
import java.util.OptionalLong;
import org.keepalived4j.config.KeywordTable;
import org.keepalived4j.config.SourcePos;
import org.keepalived4j.config.KeepalivedNumbers;
import org.keepalived4j.config.ValueSyntax;
import org.keepalived4j.config.text.EscapedWords;

/** The keywords of a {@code vrrp_script} block (keepalived 2.2.7's set) and the script while it is read. */
final class ScriptKeywords {

    /** keepalived's longest script interval: UINT_MAX microseconds, in whole seconds. */
    static final long MAX_SECONDS = 4294;

    static final class Draft {
        final String name;
        final SourcePos pos;
        List<String> argv = List.of();
        String user;
        String group;
        boolean userSet;
        boolean remove;
        Duration interval = Duration.ofSeconds(1);
        Duration timeout;
        int weight;
        boolean weightReverse;
        int rise = 1;
        int fall = 1;
        boolean initFail;

        Draft(String name, SourcePos pos) {
            this.name = name;
            this.pos = pos;
        }
    }

    static final KeywordTable<Reading<Draft>> TABLE = new KeywordTable<Reading<Draft>>("vrrp_script")
            .on("script", (d, r, ctx) -> {
                EscapedWords.scriptCommand(d, ctx.diagnostics()).ifPresent(c -> r.draft().argv = c.argv());
            })
            .on("interval", (d, r, ctx) -> ValueSyntax.word(d, 0, ctx.diagnostics()).ifPresent(s -> {
                OptionalLong n = KeepalivedNumbers.readUnsigned(s, 0, MAX_SECONDS, d.pos(), ctx.diagnostics());
                if (n.isEmpty()) {
                    ctx.diagnostics().error(d.pos(), "(" + r.draft().name + "): vrrp script interval '" + s
                            + "' must be between 1 and " + MAX_SECONDS + " - ignoring");
                    return;
                }
                long v = n.getAsLong();
                if (v == 0) {
                    ctx.diagnostics().error(d.pos(), "(" + r.draft().name + "): vrrp script interval must be greater than 0, setting to 1");
                    v = 1;
                }
                r.draft().interval = Duration.ofSeconds(v);
            }))
            .on("timeout", (d, r, ctx) -> ValueSyntax.word(d, 0, ctx.diagnostics()).ifPresent(s -> {
                OptionalLong n = KeepalivedNumbers.readUnsigned(s, 0, MAX_SECONDS, d.pos(), ctx.diagnostics());
                if (n.isEmpty()) {
                    ctx.diagnostics().error(d.pos(), "(" + r.draft().name + "): vrrp script timeout '" + s + "' invalid - ignoring");
                    return;
                }
                long v = n.getAsLong();
                if (v == 0) {
                    ctx.diagnostics().error(d.pos(), "(" + r.draft().name + "): vrrp script timeout must be greater than 0, setting to 1");
                    v = 1;
                }
                r.draft().timeout = Duration.ofSeconds(v);
            }))
            .on("weight", (d, r, ctx) -> ValueSyntax.word(d, 0, ctx.diagnostics()).ifPresent(s -> {
                OptionalLong n = KeepalivedNumbers.readInt(s, -253, 253, d.pos(), ctx.diagnostics());
                if (n.isEmpty()) {
                    ctx.diagnostics().error(d.pos(), "vrrp_script " + r.draft().name + " weight " + s + " must be in [-253, 253]");
                } else {
                    r.draft().weight = (int) n.getAsLong();
                }
                if (d.argCount() >= 2) {
                    if (d.arg(1).equals("reverse")) {
                        r.draft().weightReverse = true;
                    } else {
                        ctx.diagnostics().error(d.pos(), "vrrp_script " + r.draft().name + " unknown weight option " + d.arg(1));
                    }
                }
            }))
            .on("rise", (d, r, ctx) -> ValueSyntax.word(d, 0, ctx.diagnostics()).ifPresent(s -> {
                OptionalLong n = KeepalivedNumbers.readUnsigned(s, 1, Integer.MAX_VALUE, d.pos(), ctx.diagnostics());
                if (n.isEmpty()) {
                    ctx.diagnostics().error(d.pos(), "(" + r.draft().name + "): vrrp script rise value '" + s + "' invalid, defaulting to 1");
                }
                r.draft().rise = n.isEmpty() ? 1 : (int) n.getAsLong();
            }))
            .on("fall", (d, r, ctx) -> ValueSyntax.word(d, 0, ctx.diagnostics()).ifPresent(s -> {
                OptionalLong n = KeepalivedNumbers.readUnsigned(s, 1, Integer.MAX_VALUE, d.pos(), ctx.diagnostics());
                if (n.isEmpty()) {
                    ctx.diagnostics().error(d.pos(), "(" + r.draft().name + "): vrrp script fall value '" + s + "' invalid, defaulting to 1");
                }
                r.draft().fall = n.isEmpty() ? 1 : (int) n.getAsLong();
            }))
            .on("user", (d, r, ctx) -> ValueSyntax.word(d, 0, ctx.diagnostics()).ifPresent(u -> {
                Draft s = r.draft();
                String group = d.arg(1);
                if (r.parse().scriptUsers().valid(u, group, d.pos(), ctx.diagnostics())) {
                    s.user = u;
                    s.group = group;
                    s.userSet = true;
                    s.remove = false;
                } else {
                    ctx.diagnostics().error(d.pos(), "Unable to set uid/gid for script " + quoted(s.argv));
                    s.remove = true;
                }
            }))
            .on("init_fail", (d, r, ctx) -> r.draft().initFail = true);

    private ScriptKeywords() {
    }

    /** keepalived's {@code cmd_str}: each word in single quotes. */
    static String quoted(List<String> argv) {
        return String.join(" ", argv.stream().map(w -> "'" + w + "'").toList());
    }
}
