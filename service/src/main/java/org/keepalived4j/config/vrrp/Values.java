package org.keepalived4j.config.vrrp;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import org.keepalived4j.config.Diagnostics;
import org.keepalived4j.config.Directive;
import org.keepalived4j.config.ParseContext;
import org.keepalived4j.config.SourcePos;
import org.keepalived4j.config.ValueSyntax;

/**
 * keepalived 2.2.7's value readers as the VRRP handlers use them: each reports a bad number
 * itself ({@code invalid number 'x'}, {@code number 'x' outside range [a, b]}) before the
 * handler adds its own message, exactly as {@code keepalived -t} prints both.
 */
final class Values {

    private Values() {
    }

    /**
     * The i-th argument of a keyword whose handler reads it unconditionally. keepalived 2.2.7
     * treats its absence as fatal: it stops reading the configuration and exits with status 2.
     */
    static Optional<String> required(Directive d, int i, ParseContext ctx) {
        String w = d.arg(i);
        if (w == null) {
            throw ctx.diagnostics().missingWord(d, i + 1);
        }
        return Optional.of(w);
    }

    /** {@code read_unsigned}/{@code read_int}: a decimal integer in [min, max]. */
    static OptionalLong integer(String text, SourcePos pos, long min, long max, Diagnostics diag) {
        return ValueSyntax.integer(text, pos, min, max, diag);
    }

    /**
     * {@code read_decimal_unsigned}: seconds with up to microsecond precision, in [min, max];
     * keepalived prints the bounds with six decimals.
     */
    static Optional<Duration> decimal(String text, SourcePos pos, Duration min, Duration max, Diagnostics diag) {
        Optional<Duration> v = ValueSyntax.parseSeconds(text);
        if (v.isEmpty()) {
            diag.invalidNumber(pos, "invalid number '" + text + "'");
            return Optional.empty();
        }
        if (v.get().compareTo(min) < 0 || v.get().compareTo(max) > 0) {
            diag.invalidNumber(pos, "number '" + text + "' outside range [" + sixDecimals(min) + ", " + sixDecimals(max) + "]");
            return Optional.empty();
        }
        return v;
    }

    static String sixDecimals(Duration d) {
        return BigDecimal.valueOf(d.toNanos(), 9).setScale(6, java.math.RoundingMode.DOWN).toPlainString();
    }

    /** {@code %f} of a duration in seconds. */
    static String percentF(Duration d) {
        return String.format(Locale.ROOT, "%f", d.toNanos() / 1e9);
    }

    /** {@code %.2f} of a duration in seconds. */
    static String percent2f(Duration d) {
        return String.format(Locale.ROOT, "%.2f", d.toNanos() / 1e9);
    }

    /** keepalived's {@code check_true_false}. */
    static Optional<Boolean> bool(String text) {
        return ValueSyntax.parseBool(text);
    }
}
