package org.keepalived4j.config.global;

import static org.keepalived4j.config.global.Reading.flag;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.keepalived4j.config.Directive;
import org.keepalived4j.config.KeywordTable;
import org.keepalived4j.config.ParseContext;
import org.keepalived4j.config.KeepalivedNumbers;
import org.keepalived4j.config.ValueSyntax;

/** Process names and the scheduling keywords of the child processes. */
final class ProcessKeywords {

    /** sched_get_priority_min/max(SCHED_RR) on Linux. */
    static final int RT_PRIORITY_MIN = 1;
    static final int RT_PRIORITY_MAX = 99;

    private ProcessKeywords() {
    }

    static void register(KeywordTable<GlobalDraft> t) {
        t.on("process_names", (d, g, ctx) -> {
            g.vrrpName = ProcessNames.DEFAULT_VRRP;
            g.checkerName = ProcessNames.DEFAULT_CHECKER;
            g.bfdName = ProcessNames.DEFAULT_BFD;
        });
        processName(t, "process_name", (g, n) -> g.parentName = n);
        processName(t, "vrrp_process_name", (g, n) -> g.vrrpName = n);
        processName(t, "checker_process_name", (g, n) -> g.checkerName = n);
        processName(t, "bfd_process_name", (g, n) -> g.bfdName = n);
        t.on("lvs_process_name", (d, g, ctx) -> {
            ctx.diagnostics().notice(d.pos(), "'lvs_process_name' is deprecated - please use 'checker_process_name'");
            readProcessName(d, ctx).ifPresent(n -> g.checkerName = n);
        });

        child(t, "vrrp", g -> g.vrrpProcess);
        child(t, "checker", g -> g.checkerProcess);
        child(t, "bfd", g -> g.bfdProcess);

        t.on("max_auto_priority", (d, g, ctx) -> {
            if (d.argCount() < 1) {
                g.maxAutoPriority = RT_PRIORITY_MAX;
                return;
            }
            Reading.signed(d, ctx, -1, RT_PRIORITY_MAX, w -> "max_auto_priority '" + w + "' must be in [0, "
                    + RT_PRIORITY_MAX + "] (or -1 to disable) - ignoring").ifPresent(v -> g.maxAutoPriority = (int) v);
        });
        t.on("min_auto_priority_delay", (d, g, ctx) -> {
            if (d.argCount() < 1) {
                ctx.diagnostics().error(d.pos(), "min_auto_priority_delay requires delay time");
                return;
            }
            Reading.signed(d, ctx, 1, 10_000_000, w -> "min_auto_priority_delay '" + w + "' must be in [1, 10000000] - ignoring")
                    .ifPresent(v -> g.minAutoPriorityDelay = Duration.of(v, ChronoUnit.MICROS));
        });
    }

    private static void processName(KeywordTable<GlobalDraft> t, String keyword, BiConsumer<GlobalDraft, String> set) {
        t.on(keyword, (d, g, ctx) -> readProcessName(d, ctx).ifPresent(n -> set.accept(g, n)));
    }

    private static Optional<String> readProcessName(Directive d, ParseContext ctx) {
        return ValueSyntax.word(d, 0, ctx.diagnostics()).map(name -> {
            if (name.length() > ProcessNames.MAX_LENGTH) {
                ctx.diagnostics().error(d.pos(), "Process name " + name + " more than " + ProcessNames.MAX_LENGTH
                        + " characters, truncating");
                return name.substring(0, ProcessNames.MAX_LENGTH);
            }
            return name;
        });
    }

