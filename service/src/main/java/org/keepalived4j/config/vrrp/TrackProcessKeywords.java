package org.keepalived4j.config.vrrp;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.keepalived4j.config.Directive;
import org.keepalived4j.config.KeywordTable;
import org.keepalived4j.config.ParseContext;
import org.keepalived4j.config.SourcePos;
import org.keepalived4j.config.KeepalivedNumbers;
import org.keepalived4j.config.ValueSyntax;

/** The keywords of a {@code vrrp_track_process} block (keepalived 2.2.7's set) and the process while it is read. */
final class TrackProcessKeywords {

    static final class Draft {
        final String name;
        final SourcePos pos;
        String process;
        List<String> parameters = List.of();
        TrackedProcess.ParamMatch paramMatch = TrackedProcess.ParamMatch.NONE;
        int weight;
        boolean weightReverse;
        int quorum = 1;
        long quorumMax = TrackedProcess.UNBOUNDED;
        Duration terminateDelay = Duration.ZERO;
        Duration forkDelay = Duration.ZERO;
        boolean fullCommand;

        Draft(String name, SourcePos pos) {
            this.name = name;
            this.pos = pos;
        }
    }

    static final KeywordTable<Reading<Draft>> TABLE = new KeywordTable<Reading<Draft>>("vrrp_track_process")
            .on("process", (d, r, ctx) -> ValueSyntax.word(d, 0, ctx.diagnostics()).ifPresent(p -> {
                Draft t = r.draft();
                if (t.process != null) {
                    ctx.diagnostics().error(d.pos(), "Process already set for track process " + t.name + " - ignoring " + p);
                    return;
                }
                t.process = p;
                if (d.argCount() > 1) {
                    t.parameters = List.copyOf(d.args().subList(1, d.argCount()));
                    if (t.paramMatch == TrackedProcess.ParamMatch.NONE) {
                        t.paramMatch = TrackedProcess.ParamMatch.EXACT;
                    }
                    t.fullCommand = true;
                }
            }))
            .on("param_match", (d, r, ctx) -> {
                Draft t = r.draft();
                if (d.argCount() == 0) {
                    t.paramMatch = TrackedProcess.ParamMatch.EXACT;
                    t.fullCommand = true;
                } else if (d.arg(0).equals("initial")) {
                    t.paramMatch = TrackedProcess.ParamMatch.INITIAL;
                    t.fullCommand = true;
                } else if (d.arg(0).equals("partial")) {
                    t.paramMatch = TrackedProcess.ParamMatch.PARTIAL;
                    t.fullCommand = true;
                } else {
                    ctx.diagnostics().error(d.pos(), "Invalid param_match type " + d.arg(0) + " - ignoring");
                }
            })
            .on("weight", (d, r, ctx) -> {
                Draft t = r.draft();
                if (d.argCount() < 1) {
                    ctx.diagnostics().error(d.pos(), "No weight specified for track process " + t.name + " - ignoring");
                    return;
                }
                if (t.weight != 0) {
                    ctx.diagnostics().error(d.pos(), "Weight already set for track process " + t.name + " - ignoring " + d.arg(0));
                    return;
                }
                OptionalLong n = KeepalivedNumbers.readInt(d.arg(0), -254, 254, d.pos(), ctx.diagnostics());
                if (n.isEmpty()) {
                    ctx.diagnostics().error(d.pos(), "Weight (" + d.arg(0) + ") for vrrp_track_process " + t.name
                            + " must be between [-254..254] inclusive. Ignoring...");
                    return;
                }
                if (d.argCount() >= 2) {
                    if (d.arg(1).equals("reverse")) {
                        t.weightReverse = true;
                    } else {
                        ctx.diagnostics().error(d.pos(), "vrrp_track_process " + t.name + " unknown weight option " + d.arg(1));
                    }
                }
                t.weight = (int) n.getAsLong();
            })
            .on("quorum", (d, r, ctx) -> ValueSyntax.word(d, 0, ctx.diagnostics()).ifPresent(s -> {
                Draft t = r.draft();
                OptionalLong n = KeepalivedNumbers.readUnsigned(s, 1, 65535, d.pos(), ctx.diagnostics());
                if (n.isEmpty()) {
                    ctx.diagnostics().error(d.pos(), "Quorum (" + s + ") for vrrp_track_process " + t.name
                            + " must be between [1..65535] inclusive. Ignoring...");
                    return;
                }
                if (n.getAsLong() > t.quorumMax) {
                    ctx.diagnostics().error(d.pos(), "Quorum is greater than quorum_max - ignoring");
                    return;
                }
                t.quorum = (int) n.getAsLong();
            }))
            .on("quorum_max", (d, r, ctx) -> ValueSyntax.word(d, 0, ctx.diagnostics()).ifPresent(s -> {
                Draft t = r.draft();
                OptionalLong n = KeepalivedNumbers.readUnsigned(s, 0, 65535, d.pos(), ctx.diagnostics());
                if (n.isEmpty()) {
                    ctx.diagnostics().error(d.pos(), "quorum_max (" + s + ") for vrrp_track_process " + t.name
                            + " must be between [0..65535] inclusive. Ignoring...");
                    return;
                }
                long max = n.getAsLong();
                if ((max != 0 || t.quorum > 1) && max < t.quorum) {
                    ctx.diagnostics().error(d.pos(), "quorum_max is less than quorum - ignoring");
                    return;
                }
                t.quorumMax = max;
                if (max == 0) {
                    t.quorum = 0;
                } else if (t.quorum == 0) {
                    t.quorum = 1;
                }
            }))
            .on("delay", (d, r, ctx) -> delay(d, r, ctx, ""))
            .on("terminate_delay", (d, r, ctx) -> delay(d, r, ctx, "terminate_"))
            .on("fork_delay", (d, r, ctx) -> delay(d, r, ctx, "fork_"))
            .on("full_command", (d, r, ctx) -> r.draft().fullCommand = true);

    private TrackProcessKeywords() {
    }

    private static void delay(Directive d, Reading<Draft> r, ParseContext ctx, String which) {
        ValueSyntax.word(d, 0, ctx.diagnostics()).ifPresent(s -> {
            Optional<Duration> v = KeepalivedNumbers.readMicroseconds(s, Duration.ofNanos(1000), Duration.ofSeconds(3600), d.pos(), ctx.diagnostics());
            if (v.isEmpty()) {
                ctx.diagnostics().error(d.pos(), which + "delay (" + s + ") for vrrp_track_process " + r.draft().name
                        + " must be between [0.000001..3600] inclusive. Ignoring...");
                return;
            }
            if (!which.equals("fork_")) {
                r.draft().terminateDelay = v.get();
            }
            if (!which.equals("terminate_")) {
                r.draft().forkDelay = v.get();
            }
        });
    }
}
