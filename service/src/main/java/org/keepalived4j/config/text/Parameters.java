package org.keepalived4j.config.text;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;

/**
 * The {@code $NAME=VALUE} definitions of one read, with keepalived's predefined ones:
 * {@code _PWD}, {@code _INSTANCE}, {@code _RANDOM [MIN [MAX]]}, {@code _HASH} and {@code _BANG}.
 * A user definition of the same name replaces a predefined one.
 */
final class Parameters {

    /** Mutable on purpose: keepalived redefines in place, and a redefinition keeps its parameter allowance. */
    static final class Definition {
        final String name;
        String value;
        boolean multiline;
        Computed computed;
        final int maxParams;

        Definition(String name, String value, boolean multiline, Computed computed, int maxParams) {
            this.name = name;
            this.value = value;
            this.multiline = multiline;
            this.computed = computed;
            this.maxParams = maxParams;
        }
    }

    enum Computed { PWD, INSTANCE, RANDOM }

    /**
     * One use of a definition in a line.
     *
     * @param start  the index of the '$'
     * @param end    the index after the reference ("$NAME" or "${NAME ...}")
     * @param params the digits and spaces after the name inside braces, or null
     */
    record Reference(Definition definition, int start, int end, String params) {
    }

    private final Map<String, Definition> byName = new LinkedHashMap<>();
    private final Supplier<String> currentDirectory;
    private final String configId;
    private final RandomGenerator random;

    Parameters(Supplier<String> currentDirectory, String configId, RandomGenerator random) {
        this.currentDirectory = currentDirectory;
        this.configId = configId;
        this.random = random;
        add(new Definition("_PWD", null, false, Computed.PWD, 0));
        add(new Definition("_INSTANCE", null, false, Computed.INSTANCE, 0));
        add(new Definition("_RANDOM", null, false, Computed.RANDOM, 2));
        add(new Definition("_HASH", "#", false, null, 0));
        add(new Definition("_BANG", "!", false, null, 0));
    }

    private void add(Definition d) {
        byName.put(d.name, d);
    }

    /** Sets a definition (as ~SEQ and ~LST do for their variable): the multi-line mark is kept. */
    void set(String name, String value) {
        Definition d = byName.get(name);
        if (d == null) {
            add(new Definition(name, value, false, null, 0));
        } else {
            d.value = value;
            d.computed = null;
        }
    }

    /**
     * A line {@code $NAME=VALUE} (no blank before '='): records the definition and returns it,
     * or returns null if the line is not a definition. A value ending in a backslash starts a
     * multi-line definition; its first line (if any) ends with a newline.
     */
    Definition define(String line) {
        if (line.length() < 2 || line.charAt(0) != '$' || !isNameStart(line.charAt(1))) {
            return null;
        }
        int p = 2;
        while (p < line.length() && line.charAt(p) != '=') {
            if (!isNameChar(line.charAt(p))) {
                return null;
            }
            p++;
        }
        if (p >= line.length()) {
            return null;
        }
        String name = line.substring(1, p);
        int v = p + 1;
        while (v < line.length() && CommentStripper.isBlank(line.charAt(v))) {
            v++;
        }
        String value = line.substring(v);
        boolean multiline = value.endsWith("\\");
        if (multiline) {
            int len = value.length();
            while (len >= 2 && CommentStripper.isBlank(value.charAt(len - 2))) {
                len--;
            }
            value = len < 2 ? "" : value.substring(0, len - 1) + "\n";
        }
        Definition d = byName.get(name);
        if (d == null) {
            d = new Definition(name, value, multiline, null, 0);
            add(d);
        } else {
            d.value = value;
            d.multiline = multiline;
            d.computed = null;
        }
        return d;
    }

    /**
     * The definition used at {@code dollar} (the index of a '$'), or null. {@code $NAME} must be
     * followed by a blank, ',', ')' or the end of the line; {@code ${NAME}} may be followed by
     * anything. A multi-line definition is only used when its reference ends the line.
     */
    Reference find(CharSequence s, int dollar) {
        int n = s.length();
        int i = dollar + 1;
        boolean braces = i < n && s.charAt(i) == '{';
        if (braces) {
            i++;
        }
        if (i >= n || !isNameStart(s.charAt(i))) {
            return null;
        }
        int nameStart = i;
        i++;
        while (i < n && isNameChar(s.charAt(i))) {
            i++;
        }
        int nameEnd = i;
        String params = null;
        int end;
        if (braces) {
            int paramStart = -1;
            int paramEnd = -1;
            while (i < n && (s.charAt(i) == ' ' || isDigit(s.charAt(i)))) {
                if (s.charAt(i) != ' ') {
                    if (paramStart < 0) {
                        paramStart = i;
                    }
                    paramEnd = i;
                }
                i++;
            }
            if (paramStart >= 0 && paramEnd + 1 != i) {
                return null;
            }
            if (i >= n || s.charAt(i) != '}') {
                return null;
            }
            if (paramStart >= 0) {
                params = s.subSequence(paramStart, paramEnd + 1).toString();
            }
            end = i + 1;
        } else {
            if (i < n && " \t,)".indexOf(s.charAt(i)) < 0) {
                return null;
            }
            end = i;
        }
        boolean endsLine = braces ? nameEnd + 1 >= n : nameEnd >= n;
        Definition d = byName.get(s.subSequence(nameStart, nameEnd).toString());
        if (d == null || d.multiline && !endsLine || params != null && d.maxParams == 0) {
            return null;
        }
        return new Reference(d, dollar, end, params);
    }

    /** The text a reference stands for, computing the predefined values now (as keepalived does). */
    String valueOf(Reference r) {
        Definition d = r.definition();
        if (d.computed == null) {
            return d.value;
        }
        return switch (d.computed) {
            case PWD -> currentDirectory.get();
            case INSTANCE -> configId == null ? "" : configId;
            case RANDOM -> randomValue(r.params());
        };
    }

    /**
     * {@code ${_RANDOM [MIN [MAX]]}}: a number in [MIN, MAX] (defaults 0 and 32767), computed with
     * keepalived's unsigned arithmetic and printed with at most as many digits as MAX has.
     */
    private String randomValue(String params) {
        long min = 0;
        long max = 32767;
        if (params != null) {
            String[] parts = params.trim().split(" +");
            min = parseUnsignedSaturated(parts[0]);
            if (parts.length > 1) {
                max = parseUnsignedSaturated(parts[1]);
            }
        }
        long r = random.nextInt() & 0x7fffffffL;
        long span = max - min + 1;
        long value = span == 0 ? r + min : Long.remainderUnsigned(r, span) + min;
        String text = Long.toUnsignedString(value);
        int width = Long.toUnsignedString(max).length();
        return text.length() > width ? text.substring(0, width) : text;
    }

    /** Whether a {@code ${_RANDOM ...}} has more than two numbers (keepalived only logs this). */
    static boolean randomHasExtraText(String params) {
        return params != null && params.trim().split(" +").length > 2;
    }

    private static long parseUnsignedSaturated(String digits) {
        long v = 0;
        for (int i = 0; i < digits.length(); i++) {
            int d = digits.charAt(i) - '0';
            if (Long.compareUnsigned(v, Long.divideUnsigned(-1L - d, 10)) > 0) {
                return -1L;
            }
            v = v * 10 + d;
        }
        return v;
    }

    static boolean isNameStart(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_';
    }

    static boolean isNameChar(char c) {
        return isNameStart(c) || isDigit(c);
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