    /** The {@code <process>_priority/_no_swap/_rt_priority/_cpu_affinity/_rlimit_rttime} family of one child. */
    private static void child(KeywordTable<GlobalDraft> t, String process, Function<GlobalDraft, GlobalDraft.ChildDraft> of) {
        t.on(process + "_priority", (d, g, ctx) -> {
            GlobalDraft.ChildDraft c = of.apply(g);
            // keepalived stores 0 (no change) whenever the value is missing or bad
            c.nice = null;
            if (d.argCount() < 1) {
                ctx.diagnostics().error(d.pos(), "No " + process + " process priority specified");
                return;
            }
            Reading.signed(d, ctx, -20, 19, w -> "Invalid " + process + " process priority specified")
                    .ifPresent(v -> c.nice = v == 0 ? null : (int) v);
        });
        flag(t, process + "_no_swap", (g, v) -> of.apply(g).noSwap = true);
        t.on(process + "_rt_priority", (d, g, ctx) -> realtimePriority(d, ctx, process, of.apply(g)));
        t.on(process + "_cpu_affinity", (d, g, ctx) -> cpuAffinity(d, g, ctx, process, of.apply(g)));
        t.on(process + "_rlimit_rttime", (d, g, ctx) -> rlimit(d, ctx, process, of.apply(g)));
        t.on(process + "_rlimit_rtime", (d, g, ctx) -> {
            ctx.diagnostics().notice(d.pos(), "Keyword '" + d.keyword() + "' is deprecated - please use '"
                    + process + "_rlimit_rttime'");
            rlimit(d, ctx, process, of.apply(g));
        });
    }

    private static void realtimePriority(Directive d, ParseContext ctx, String process, GlobalDraft.ChildDraft c) {
        if (d.argCount() < 1) {
            ctx.diagnostics().error(d.pos(), "No " + process + " process real-time priority specified");
            return;
        }
        OptionalLong v = Reading.signed(d, ctx, Integer.MIN_VALUE, Integer.MAX_VALUE,
                w -> process + " process real-time priority '" + w + "' invalid");
        if (v.isEmpty()) {
            return;
        }
        long p = v.getAsLong();
        if (p < RT_PRIORITY_MIN) {
            ctx.diagnostics().error(d.pos(), process + " process real-time priority " + p + " less than minimum "
                    + RT_PRIORITY_MIN + " - setting to minimum");
            p = RT_PRIORITY_MIN;
        } else if (p > RT_PRIORITY_MAX) {
            ctx.diagnostics().error(d.pos(), process + " process real-time priority " + p + " greater than maximum "
                    + RT_PRIORITY_MAX + " - setting to maximum");
            p = RT_PRIORITY_MAX;
        }
        c.realtimePriority = (int) p;
    }

    private static void cpuAffinity(Directive d, GlobalDraft g, ParseContext ctx, String process, GlobalDraft.ChildDraft c) {
        if (d.argCount() < 1) {
            ctx.diagnostics().error(d.pos(), "No " + process + " cpu_id set specified");
            return;
        }
        c.cpus.clear();
        for (String w : d.args()) {
            OptionalLong cpu = KeepalivedNumbers.readInt(w, 0, g.onlineCpus - 1L, d.pos(), ctx.diagnostics());
            if (cpu.isEmpty()) {
                // keepalived prints the value it failed to store: the number if it was one, else 0
                String shown = w.matches("[+-]?[0-9]{1,9}") ? String.valueOf(Long.parseLong(w)) : "0";
                ctx.diagnostics().error(d.pos(), "Invalid cpu_id:" + shown + " specified for " + process + " process");
                c.cpus.clear();
                return;
            }
            c.cpus.add((int) cpu.getAsLong());
        }
    }

    private static void rlimit(Directive d, ParseContext ctx, String process, GlobalDraft.ChildDraft c) {
        OptionalLong v = Reading.unsigned(d, ctx, 1, Reading.UINT_MAX,
                w -> "Invalid " + process + " real-time limit - " + w);
        if (v.isEmpty()) {
            return;
        }
        // the limit is halved for the soft limit, which must stay non-zero
        c.rlimitRttime = Duration.of(Math.max(2, v.getAsLong()), ChronoUnit.MICROS);
    }
}
