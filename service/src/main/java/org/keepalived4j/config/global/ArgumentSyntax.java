package org.keepalived4j.config.global;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Optional;
import java.util.OptionalLong;
import org.keepalived4j.config.Diagnostics;
import org.keepalived4j.config.Directive;
import org.keepalived4j.config.SourcePos;

/**
 * keepalived 2.2.7's own readers for keyword arguments, with its exact wording: the integer
 * readers ({@code read_int}/{@code read_unsigned}), the fixed-point reader used for timers and
 * BFD intervals ({@code read_decimal_unsigned}), the case-sensitive {@code <BOOL>} and the
 * "missing a parameter" report. Each bad value is reported on the directive's line and yields
 * an empty result, so the caller keeps its default.
 *
 * <p>They differ from {@link org.keepalived4j.config.ValueSyntax} where 2.2.7 differs: negative
 * numbers and 32-bit overflow have their own messages, booleans are lower case only, and a
 * fixed-point number with trailing junk is reported but its leading number is still used.
 */
public final class ArgumentSyntax {

    private static final long UINT32_MAX = 0xFFFF_FFFFL;

    private ArgumentSyntax() {
    }

    /**
     * The i-th argument (0 = first after the keyword). keepalived 2.2.7 does not survive a
     * handler reading a word that is not there: it prints this message and stops with exit
     * code 2, so the result of {@code -t} is decided here.
     */
    public static Optional<String> required(Directive d, int i, Diagnostics diag) {
        String w = d.arg(i);
        if (w == null) {
            throw diag.missingWord(d, i + 1);
        }
        return Optional.of(w);
    }

    /** The message keepalived prints when word {@code i} (0 = first argument) is absent. */
    public static String missingMessage(Directive d, int i) {
        int position = i + 2;
        String previous = d.words().get(Math.min(i, d.words().size() - 1));
        return "*** Configuration line starting `" + d.keyword() + "` is missing a parameter after keyword `"
                + previous + "` at word position " + position;
    }

    /** keepalived's {@code check_true_false}: lower-case on/off, true/false, yes/no only. */
    public static Optional<Boolean> bool(String text) {
        return switch (text) {
            case "true", "on", "yes" -> Optional.of(true);
            case "false", "off", "no" -> Optional.of(false);
            default -> Optional.empty();
        };
    }

    /** An unsigned 32-bit integer in [min, max]. */
    public static OptionalLong unsigned(String text, SourcePos pos, long min, long max, Diagnostics diag) {
        if (text.startsWith("-")) {
            diag.invalidNumber(pos, "negative number '" + text + "'");
            return OptionalLong.empty();
        }
        String digits = text.startsWith("+") ? text.substring(1) : text;
        if (!allDigits(digits)) {
            diag.invalidNumber(pos, "invalid number '" + text + "'");
            return OptionalLong.empty();
        }
        BigInteger v = new BigInteger(digits);
        if (v.compareTo(BigInteger.valueOf(UINT32_MAX)) > 0) {
            diag.invalidNumber(pos, "number '" + text + "' outside unsigned integer range");
            return OptionalLong.empty();
        }
        return inRange(v.longValue(), text, pos, min, max, diag);
    }

    /** A signed 32-bit integer in [min, max]. */
    public static OptionalLong signed(String text, SourcePos pos, long min, long max, Diagnostics diag) {
        String digits = text.startsWith("+") || text.startsWith("-") ? text.substring(1) : text;
        if (!allDigits(digits)) {
            diag.invalidNumber(pos, "invalid number '" + text + "'");
            return OptionalLong.empty();
        }
        BigInteger v = new BigInteger(digits);
        if (text.startsWith("-")) {
            v = v.negate();
        }
        if (v.compareTo(BigInteger.valueOf(Integer.MIN_VALUE)) < 0 || v.compareTo(BigInteger.valueOf(Integer.MAX_VALUE)) > 0) {
            diag.invalidNumber(pos, "number '" + text + "' outside integer range");
            return OptionalLong.empty();
        }
        return inRange(v.longValue(), text, pos, min, max, diag);
    }

    /**
     * A fixed-point unsigned number with up to {@code places} decimals, returned scaled (so
     * {@code "1.5"} with 6 places is 1500000), in [minScaled, maxScaled]. More decimals are
     * reported and rounded half up. Text after the number is reported as invalid, but the number
     * before it is still used when it is in range (keepalived 2.2.7 does so).
     */
    public static OptionalLong decimal(String text, SourcePos pos, int places, long minScaled, long maxScaled,
                                       Diagnostics diag) {
        if (text.startsWith("-")) {
            diag.invalidNumber(pos, "negative number '" + text + "'");
            return OptionalLong.empty();
        }
        String body = text.startsWith("+") ? text.substring(1) : text;
        int end = 0;
        int intDigits = 0;
        while (end < body.length() && isAsciiDigit(body.charAt(end))) {
            end++;
            intDigits++;
        }
        int fracDigits = 0;
        if (end < body.length() && body.charAt(end) == '.') {
            end++;
            while (end < body.length() && isAsciiDigit(body.charAt(end))) {
                end++;
                fracDigits++;
            }
        }
        if (intDigits + fracDigits == 0) {
            diag.invalidNumber(pos, "invalid number '" + text + "'");
            return OptionalLong.empty();
        }
        boolean junk = end < body.length();
        String number = body.substring(0, end);
        if (number.endsWith(".")) {
            number = number.substring(0, number.length() - 1);
        }
        if (number.startsWith(".")) {
            number = "0" + number;
        }
        if (fracDigits > places) {
            diag.invalidNumber(pos, "number '" + text + "' has too many decimal places");
        }
        BigDecimal scaled = new BigDecimal(number).movePointRight(places).setScale(0, RoundingMode.HALF_UP);
        if (junk) {
            diag.invalidNumber(pos, "invalid number '" + text + "'");
        }
        if (scaled.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0) {
            if (!junk) {
                diag.invalidNumber(pos, "number '" + text + "' outside unsigned decimal range");
            }
            return OptionalLong.empty();
        }
        long v = scaled.longValueExact();
        if (v < minScaled || v > maxScaled) {
            if (!junk) {
                diag.invalidNumber(pos, "number '" + text + "' outside range [" + fixed(minScaled, places) + ", "
                        + fixed(maxScaled, places) + "]");
            }
            return OptionalLong.empty();
        }
        return OptionalLong.of(v);
    }

    /** A scaled fixed-point value printed with exactly {@code places} decimals, as keepalived prints ranges. */
    public static String fixed(long scaled, int places) {
        return BigDecimal.valueOf(scaled, places).toPlainString();
    }

    private static OptionalLong inRange(long v, String text, SourcePos pos, long min, long max, Diagnostics diag) {
        if (v < min || v > max) {
            diag.invalidNumber(pos, "number '" + text + "' outside range [" + min + ", " + max + "]");
            return OptionalLong.empty();
        }
        return OptionalLong.of(v);
    }

    private static boolean allDigits(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (!isAsciiDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
