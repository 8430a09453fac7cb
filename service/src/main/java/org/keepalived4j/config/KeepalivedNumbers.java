package org.keepalived4j.config;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * keepalived 2.2.7's readers of numbers and booleans ({@code lib/parser.c}), as {@code keepalived -t}
 * runs them: what they accept (C's {@code strtoul}/{@code strtol} rules, see {@link CNumber}) and the
 * {@link ConfigErrorKind#INVALID_NUMBER} report each refusal makes, on the directive's line. Each
 * keepalived reader is its own method, named after it, because they differ: only the unsigned ones
 * skip blanks before checking for a minus sign, each has its own overflow message, and only the
 * decimal reader honours {@code ignore_error} under {@code -t}.
 */
public final class KeepalivedNumbers {

    public static final long U8_MAX = 0xffL;
    public static final long U16_MAX = 0xffffL;
    public static final long UINT_MAX = 0xffff_ffffL;
    public static final long INT_MAX = Integer.MAX_VALUE;
    /** keepalived's TIMER_MAXIMUM, a timer's "no limit": ULONG_MAX - 1 microseconds (unsigned). */
    public static final long TIMER_MAX = -2L;
    /** keepalived's TIMER_HZ_DIGITS: timers are read to the microsecond. */
    public static final int TIMER_DIGITS = 6;

    private KeepalivedNumbers() {
    }

    /** {@code read_unsigned}: a decimal unsigned int in [min, max]. */
    public static OptionalLong readUnsigned(String text, long min, long max, SourcePos pos, Diagnostics diag) {
        return readUnsignedBase(text, 10, min, max, pos, diag);
    }

    /** {@code read_unsigned_base_strvec}: {@link #readUnsigned} in {@code base} (0 = C's prefixes). */
    public static OptionalLong readUnsignedBase(String text, int base, long min, long max, SourcePos pos, Diagnostics diag) {
        int offset = blanks(text);
        CNumber n = CNumber.strtoul(text, offset, base);
        if (offset < text.length() && text.charAt(offset) == '-') {
            diag.invalidNumber(pos, "negative number '" + text + "'");
        } else if (n.end() < text.length()) {
            diag.invalidNumber(pos, "invalid number '" + text + "'");
        } else if (n.overflow() || Long.compareUnsigned(n.value(), UINT_MAX) > 0) {
            diag.invalidNumber(pos, "number '" + text + "' outside unsigned integer range");
        } else if (n.value() < min || n.value() > max) {
            diag.invalidNumber(pos, "number '" + text + "' outside range [" + min + ", " + max + "]");
        } else {
            return OptionalLong.of(n.value());
        }
        return OptionalLong.empty();
    }

    /** {@code read_int}: a decimal int in [min, max]. */
    public static OptionalLong readInt(String text, long min, long max, SourcePos pos, Diagnostics diag) {
        CNumber n = CNumber.strtol(text, 0, 10);
        // strtol reads nothing of a text without digits, so only an empty text is whole
        boolean whole = n.end() == text.length();
        if (!whole) {
            diag.invalidNumber(pos, "invalid number '" + text + "'");
        } else if (n.overflow() || n.value() < Integer.MIN_VALUE || n.value() > Integer.MAX_VALUE) {
            diag.invalidNumber(pos, "number '" + text + "' outside integer range");
        } else if (n.value() < min || n.value() > max) {
            diag.invalidNumber(pos, "number '" + text + "' outside range [" + min + ", " + max + "]");
        } else {
            return OptionalLong.of(n.value());
        }
        return OptionalLong.empty();
    }

    /** {@code read_unsigned64} over its whole range: the value is unsigned in the long. */
    public static OptionalLong readUnsigned64(String text, SourcePos pos, Diagnostics diag) {
        int offset = blanks(text);
        CNumber n = CNumber.strtoul(text, offset, 10);
        if (offset < text.length() && text.charAt(offset) == '-') {
            diag.invalidNumber(pos, "negative number '" + text + "'");
        } else if (n.end() < text.length()) {
            diag.invalidNumber(pos, "invalid number '" + text + "'");
        } else if (n.overflow()) {
            diag.invalidNumber(pos, "number '" + text + "' outside unsigned 64 bit range");
        } else {
            return OptionalLong.of(n.value());
        }
        return OptionalLong.empty();
    }

    /**
     * {@code read_decimal_unsigned}: a decimal with up to {@code shift} places, returned times
     * 10^shift, in [min, max] (compared unsigned). Extra places are reported and rounded on the
     * first dropped digit, and the value is still used. keepalived removes the decimal point before
     * it parses, so text after the number is read as digits of the shifted text ({@code "1e3"} is 1
     * unit): such text is reported, and under {@code ignoreError} the value read so far is still
     * used when in range (even under {@code -t}, unlike the integer readers).
     */
    public static OptionalLong readDecimalUnsigned(String text, long min, long max, int shift, boolean ignoreError,
                                                   SourcePos pos, Diagnostics diag) {
        if (text.startsWith("-")) {
            diag.invalidNumber(pos, "negative number '" + text + "'");
            return OptionalLong.empty();
        }
        int dp = text.indexOf('.');
        int places = dp < 0 ? 0 : text.length() - dp - 1;
        boolean roundUp = false;
        if (places > shift) {
            diag.invalidNumber(pos, "number '" + text + "' has too many decimal places");
            roundUp = text.charAt(dp + shift + 1) >= '5';
            places = shift;
        }
        StringBuilder digits = new StringBuilder();
        if (dp >= 0) {
            digits.append(text, 0, dp).append(text, dp + 1, dp + 1 + places);
        } else {
            digits.append(text);
        }
        digits.append("0".repeat(shift - places));
        String shifted = digits.toString();
        CNumber n = CNumber.strtoul(shifted, 10);
        // unsigned long long arithmetic: the rounding wraps, ERANGE does not change
        long value = n.value() + (roundUp ? 1 : 0);
        boolean inRange = Long.compareUnsigned(value, min) >= 0 && Long.compareUnsigned(value, max) <= 0;
        // strtoull reads nothing of a text without digits, so only an empty text is valid
        boolean valid = n.end() == shifted.length();
        if (!valid) {
            diag.invalidNumber(pos, "invalid number '" + text + "'");
            return ignoreError && inRange ? OptionalLong.of(value) : OptionalLong.empty();
        }
        if (n.overflow()) {
            diag.invalidNumber(pos, "number '" + text + "' outside unsigned decimal range");
        } else if (!inRange) {
            diag.invalidNumber(pos, "number '" + text + "' outside range [" + decimalBound(min, shift) + ", "
                    + decimalBound(max, shift) + "]");
        } else {
            return OptionalLong.of(value);
        }
        return OptionalLong.empty();
    }

    /**
     * {@code read_timer}: {@link #readDecimalUnsigned} to the microsecond, in [minMicros, maxMicros]
     * (unsigned; {@link #TIMER_MAX} for keepalived's "no limit"); every caller passes ignore_error.
     */
    public static Optional<Duration> readTimer(String text, long minMicros, long maxMicros, SourcePos pos, Diagnostics diag) {
        OptionalLong v = readDecimalUnsigned(text, minMicros, maxMicros, TIMER_DIGITS, true, pos, diag);
        return v.isEmpty() ? Optional.empty() : Optional.of(micros(v.getAsLong()));
    }

    /**
     * {@code read_decimal_unsigned(..., TIMER_HZ_DIGITS, true)} for a duration in [min, max]: how
     * keepalived reads its second-valued settings to the microsecond.
     */
    public static Optional<Duration> readMicroseconds(String text, Duration min, Duration max, SourcePos pos, Diagnostics diag) {
        return readTimer(text, min.toNanos() / 1000, max.toNanos() / 1000, pos, diag);
    }

    /** A scaled bound as keepalived prints it: C's {@code "%lu.%*.*lu"}, so "5." when shift is 0. */
    public static String decimalBound(long scaled, int shift) {
        long unit = 1;
        for (int i = 0; i < shift; i++) {
            unit *= 10;
        }
        String frac = shift == 0 ? "" : String.format("%0" + shift + "d", Long.remainderUnsigned(scaled, unit));
        return Long.toUnsignedString(Long.divideUnsigned(scaled, unit)) + "." + frac;
    }

    /** {@code check_true_false}: exactly true/on/yes or false/off/no, in lower case; empty otherwise. */
    public static Optional<Boolean> checkTrueFalse(String text) {
        return switch (text) {
            case "true", "on", "yes" -> Optional.of(true);
            case "false", "off", "no" -> Optional.of(false);
            default -> Optional.empty();
        };
    }

    private static Duration micros(long unsignedMicros) {
        return Duration.of(unsignedMicros < 0 ? Long.MAX_VALUE : unsignedMicros, ChronoUnit.MICROS);
    }

    private static int blanks(String text) {
        int i = 0;
        while (i < text.length() && CNumber.isCSpace(text.charAt(i))) {
            i++;
        }
        return i;
    }
}
