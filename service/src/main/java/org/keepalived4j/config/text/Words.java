package org.keepalived4j.config.text;

import java.util.ArrayList;
import java.util.List;

/**
 * How keepalived cuts a configuration line into words for every keyword handler
 * ({@code alloc_strvec}): split at whitespace, a word starting with '"' runs to the next '"' and
 * loses its quotes, and a word not starting with a quote ends at the first '"'. Single quotes and
 * backslashes are ordinary characters here; script keywords re-read their line with
 * {@link EscapedWords}, which honours both.
 */
final class Words {

    /** keepalived's WHITE_SPACE: what separates words. */
    static final String WHITE_SPACE = " \t\f\n\r\u000b";

    /** @param unmatchedQuote a word opened a '"' that the line never closes (the words before it are kept) */
    record Result(List<String> words, boolean unmatchedQuote) {
    }

    private Words() {
    }

    static Result split(String line) {
        List<String> words = new ArrayList<>();
        int i = 0;
        int n = line.length();
        while (true) {
            while (i < n && isWhite(line.charAt(i))) {
                i++;
            }
            if (i >= n) {
                break;
            }
            if (line.charAt(i) == '"') {
                int close = line.indexOf('"', i + 1);
                if (close < 0) {
                    return new Result(words, true);
                }
                words.add(line.substring(i + 1, close));
                i = close + 1;
            } else {
                int start = i;
                while (i < n && !isWhite(line.charAt(i)) && line.charAt(i) != '"') {
                    i++;
                }
                words.add(line.substring(start, i));
            }
        }
        return new Result(words, false);
    }

    static boolean isWhite(char c) {
        return WHITE_SPACE.indexOf(c) >= 0;
    }
}
