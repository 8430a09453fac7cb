package org.keepalived4j.config.vrrp;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.keepalived4j.config.Directive;
import org.keepalived4j.config.SourcePos;

/**
 * Builds Directives from a small keepalived.conf text, for tests: words, quotes, comments and
 * braces only (no includes, parameters or sequences). Lines are numbered from 1 in file
 * {@value #FILE}, so a test can name the line a message must be reported at.
 */
final class ConfText {

    static final String FILE = "t.conf";

    private ConfText() {
    }

    static List<Directive> parse(String text) {
        Deque<Frame> stack = new ArrayDeque<>();
        Frame root = new Frame(null, null);
        stack.push(root);
        String[] lines = text.split("\n", -1);
        for (int n = 0; n < lines.length; n++) {
            SourcePos pos = new SourcePos(FILE, n + 1);
            for (String w : words(lines[n])) {
                Frame top = stack.peek();
                if (w.equals("{")) {
                    Frame f = new Frame(top.lastWords(), top.lastPos);
                    top.pending = null;
                    stack.push(f);
                } else if (w.equals("}")) {
                    Frame f = stack.pop();
                    f.flush();
                    Frame parent = stack.peek();
                    parent.items.add(new Directive(f.words, f.items, f.pos, pos));
                } else {
                    if (top.pendingLine != n) {
                        top.flush();
                        top.pending = new ArrayList<>();
                        top.pendingLine = n;
                        top.lastPos = pos;
                    }
                    top.pending.add(w);
                }
            }
            stack.peek().flushIfLineEnded(n);
        }
        root.flush();
        return root.items;
    }

    private static final class Frame {
        final List<String> words;
        final SourcePos pos;
        final List<Directive> items = new ArrayList<>();
        List<String> pending;
        int pendingLine = -1;
        SourcePos lastPos;

        Frame(List<String> words, SourcePos pos) {
            this.words = words;
            this.pos = pos;
        }

        List<String> lastWords() {
            return pending;
        }

        void flush() {
            if (pending != null && !pending.isEmpty()) {
                items.add(new Directive(pending, null, lastPos, lastPos));
            }
            pending = null;
        }

        void flushIfLineEnded(int n) {
            // a keyword may open its block on the next line, so keep the last line pending
        }
    }

    private static List<String> words(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = null;
        char quote = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else {
                    cur.append(c);
                }
                continue;
            }
            if (c == '#' || c == '!') {
                break;
            }
            if (c == '"' || c == '\'') {
                if (cur == null) {
                    cur = new StringBuilder();
                }
                quote = c;
            } else if (c == '{' || c == '}') {
                if (cur != null) {
                    out.add(cur.toString());
                    cur = null;
                }
                out.add(String.valueOf(c));
            } else if (Character.isWhitespace(c)) {
                if (cur != null) {
                    out.add(cur.toString());
                    cur = null;
                }
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
