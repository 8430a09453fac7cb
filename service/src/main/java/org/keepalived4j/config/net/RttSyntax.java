package org.keepalived4j.config.net;

import java.util.Locale;
import java.util.OptionalLong;
import org.keepalived4j.config.KeepalivedNumbers;
import org.keepalived4j.config.CNumber;

/**
 * The time values of {@code rtt}, {@code rttvar} and {@code rto_min} as keepalived reads them: a bare
 * number is already in the kernel's units; with {@code s}/{@code sec}/{@code secs} (any case) it is
 * seconds, with {@code ms}/{@code msec}/{@code msecs} milliseconds, converted to the kernel's units.
 * Values outside the kernel's 200 ms..120 s are clamped (keepalived only logs that).
 */
final class RttSyntax {

    static final long MIN_MS = 200;
    static final long MAX_MS = 120_000;

    private RttSyntax() {
    }

    /** The value in kernel units ({@code unitsPerMs} per millisecond); empty if refused (reported where keepalived reports). */
    static OptionalLong parse(String text, int unitsPerMs, EntryLine line) {
        int start = 0;
        while (start < text.length() && CNumber.isCSpace(text.charAt(start))) {
            start++;
        }
        String s = text.substring(start);
        boolean raw = true;
        int shift = 0;
        String number = s;
        int p = firstS(s);
        if (p >= 0) {
            String unit = s.substring(p).toLowerCase(Locale.ROOT);
            if (!unit.equals("s") && !unit.equals("sec") && !unit.equals("secs")) {
                return OptionalLong.empty();
            }
            raw = false;
            if (p > 0 && Character.toLowerCase(s.charAt(p - 1)) == 'm') {
                p--;
            } else {
                shift = 3;
            }
            if (p == 0) {
                return OptionalLong.empty();
            }
            number = s.substring(0, p);
        }
        if (number.indexOf('e') >= 0 || number.indexOf('E') >= 0) {
            line.notice("rtt value exponential form " + s + " no longer supported");
            return OptionalLong.empty();
        }
        long max = MAX_MS * unitsPerMs;
        OptionalLong v = KeepalivedNumbers.readDecimalUnsigned(number, 0, max, shift, false, line.pos(), line.diagnostics());
        if (v.isEmpty()) {
            return v;
        }
        long value = raw ? v.getAsLong() : v.getAsLong() * unitsPerMs;
        if (value > max) {
            line.notice("rtt value " + s + " exceeds maximum " + MAX_MS / 1000 + "s, resetting");
            value = max;
        } else if (value < MIN_MS * unitsPerMs) {
            line.notice("rtt value " + s + " below minimum " + MIN_MS + "ms, resetting");
            value = MIN_MS * unitsPerMs;
        }
        return OptionalLong.of(value);
    }

    private static int firstS(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == 's' || s.charAt(i) == 'S') {
                return i;
            }
        }
        return -1;
    }
}
