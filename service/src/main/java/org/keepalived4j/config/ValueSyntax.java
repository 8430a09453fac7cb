package org.keepalived4j.config;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;

/**
 * keepalived's value syntaxes (numbers, booleans, timers, addresses), read from a directive's
 * arguments. A bad or missing value is reported against the directive's line with keepalived's
 * wording and kind, and yields an empty result, so that the caller keeps the default and parsing
 * goes on, as keepalived does.
 */
public final class ValueSyntax {

    private ValueSyntax() {
    }

    /**
     * The i-th argument. When it is absent the load stops, as keepalived 2.2.7 stops (exit 2) when a
     * handler reads a word the line lacks; handlers for which keepalived first checks the number of
     * words, and reports and goes on, must check {@link Directive#argCount()} themselves.
     *
     * @throws ConfigAbort if the argument is absent
     */
    public static Optional<String> word(Directive d, int i, Diagnostics diag) {
        String w = d.arg(i);
        if (w == null) {
            throw diag.missingWord(d, i + 1);
        }
        return Optional.of(w);
    }

    /** A decimal integer in [min, max], see {@link #integer(String, SourcePos, long, long, Diagnostics)}. */
    public static OptionalLong integer(Directive d, int i, long min, long max, Diagnostics diag) {
        Optional<String> w = word(d, i, diag);
        return w.isEmpty() ? OptionalLong.empty() : integer(w.get(), d.pos(), min, max, diag);
    }

    /** keepalived's {@code read_int} when the range has negative numbers, else its {@code read_unsigned}. */
    public static OptionalLong integer(String text, SourcePos pos, long min, long max, Diagnostics diag) {
        return min < 0 ? KeepalivedNumbers.readInt(text, min, max, pos, diag)
                : KeepalivedNumbers.readUnsigned(text, min, max, pos, diag);
    }

    /**
     * A keyword that is a switch: bare means on, else its argument is a {@code <BOOL>}. An
     * invalid argument is reported and the switch stays as it was (empty).
     */
    public static Optional<Boolean> flag(Directive d, Diagnostics diag) {
        return flag(d, diag, arg -> "Invalid value '" + arg + "' for " + d.keyword());
    }

    /** {@link #flag(Directive, Diagnostics)} with the keyword's own message for an invalid argument. */
    public static Optional<Boolean> flag(Directive d, Diagnostics diag, Function<String, String> invalid) {
        if (d.argCount() == 0) {
            return Optional.of(true);
        }
        Optional<Boolean> b = KeepalivedNumbers.checkTrueFalse(d.arg(0));
        if (b.isEmpty()) {
            diag.error(d.pos(), invalid.apply(d.arg(0)));
        }
        return b;
    }

    /**
     * A timer: seconds, with a fraction down to microseconds, in [min, max].
     */
    public static Optional<Duration> timer(Directive d, int i, Duration min, Duration max, Diagnostics diag) {
        Optional<String> w = word(d, i, diag);
        return w.isEmpty() ? Optional.empty() : timer(w.get(), d.pos(), min, max, diag);
    }

    public static Optional<Duration> timer(String text, SourcePos pos, Duration min, Duration max, Diagnostics diag) {
        Optional<Duration> t = parseSeconds(text);
        if (t.isEmpty()) {
            diag.invalidNumber(pos, "invalid timer value '" + text + "'");
            return Optional.empty();
        }
        if (t.get().compareTo(min) < 0 || t.get().compareTo(max) > 0) {
            diag.invalidNumber(pos, "timer value '" + text + "' outside range [" + seconds(min) + ", " + seconds(max) + "]");
            return Optional.empty();
        }
        return t;
    }

    /** Decimal seconds with at most microsecond resolution (more digits are truncated). */
    public static Optional<Duration> parseSeconds(String text) {
        if (text.isEmpty() || !text.matches("\\+?[0-9]*(\\.[0-9]*)?") || text.matches("\\+?\\.?")) {
            return Optional.empty();
        }
        try {
            BigDecimal s = new BigDecimal(text.startsWith("+") ? text.substring(1) : text);
            BigDecimal micros = s.movePointRight(6).setScale(0, java.math.RoundingMode.DOWN);
            if (micros.toBigInteger().bitLength() > 62) {
                return Optional.empty();
            }
            return Optional.of(Duration.of(micros.longValueExact(), java.time.temporal.ChronoUnit.MICROS));
        } catch (ArithmeticException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Seconds as keepalived prints them: no trailing zeros. */
    public static String seconds(Duration d) {
        BigDecimal s = BigDecimal.valueOf(d.toNanos(), 9).stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0).toPlainString() : s.toPlainString();
    }

    /** An address literal (no DNS). */
    public static Optional<IpAddress> address(Directive d, int i, Diagnostics diag) {
        Optional<String> w = word(d, i, diag);
        if (w.isEmpty()) {
            return Optional.empty();
        }
        Optional<IpAddress> a = IpAddress.parse(w.get());
        if (a.isEmpty()) {
            diag.error(d.pos(), "Invalid address '" + w.get() + "' for " + d.keyword());
        }
        return a;
    }

    /** An address with optional {@code /len}. */
    public static Optional<IpPrefix> prefix(Directive d, int i, Diagnostics diag) {
        Optional<String> w = word(d, i, diag);
        if (w.isEmpty()) {
            return Optional.empty();
        }
        Optional<IpPrefix> p = IpPrefix.parse(w.get());
        if (p.isEmpty()) {
            diag.error(d.pos(), "Invalid address '" + w.get() + "' for " + d.keyword());
        }
        return p;
    }
}
