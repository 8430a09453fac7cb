package org.keepalived4j.config.global;

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

/**
 * The shapes most global_defs handlers share, each with the message keepalived 2.2.7 prints when
 * the value is bad. A handler that fails leaves the draft as it was.
 */
final class Reading {

    static final long UINT_MAX = 0xFFFF_FFFFL;

    private Reading() {
    }

    /** A switch whose arguments keepalived ignores: present means on. */
    static KeywordTable<GlobalDraft> flag(KeywordTable<GlobalDraft> t, String keyword, BiConsumer<GlobalDraft, Boolean> set) {
        return t.on(keyword, (d, g, ctx) -> set.accept(g, true));
    }

    /**
     * A switch that may take a {@code <BOOL>}; an invalid one is reported with the message built
     * from the argument and the switch keeps its value.
     */
    static KeywordTable<GlobalDraft> bool(KeywordTable<GlobalDraft> t, String keyword, Function<String, String> invalid,
                                          BiConsumer<GlobalDraft, Boolean> set) {
        return t.on(keyword, (d, g, ctx) -> bool(d, ctx, invalid).ifPresent(v -> set.accept(g, v)));
    }

    static Optional<Boolean> bool(Directive d, ParseContext ctx, Function<String, String> invalid) {
        return ValueSyntax.flag(d, ctx.diagnostics(), invalid);
    }

    /** keepalived's usual wording for a bad {@code <BOOL>} of a global switch. */
    static Function<String, String> globalBool(String keyword) {
        return v -> "Invalid value '" + v + "' for global " + keyword + " specified";
    }

    /** The wording of the switches whose message does not show the value. */
    static Function<String, String> plainBool(String keyword) {
        return v -> "Invalid value for " + keyword + " specified";
    }

    /**
     * The first argument as an unsigned number in [min, max]; a missing argument aborts as in
     * keepalived, a bad one adds {@code failure} (built from the argument) to the number report.
     */
    static OptionalLong unsigned(Directive d, ParseContext ctx, long min, long max, Function<String, String> failure) {
        Optional<String> w = ValueSyntax.word(d, 0, ctx.diagnostics());
        if (w.isEmpty()) {
            return OptionalLong.empty();
        }
        OptionalLong v = KeepalivedNumbers.readUnsigned(w.get(), min, max, d.pos(), ctx.diagnostics());
        if (v.isEmpty() && failure != null) {
            ctx.diagnostics().error(d.pos(), failure.apply(w.get()));
        }
        return v;
    }

    /** As {@link #unsigned}, for a signed number. */
    static OptionalLong signed(Directive d, ParseContext ctx, long min, long max, Function<String, String> failure) {
        Optional<String> w = ValueSyntax.word(d, 0, ctx.diagnostics());
        if (w.isEmpty()) {
            return OptionalLong.empty();
        }
        OptionalLong v = KeepalivedNumbers.readInt(w.get(), min, max, d.pos(), ctx.diagnostics());
        if (v.isEmpty() && failure != null) {
            ctx.diagnostics().error(d.pos(), failure.apply(w.get()));
        }
        return v;
    }

    /** The first argument as seconds with microsecond resolution, in [min, max] microseconds. */
    static Optional<Duration> micros(Directive d, ParseContext ctx, long minMicros, long maxMicros,
                                     Function<String, String> failure) {
        Optional<String> w = ValueSyntax.word(d, 0, ctx.diagnostics());
        if (w.isEmpty()) {
            return Optional.empty();
        }
        OptionalLong v = KeepalivedNumbers.readDecimalUnsigned(w.get(), minMicros, maxMicros, 6, true, d.pos(), ctx.diagnostics());
        if (v.isEmpty()) {
            ctx.diagnostics().error(d.pos(), failure.apply(w.get()));
            return Optional.empty();
        }
        return Optional.of(Duration.of(v.getAsLong(), ChronoUnit.MICROS));
    }
}
