package org.keepalived4j.config.vrrp;

import java.util.ArrayList;
import java.util.List;

/**
 * How keepalived turns a script's text into an argv: the text after the keyword (one word once
 * the outer quotes are gone) is split again on unquoted white space, with {@code '...'} and
 * {@code "..."} grouping and backslash escapes, so {@code notify "/bin/x 'a b'"} runs
 * {@code /bin/x} with the single argument {@code a b}.
 */
final class ScriptSyntax {

    private ScriptSyntax() {
    }

    static List<String> split(String text) {
        List<String> words = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean inWord = false;
        char quote = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else if (c == '\\' && quote == '"' && i + 1 < text.length()) {
                    cur.append(escaped(text.charAt(++i)));
                } else {
                    cur.append(c);
                }
                continue;
            }
            if (c == ' ' || c == '\t') {
                if (inWord) {
                    words.add(cur.toString());
                    cur.setLength(0);
                    inWord = false;
                }
                continue;
            }
            inWord = true;
            if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '\\' && i + 1 < text.length()) {
                cur.append(escaped(text.charAt(++i)));
            } else {
                cur.append(c);
            }
        }
        if (inWord) {
            words.add(cur.toString());
        }
        return words;
    }

    private static char escaped(char c) {
        return switch (c) {
            case 'a' -> '\u0007';
            case 'b' -> '\b';
            case 'E' -> '\u001b';
            case 'f' -> '\f';
            case 'n' -> '\n';
            case 'r' -> '\r';
            case 't' -> '\t';
            case 'v' -> '\u000b';
            default -> c;
        };
    }
}
