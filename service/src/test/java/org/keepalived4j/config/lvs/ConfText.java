package org.keepalived4j.config.lvs;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.keepalived4j.config.Directive;
import org.keepalived4j.config.SourcePos;

/**
 * Builds directives from a small subset of keepalived.conf text, for tests only (the real reader
 * lives elsewhere): one statement per line, "#"/"!" comments, double quotes grouping words, and
 * '{' / '}' opening and closing blocks (a '{' alone on a line opens the block of the line before).
 */
final class ConfText {

    private ConfText() {
    }

    static List<Directive> parse(String file, String text) {
        Deque<Open> stack = new ArrayDeque<>();
        List<Directive> top = new ArrayList<>();
        List<String> pendingWords = null;
        SourcePos pendingPos = null;
        String[] lines = text.split("\n", -1);
        for (int n = 0; n < lines.length; n++) {
            SourcePos pos = new SourcePos(file, n + 1);
            List<String> words = words(lines[n]);
            if (words.isEmpty()) {
                continue;
            }
            boolean opens = words.get(words.size() - 1).equals("{");
            if (opens) {
                words = words.subList(0, words.size() - 1);
            }
            boolean closes = words.size() == 1 && words.get(0).equals("}");
            if (words.isEmpty() && opens && pendingWords != null) {
                stack.push(new Open(pendingWords, pendingPos, new ArrayList<>()));
                pendingWords = null;
                continue;
            }
            flush(pendingWords, pendingPos, stack, top);
            pendingWords = null;
            if (closes) {
                Open o = stack.pop();
                add(new Directive(o.words(), o.children(), o.pos(), pos), stack, top);
            } else if (opens) {
                stack.push(new Open(new ArrayList<>(words), pos, new ArrayList<>()));
            } else {
                pendingWords = new ArrayList<>(words);
                pendingPos = pos;
            }
        }
        flush(pendingWords, pendingPos, stack, top);
        return top;
    }

    /** A block whose closing brace has not been read yet. */
    private record Open(List<String> words, SourcePos pos, List<Directive> children) {
    }

    private static void flush(List<String> words, SourcePos pos, Deque<Open> stack, List<Directive> top) {
        if (words != null) {
            add(new Directive(words, null, pos, pos), stack, top);
        }
    }

    private static void add(Directive d, Deque<Open> stack, List<Directive> top) {
        if (stack.isEmpty()) {
            top.add(d);
        } else {
            stack.peek().children().add(d);
        }
    }

    private static List<String> words(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = null;
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"') {
                    quoted = false;
                } else {
                    cur.append(c);
                }
            } else if (c == '"') {
                quoted = true;
                if (cur == null) {
                    cur = new StringBuilder();
                }
            } else if (c == '#' || c == '!') {
                break;
            } else if (Character.isWhitespace(c)) {
                if (cur != null) {
                    out.add(cur.toString());
                    cur = null;
                }
            } else if ((c == '{' || c == '}') && cur == null) {
                out.add(String.valueOf(c));
            } else {
                if (cur == null) {
                    cur = new StringBuilder();
                }
                cur.append(c);
            }
        }
        if (cur != null) {
            out.add(cur.toString());
        }
        return out;
    }
}
