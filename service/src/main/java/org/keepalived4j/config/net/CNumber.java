package org.keepalived4j.config.net;

/**
 * The result of C's {@code strtoul}/{@code strtoull} on a 64-bit Linux: keepalived reads most numbers of
 * these lines with it, so its quirks (leading blanks, a sign, {@code 0x}/{@code 0} prefixes with base 0,
 * wrap-around of negative numbers, clamping on overflow, partial reads) decide what is accepted.
 *
 * @param value    the value as an unsigned 64-bit number
 * @param end      the index of the first character not used; 0 when no digit was read
 * @param overflow whether the number did not fit ({@code ERANGE}); value is then all ones
 */
record CNumber(long value, int end, boolean overflow) {

    /** Parses from the start of {@code s}, in {@code base} (0 = as C: 0x hex, 0 octal, else decimal). */
    static CNumber strtoul(String s, int base) {
        int i = 0;
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
                && Character.digit(s.charAt(i + 2), 16) >= 0) {
            radix = 16;
            i += 2;
        } else if (base == 0) {
            radix = i < n && s.charAt(i) == '0' ? 8 : 10;
        }
        long value = 0;
        boolean overflow = false;
        int start = i;
        while (i < n) {
            int d = Character.digit(s.charAt(i), radix);
            if (d < 0 || s.charAt(i) > 0x7f) {
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
        if (i == start) {
            return new CNumber(0, 0, false);
        }
        if (overflow) {
            return new CNumber(-1L, i, true);
        }
        return new CNumber(negative ? -value : value, i, false);
    }

    static boolean isCSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000b' || c == '\f' || c == '\r';
    }

    /** Whether the whole text was one number. */
    boolean wholeOf(String s) {
        return end != 0 && end == s.length();
    }
}
