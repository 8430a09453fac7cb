package org.keepalived4j.config.text;

import java.util.function.UnaryOperator;
import org.keepalived4j.config.CNumber;

/**
 * {@code ~SEQ(var, start, step, end) rest} and {@code ~SEQx(...)}: {@code $var} runs from start
 * to end by step (decimal, or hex without "0x" for ~SEQx). {@code (var, end)} counts from 1 (or
 * -1 for a negative end) and {@code (var, start, end)} steps by 1 or -1. The numbers are read as
 * C's {@code strtol(s, 0)} reads them (0x hex, leading-0 octal) after parameter substitution.
 */
final class SequenceExpansion implements Expansion {

    /** keepalived's buffer for "start, step, end)" after substitution: 3 longs, separators and ')'. */
    static final int PARAMETER_LIMIT = 64;

    private final String variable;
    private final boolean hex;
    private final long step;
    private final long last;
    private final String text;
    private long next;
    private boolean exhausted;

    private SequenceExpansion(String variable, long start, long step, long last, boolean hex, String text) {
        this.variable = variable;
        this.next = start;
        this.step = step;
        this.last = last;
        this.hex = hex;
        this.text = text;
    }

    /**
     * @param line       the whole line, starting "~SEQ"
     * @param substitute replaces parameters in the numbers' text; null if that fails
     */
    static Parsed parse(String line, UnaryOperator<String> substitute) {
        String invalid = "Invalid ~SEQ definition '" + line + "'";
        int p = 4;
        boolean hex = false;
        if (Expansion.charAt(line, p) == 'x') {
            p++;
            hex = true;
        }
        p = Expansion.skipBlanks(line, p);
        if (Expansion.charAt(line, p) != '(') {
            return Parsed.invalid(null);
        }
        p = Expansion.skipBlanks(line, p + 1);
        int var = p;
        while (p < line.length() && " \t,)".indexOf(line.charAt(p)) < 0) {
            p++;
        }
        int varEnd = p;
        p = Expansion.skipBlanks(line, p);
        if (p >= line.length() || line.charAt(p) == ')' || varEnd == var) {
            return Parsed.invalid(invalid);
        }
        p = Expansion.skipBlanks(line, p + 1);
        int close = line.indexOf(')', p);
        if (close < 0 || close + 1 - p + 1 > PARAMETER_LIMIT) {
            return Parsed.invalid("~SEQ parameter strings too long '" + line + "'");
        }
        String numbers = substitute.apply(line.substring(p, close + 1));
        if (numbers == null) {
            return Parsed.invalid("~SEQ parameter is multiline definition '" + line + "'");
        }
        long start;
        long step;
        long end;
        CNumber one = CNumber.strtol(numbers, 0, 0);
        int q = Expansion.skipBlanks(numbers, one.end());
        if (Expansion.charAt(numbers, q) == ')') {
            end = one.value();
            step = end < 1 ? -1 : 1;
            start = end < 0 ? -1 : 1;
        } else {
            if (Expansion.charAt(numbers, q) != ',') {
                return Parsed.invalid(invalid);
            }
            CNumber two = CNumber.strtol(numbers, q + 1, 0);
            q = Expansion.skipBlanks(numbers, two.end());
            if (Expansion.charAt(numbers, q) == ')') {
                start = one.value();
                end = two.value();
                step = start <= end ? 1 : -1;
            } else {
                if (Expansion.charAt(numbers, q) != ',') {
                    return Parsed.invalid(invalid);
                }
                CNumber three = CNumber.strtol(numbers, q + 1, 0);
                q = Expansion.skipBlanks(numbers, three.end());
                if (Expansion.charAt(numbers, q) != ')') {
                    return Parsed.invalid(invalid);
                }
                start = one.value();
                step = two.value();
                end = three.value();
                if (step == 0 || start < end && step < 0 || start > end && step > 0) {
                    return Parsed.invalid("Invalid ~SEQ values '" + line + "'");
                }
            }
        }
        if (hex && (start < 0 || end < 0)) {
            return Parsed.invalid("~SEQx is only valid for positive numbers '" + line + "'");
        }
        String rest = line.substring(Expansion.skipBlanks(line, close + 1));
        return new Parsed(new SequenceExpansion(line.substring(var, varEnd), start, step, end, hex, rest), null);
    }

    @Override
    public String next(Parameters parameters) {
        parameters.set(variable, hex ? Long.toHexString(next) : Long.toString(next));
        try {
            next = Math.addExact(next, step);
            exhausted = step > 0 && next > last || step < 0 && next < last;
        } catch (ArithmeticException overflow) {
            exhausted = true;
        }
        return text;
    }

    @Override
    public boolean exhausted() {
        return exhausted;
    }
}
