package org.keepalived4j.config.text;

import java.util.ArrayList;
import java.util.List;

/**
 * One path component of a glob pattern, matched as {@code fnmatch(3)} with {@code FNM_PERIOD}
 * does: {@code *}, {@code ?}, bracket expressions (with {@code !} or {@code ^}, ranges and
 * {@code [:class:]}), backslash escapes, and a leading '.' only matched by a literal '.'.
 */
final class WildcardPattern {

    private sealed interface Token {
    }

    private record Literal(char c) implements Token {
    }

    private record AnyChar() implements Token {
    }

    private record Star() implements Token {
    }

    private record CharSet(boolean negated, List<Range> ranges, List<String> classes) implements Token {
        boolean matches(char c) {
            boolean in = false;
            for (Range r : ranges) {
                if (c >= r.from && c <= r.to) {
                    in = true;
                    break;
                }
            }
            if (!in) {
                for (String cls : classes) {
                    if (inClass(cls, c)) {
                        in = true;
                        break;
                    }
                }
            }
            return in != negated;
        }
    }

    private record Range(char from, char to) {
    }

    private final List<Token> tokens;

    private WildcardPattern(List<Token> tokens) {
        this.tokens = tokens;
    }

    static WildcardPattern compile(String pattern) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < pattern.length()) {
            char c = pattern.charAt(i);
            switch (c) {
                case '*' -> {
                    tokens.add(new Star());
                    i++;
                }
                case '?' -> {
                    tokens.add(new AnyChar());
                    i++;
                }
                case '\\' -> {
                    if (i + 1 < pattern.length()) {
                        tokens.add(new Literal(pattern.charAt(i + 1)));
                        i += 2;
                    } else {
                        tokens.add(new Literal('\\'));
                        i++;
                    }
                }
                case '[' -> {
                    int end = parseSet(pattern, i, tokens);
                    if (end < 0) {
                        tokens.add(new Literal('['));
                        i++;
                    } else {
                        i = end;
                    }
                }
                default -> {
                    tokens.add(new Literal(c));
                    i++;
                }
            }
        }
        return new WildcardPattern(tokens);
    }

    /** Parses a bracket expression at {@code open}; returns the index after it, or -1 if unterminated. */
    private static int parseSet(String p, int open, List<Token> tokens) {
        int i = open + 1;
        boolean negated = false;
        if (i < p.length() && (p.charAt(i) == '!' || p.charAt(i) == '^')) {
            negated = true;
            i++;
        }
        List<Range> ranges = new ArrayList<>();
        List<String> classes = new ArrayList<>();
        boolean first = true;
        while (i < p.length()) {
            char c = p.charAt(i);
            if (c == ']' && !first) {
                tokens.add(new CharSet(negated, ranges, classes));
                return i + 1;
            }
            first = false;
            if (c == '[' && i + 1 < p.length() && p.charAt(i + 1) == ':') {
                int close = p.indexOf(":]", i + 2);
                if (close > 0) {
                    classes.add(p.substring(i + 2, close));
                    i = close + 2;
                    continue;
                }
            }
            if (c == '\\' && i + 1 < p.length()) {
                c = p.charAt(++i);
            }
            i++;
            char to = c;
            if (i + 1 < p.length() && p.charAt(i) == '-' && p.charAt(i + 1) != ']') {
                to = p.charAt(i + 1);
                i += 2;
                if (to == '\\' && i < p.length()) {
                    to = p.charAt(i++);
                }
            }
            ranges.add(new Range(c, to));
        }
        return -1;
    }

    boolean matches(String name) {
        if (name.startsWith(".") && !(!tokens.isEmpty() && tokens.get(0) instanceof Literal l && l.c() == '.')) {
            return false;
        }
        int p = 0;
        int i = 0;
        int starP = -1;
        int starI = -1;
        while (i < name.length()) {
            if (p < tokens.size() && tokens.get(p) instanceof Star) {
                starP = p++;
                starI = i;
                continue;
            }
            if (p < tokens.size() && matchesOne(tokens.get(p), name.charAt(i))) {
                p++;
                i++;
                continue;
            }
            if (starP >= 0) {
                p = starP + 1;
                i = ++starI;
                continue;
            }
            return false;
        }
        while (p < tokens.size() && tokens.get(p) instanceof Star) {
            p++;
        }
        return p == tokens.size();
    }

    private static boolean matchesOne(Token t, char c) {
        if (t instanceof Literal l) {
            return l.c() == c;
        }
        if (t instanceof CharSet s) {
            return s.matches(c);
        }
        return true;
    }

    private static boolean inClass(String cls, char c) {
        return switch (cls) {
            case "alpha" -> Character.isLetter(c);
            case "digit" -> c >= '0' && c <= '9';
            case "alnum" -> Character.isLetterOrDigit(c);
            case "upper" -> Character.isUpperCase(c);
            case "lower" -> Character.isLowerCase(c);
            case "space" -> Character.isWhitespace(c);
            case "blank" -> c == ' ' || c == '\t';
            case "punct" -> c > ' ' && c < 127 && !Character.isLetterOrDigit(c);
            case "xdigit" -> Character.digit(c, 16) >= 0;
            case "print" -> c >= ' ' && c != 127;
            case "graph" -> c > ' ' && c != 127;
            case "cntrl" -> c < ' ' || c == 127;
            default -> false;
        };
    }
}
