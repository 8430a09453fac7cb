package org.keepalived4j.config.text;

/** C's {@code strtol(s, &end, 0)}: the value (clamped to the long range) and where reading stopped. */
record CNumber(long value, int end) {

    static CNumber strtol(String s, int from) {
        int i = from;
        while (i < s.length() && " \t\n\r\f\u000b".indexOf(s.charAt(i)) >= 0) {
            i++;
        }
        boolean negative = false;
        if (i < s.length() && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            negative = s.charAt(i) == '-';
            i++;
        }
        int base = 10;
        if (i < s.length() && s.charAt(i) == '0') {
            if (i + 2 < s.length() && (s.charAt(i + 1) == 'x' || s.charAt(i + 1) == 'X')
                    && s.charAt(i + 2) < 128 && Character.digit(s.charAt(i + 2), 16) >= 0) {
                base = 16;
                i += 2;
            } else {
                base = 8;
            }
        }
        int digitsStart = i;
        long value = 0;
        boolean overflow = false;
        while (i < s.length()) {
            char c = s.charAt(i);
            int d = c < 128 ? Character.digit(c, base) : -1;
            if (d < 0) {
                break;
            }
            if (!overflow) {
                try {
                    value = Math.addExact(Math.multiplyExact(value, base), d);
                } catch (ArithmeticException e) {
                    overflow = true;
                }
            }
            i++;
        }
        if (i == digitsStart) {
            return new CNumber(0, from);
        }
        if (overflow) {
            return new CNumber(negative ? Long.MIN_VALUE : Long.MAX_VALUE, i);
        }
        return new CNumber(negative ? -value : value, i);
    }
}
