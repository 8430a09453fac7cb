package org.keepalived4j.config.lvs;

import java.math.BigInteger;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.OptionalLong;
import org.keepalived4j.config.ConfigErrorKind;
import org.keepalived4j.config.Diagnostics;
import org.keepalived4j.config.SourcePos;

/**
 * keepalived 2.2.7's number readers as {@code keepalived -t} runs them: the same acceptance
 * (strtoul/strtol prefixes, leading '+', a timer's digits shifted to microseconds) and the same
 * messages. Under {@code -t} an integer with any fault is refused, while a timer whose text is
 * invalid but whose numeric prefix is in range is accepted (keepalived does exactly that).
 */
final class KeepalivedNumbers {

    static final long UINT_MAX = 0xffff_ffffL;
    static final long INT_MAX = Integer.MAX_VALUE;
    /** The upper bound keepalived gives most timers: ULONG_MAX - 1 microseconds (unsigned). */
    static final long TIMER_MAX = -2L;
    private static final BigInteger ULONG_RANGE = BigInteger.ONE.shiftLeft(64);
    private static final String WHITE_SPACE = " \t\f\n\r\u000b";

    private KeepalivedNumbers() {
    }

    /** read_unsigned(): a decimal in [min, max] (both within 0..UINT_MAX). */
    static OptionalLong unsigned(String text, long min, long max, SourcePos pos, Diagnostics diag) {
        int offset = 0;
        while (offset < text.length() && WHITE_SPACE.indexOf(text.charAt(offset)) >= 0) {
            offset++;
        }
        Prefix p = strtoul(text, offset);
        if (offset < text.length() && text.charAt(offset) == '-') {
            report(diag, pos, "negative number '" + text + "'");
        } else if (!p.complete) {
            report(diag, pos, "invalid number '" + text + "'");
        } else if (p.overflow || p.value.compareTo(BigInteger.valueOf(UINT_MAX)) > 0) {
            report(diag, pos, "number '" + text + "' outside unsigned integer range");
        } else if (p.value.longValue() < min || p.value.longValue() > max) {
            report(diag, pos, "number '" + text + "' outside range [" + min + ", " + max + "]");
        } else {
            return OptionalLong.of(p.value.longValue());
        }
        return OptionalLong.empty();
    }

    /** read_int(): a signed decimal in [min, max]. */
    static OptionalLong integer(String text, long min, long max, SourcePos pos, Diagnostics diag) {
        Prefix p = strtol(text);
        if (!p.complete) {
            report(diag, pos, "invalid number '" + text + "'");
        } else if (p.overflow || p.value.bitLength() > 31) {
            report(diag, pos, "number '" + text + "' outside integer range");
        } else if (p.value.longValue() < min || p.value.longValue() > max) {
            report(diag, pos, "number '" + text + "' outside range [" + min + ", " + max + "]");
        } else {
            return OptionalLong.of(p.value.longValue());
        }
        return OptionalLong.empty();
    }

    /**
     * read_timer(): seconds with up to six decimals, as microseconds in [min, max] (unsigned;
     * {@link #TIMER_MAX} for keepalived's "no limit").
     */
    static Optional<Duration> timer(String text, long minMicros, long maxMicros, SourcePos pos, Diagnostics diag) {
        if (text.startsWith("-")) {
            report(diag, pos, "negative number '" + text + "'");
            return Optional.empty();
        }
        int dp = text.indexOf('.');
        int decimals = dp < 0 ? 0 : text.length() - dp - 1;
        boolean roundUp = false;
        if (decimals > 6) {
            report(diag, pos, "number '" + text + "' has too many decimal places");
            roundUp = text.charAt(dp + 7) >= '5';
            decimals = 6;
        }
        StringBuilder shifted = new StringBuilder();
        if (dp >= 0) {
            shifted.append(text, 0, dp).append(text, dp + 1, dp + 1 + decimals);
        } else {
            shifted.append(text);
        }
        shifted.append("0".repeat(6 - decimals));
        Prefix p = strtoul(shifted.toString(), 0);
        BigInteger v = roundUp ? p.value.add(BigInteger.ONE) : p.value;
        boolean overflow = p.overflow || v.bitLength() > 64;
        long micros = overflow ? -1L : v.longValue();
        boolean inRange = Long.compareUnsigned(micros, minMicros) >= 0 && Long.compareUnsigned(micros, maxMicros) <= 0;
        if (!p.complete) {
            report(diag, pos, "invalid number '" + text + "'");
            return inRange ? Optional.of(micros(micros)) : Optional.empty();
        }
        if (overflow) {
            report(diag, pos, "number '" + text + "' outside unsigned decimal range");
            return Optional.empty();
        }
        if (!inRange) {
            report(diag, pos, "number '" + text + "' outside range [" + decimal(minMicros) + ", " + decimal(maxMicros) + "]");
            return Optional.empty();
        }
        return Optional.of(micros(micros));
    }

    /** keepalived's "%lu.%06lu" of a microsecond count. */
    static String decimal(long micros) {
        return Long.toUnsignedString(Long.divideUnsigned(micros, 1_000_000)) + "."
                + String.format("%06d", Long.remainderUnsigned(micros, 1_000_000));
    }

    private static Duration micros(long unsignedMicros) {
        return Duration.of(unsignedMicros < 0 ? Long.MAX_VALUE : unsignedMicros, ChronoUnit.MICROS);
    }

    private static void report(Diagnostics diag, SourcePos pos, String message) {
        diag.report(ConfigErrorKind.INVALID_NUMBER, pos, message);
    }

    /** What strtoul/strtol read: the value of the longest numeric prefix, and whether it was all of the text. */
    private record Prefix(BigInteger value, boolean complete, boolean overflow) {
    }

    private static Prefix strtoul(String s, int from) {
        int i = from;
        while (i < s.length() && WHITE_SPACE.indexOf(s.charAt(i)) >= 0) {
            i++;
        }
        boolean negative = false;
        if (i < s.length() && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            negative = s.charAt(i) == '-';
            i++;
        }
        int start = i;
        while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
            i++;
        }
        if (i == start) {
            // no digits: strtoul leaves the end pointer where it started
            return new Prefix(BigInteger.ZERO, from == s.length(), false);
        }
        BigInteger v = new BigInteger(s.substring(start, i));
        boolean overflow = v.bitLength() > 64;
        if (negative && !overflow) {
            v = ULONG_RANGE.subtract(v).mod(ULONG_RANGE);
        }
        return new Prefix(v, i == s.length(), overflow);
    }

    private static Prefix strtol(String s) {
        int i = 0;
        while (i < s.length() && WHITE_SPACE.indexOf(s.charAt(i)) >= 0) {
            i++;
        }
        boolean negative = false;
        if (i < s.length() && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            negative = s.charAt(i) == '-';
            i++;
        }
        int start = i;
        while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
            i++;
        }
        if (i == start) {
            return new Prefix(BigInteger.ZERO, s.isEmpty(), false);
        }
        BigInteger v = new BigInteger(s.substring(start, i));
        if (negative) {
            v = v.negate();
        }
        return new Prefix(v, i == s.length(), v.bitLength() > 63);
    }
}
