package org.keepalived4j.config;

/**
 * What C's {@code strtoul}/{@code strtol} (glibc, 64-bit Linux) read from a text: keepalived reads its
 * numbers with them, so their quirks (leading blanks, a sign, {@code 0x}/{@code 0} prefixes with base 0,
 * wrap-around of a negative unsigned number, clamping on overflow, partial reads) decide what a
 * configuration means.
 *
 * @param value    the value; for {@link #strtoul} an unsigned 64-bit number held in a long
 * @param end      the index of the first character not read; where reading started when no digit was read
 * @param overflow whether the number did not fit ({@code ERANGE}); value is then clamped as C clamps it
 */
public record CNumber(long value, int end, boolean overflow) {

    /** {@code strtoul(s, &end, base)} from the start of {@code s}. */
    public static CNumber strtoul(String s, int base) {
        return strtoul(s, 0, base);
    }

    /** {@code strtoul(s + from, &end, base)}: base 0 reads as C does (0x hex, 0 octal, else decimal). */
    public static CNumber strtoul(String s, int from, int base) {
        Digits d = Digits.read(s, from, base);
        if (d == null) {
            return new CNumber(0, from, false);
        }
        if (d.overflow) {
            return new CNumber(-1L, d.end, true);
        }
        return new CNumber(d.negative ? -d.magnitude : d.magnitude, d.end, false);
    }

    /** {@code strtol(s + from, &end, base)}: clamped to the long range on overflow. */
    public static CNumber strtol(String s, int from, int base) {
        Digits d = Digits.read(s, from, base);
        if (d == null) {
            return new CNumber(0, from, false);
        }
        // as unsigned magnitudes: 2^63 for a negative number, 2^63 - 1 for a positive one
        long limit = d.negative ? Long.MIN_VALUE : Long.MAX_VALUE;
        if (d.overflow || Long.compareUnsigned(d.magnitude, limit) > 0) {
            return new CNumber(limit, d.end, true);
        }
        return new CNumber(d.negative ? -d.magnitude : d.magnitude, d.end, false);
    }

    /** C's {@code isspace} in the C locale. */
    public static boolean isCSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000b' || c == '\f' || c == '\r';
    }

    /** Whether the whole text was one number. */
    public boolean wholeOf(String s) {
        return end != 0 && end == s.length();
    }

    /**
     * What {@code sscanf(text, "%u-%u")} (or {@code %hu}) reads: the numbers read before the first
     * mismatch (0, 1 or 2 of them), each cut to {@code mask} as the C variable's width does; text
     * after the second number is ignored, as scanf does.
     */
    public static long[] scanRange(String text, long mask) {
        CNumber first = strtoul(text, 10);
        if (first.end() == 0) {
            return new long[0];
        }
        int at = first.end();
        if (at >= text.length() || text.charAt(at) != '-') {
            return new long[] {first.value() & mask};
        }
        CNumber second = strtoul(text, at + 1, 10);
        if (second.end() == at + 1) {
            return new long[] {first.value() & mask};
        }
        return new long[] {first.value() & mask, second.value() & mask};
    }

    /** The digits after blanks, sign and prefix: their unsigned magnitude, or null when there are none. */
    private record Digits(long magnitude, boolean negative, boolean overflow, int end) {

        static Digits read(String s, int from, int base) {
            int i = from;
            int n = s.length();
            while (i < n && isCSpace(s.charAt(i))) {
                i++;
            }
            boolean negative = false;
            if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
                negative = s.charAt(i) == '-';
                i++;
            }
            int radix = base;
            if ((base == 0 || base == 16) && i + 2 < n && s.charAt(i) == '0'
                    && (s.charAt(i + 1) == 'x' || s.charAt(i + 1) == 'X')
                    && s.charAt(i + 2) < 0x80 && Character.digit(s.charAt(i + 2), 16) >= 0) {
                radix = 16;
                i += 2;
            } else if (base == 0) {
                radix = i < n && s.charAt(i) == '0' ? 8 : 10;
            }
            long value = 0;
            boolean overflow = false;
            int start = i;
            while (i < n) {
                char c = s.charAt(i);
                int d = c < 0x80 ? Character.digit(c, radix) : -1;
                if (d < 0) {
                    break;
                }
                if (!overflow) {
                    long hi = Math.multiplyHigh(value, radix) + ((value >> 63) & radix);
                    long lo = value * radix;
                    long sum = lo + d;
                    if (hi != 0 || Long.compareUnsigned(sum, lo) < 0) {
                        overflow = true;
                    } else {
                        value = sum;
                    }
                }
                i++;
            }
            return i == start ? null : new Digits(value, negative, overflow, i);
        }
    }
}
