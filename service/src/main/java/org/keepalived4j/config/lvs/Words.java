package org.keepalived4j.config.lvs;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.keepalived4j.config.Diagnostics;
import org.keepalived4j.config.Directive;
import org.keepalived4j.config.KeepalivedNumbers;

/** How keepalived's handlers read the words of a line. */
final class Words {

    private Words() {
    }

    /**
     * The word at {@code slot} (1 = the first after the keyword). keepalived 2.2.7 cannot go on
     * without it: it prints the message and exits (status 2) in the middle of the file.
     */
    static Optional<String> required(Directive d, int slot, Diagnostics diag) {
        if (slot < d.words().size()) {
            return Optional.of(d.words().get(slot));
        }
        throw diag.missingWord(d, slot);
    }

    /** set_value(): the words after the keyword, joined by single spaces. */
    static String value(Directive d) {
        return String.join(" ", d.args());
    }

    /**
     * An optional switch: bare means on, else a {@link KeepalivedNumbers#checkTrueFalse} word; anything else is
     * reported with {@code message} + the word and leaves the setting alone.
     */
    static Optional<Boolean> optionalSwitch(Directive d, String message, Diagnostics diag) {
        if (d.argCount() == 0) {
            return Optional.of(true);
        }
        Optional<Boolean> b = KeepalivedNumbers.checkTrueFalse(d.arg(0));
        if (b.isEmpty()) {
            diag.error(d.pos(), message + " " + d.arg(0));
        }
        return b;
    }

    /**
     * A command line written as one (usually quoted) word, split the way keepalived splits a
     * script: on white space, with '...' and "..." grouping and backslash escaping the next
     * character.
     */
    static List<String> commandLine(String text) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean inWord = false;
        char quote = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else if (c == '\\' && i + 1 < text.length()) {
                    cur.append(text.charAt(++i));
                } else {
                    cur.append(c);
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
                inWord = true;
            } else if (c == '\\' && i + 1 < text.length()) {
                cur.append(text.charAt(++i));
                inWord = true;
            } else if (Character.isWhitespace(c)) {
                if (inWord) {
                    out.add(cur.toString());
                    cur.setLength(0);
                    inWord = false;
                }
            } else {
                cur.append(c);
                inWord = true;
            }
        }
        if (inWord) {
            out.add(cur.toString());
        }
        return out;
    }
}
