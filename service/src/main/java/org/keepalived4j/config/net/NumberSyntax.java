package org.keepalived4j.config.net;

import java.util.OptionalLong;

/**
 * keepalived's number readers as {@code keepalived -t} runs them: what they accept (C's
 * {@code strtoul} rules) and the {@code INVALID_NUMBER} report each refusal makes. In {@code -t}
 * mode a refused value is never used, even when its leading digits were in range.
 */
final class NumberSyntax {

    static final long U8_MAX = 0xffL;
    static final long U16_MAX = 0xffffL;
    static final long U32_MAX = 0xffffffffL;

    private NumberSyntax() {
    }

    /** keepalived's {@code read_unsigned}: an unsigned int in [min, max], in {@code base}. */
    static OptionalLong unsigned(String text, long min, long max, int base, EntryLine line) {
        int offset = 0;
        while (offset < text.length() && CNumber.isCSpace(text.charAt(offset))) {
            offset++;
        }
        String rest = text.substring(offset);
        CNumber n = CNumber.strtoul(rest, base);
        if (rest.startsWith("-")) {
            line.invalidNumber("negative number '" + text + "'");
        } else if (n.end() < rest.length()) {
            line.invalidNumber("invalid number '" + text + "'");
        } else if (n.overflow() || Long.compareUnsigned(n.value(), U32_MAX) > 0) {
            line.invalidNumber("number '" + text + "' outside unsigned integer range");
        } else if (n.value() < min || n.value() > max) {
            line.invalidNumber("number '" + text + "' outside range [" + min + ", " + max + "]");
        } else {
            return OptionalLong.of(n.value());
        }
        return OptionalLong.empty();
    }

    /** keepalived's {@code read_unsigned64}: an unsigned 64-bit number (the value is unsigned in the long). */
    static OptionalLong unsigned64(String text, EntryLine line) {
        int offset = 0;
        while (offset < text.length() && CNumber.isCSpace(text.charAt(offset))) {
            offset++;
        }
        String rest = text.substring(offset);
        CNumber n = CNumber.strtoul(rest, 10);
        if (rest.startsWith("-")) {
            line.invalidNumber("negative number '" + text + "'");
        } else if (n.end() < rest.length()) {
            line.invalidNumber("invalid number '" + text + "'");
        } else if (n.overflow()) {
            line.invalidNumber("number '" + text + "' outside unsigned 64 bit range");
        } else {
            return OptionalLong.of(n.value());
        }
        return OptionalLong.empty();
    }

    /**
     * keepalived's {@code get_u8/u16/u32}: {@link #unsigned} in [0, max] and, when refused, a
     * second report of the caller's own wording ({@code %s} is the word).
     */
    static OptionalLong upTo(String text, long max, String refusal, EntryLine line) {
        OptionalLong v = unsigned(text, 0, max, 10, line);
        if (v.isEmpty()) {
            line.error(refusal.replace("%s", text));
        }
        return v;
    }

    /** {@code get_u64}. */
    static OptionalLong upTo64(String text, String refusal, EntryLine line) {
        OptionalLong v = unsigned64(text, line);
        if (v.isEmpty()) {
            line.error(refusal.replace("%s", text));
        }
        return v;
    }

    /**
     * keepalived's {@code read_decimal_unsigned}: a decimal with up to {@code shift} places, returned
     * times 10^shift; extra places are reported and rounded, yet the value is still used.
     */
    static OptionalLong decimal(String text, long min, long max, int shift, EntryLine line) {
        if (text.startsWith("-")) {
            line.invalidNumber("negative number '" + text + "'");
            return OptionalLong.empty();
        }
        int dp = text.indexOf('.');
        int places = dp < 0 ? 0 : text.length() - dp - 1;
        boolean roundUp = false;
        if (places > shift) {
            line.invalidNumber("number '" + text + "' has too many decimal places");
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
        String d = digits.toString();
        CNumber n = CNumber.strtoul(d, 10);
        long value = n.value() + (roundUp ? 1 : 0);
        // C's strtoull leaves nothing unread for an empty string, so "" is a valid 0
        boolean valid = n.end() == d.length() || d.isEmpty();
        if (!valid) {
            line.invalidNumber("invalid number '" + text + "'");
        } else if (n.overflow()) {
            line.invalidNumber("number '" + text + "' outside unsigned decimal range");
        } else if (Long.compareUnsigned(value, min) < 0 || Long.compareUnsigned(value, max) > 0) {
            line.invalidNumber("number '" + text + "' outside range [" + fixed(min, shift) + ", " + fixed(max, shift) + "]");
        } else {
            return OptionalLong.of(value);
        }
        return OptionalLong.empty();
    }

    /** C's {@code "%lu.%*.*lu"} with width and precision {@code shift}: "0." when shift is 0. */
    private static String fixed(long v, int shift) {
        long scale = 1;
        for (int i = 0; i < shift; i++) {
            scale *= 10;
        }
        String frac = shift == 0 ? "" : String.format("%0" + shift + "d", v % scale);
        return (v / scale) + "." + frac;
    }
}
