package org.keepalived4j.config.lvs;

/** The little number formats of url blocks, read as keepalived reads them with strtoul(). */
final class StatusCodeText {

    static final int MIN = 100;
    static final int MAX = 599;

    private StatusCodeText() {
    }

    /** {@code N} or {@code A-B} within 100..599; null if keepalived refuses it. */
    static int[] parse(String s) {
        long[] first = strtoul(s, 0);
        long min = first[0];
        int at = (int) first[1];
        long max;
        if (at < s.length() && s.charAt(at) == '-') {
            long[] second = strtoul(s, at + 1);
            max = second[0];
            at = (int) second[1];
        } else {
            max = min;
        }
        if (at != s.length() || min < MIN || min > MAX || max < MIN || max > MAX || min > max) {
            return null;
        }
        return new int[] {(int) min, (int) max};
    }

    /** A plain strtoul() with nothing after the digits; null otherwise. */
    static Long plainUnsigned(String s) {
        long[] r = strtoul(s, 0);
        return r[1] == s.length() ? r[0] : null;
    }

    /**
     * strtoul(): {value, index after the number}. Without digits the index stays at {@code from};
     * a minus sign wraps around, which here only matters in making the value out of range.
     */
    private static long[] strtoul(String s, int from) {
        int i = from;
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        boolean negative = false;
        if (i < s.length() && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            negative = s.charAt(i) == '-';
            i++;
        }
        int start = i;
        long v = 0;
        while (i < s.length() && Character.isDigit(s.charAt(i))) {
            v = Math.min(v * 10 + (s.charAt(i) - '0'), Long.MAX_VALUE / 20);
            i++;
        }
        if (i == start) {
            return new long[] {0, from};
        }
        return new long[] {negative && v != 0 ? Long.MAX_VALUE : v, i};
    }
}
