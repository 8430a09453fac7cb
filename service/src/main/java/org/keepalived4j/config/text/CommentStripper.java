package org.keepalived4j.config.text;

/**
 * keepalived's {@code decomment()}: drops leading blanks, a {@code #} or {@code !} comment that
 * is outside double quotes, the backslash of an escaped {@code \#} or {@code \!}, and trailing
 * blanks. A line ending in a backslash keeps it, with the blanks before it removed (only
 * {@code $NAME=} definitions continue on the next line). Single quotes do not protect a comment
 * character, and inside double quotes an escaped comment character keeps its backslash.
 * keepalived applies it to every line read and again after each parameter substitution, which is
 * why a {@code ${_HASH}} outside quotes starts a comment.
 */
final class CommentStripper {

    /**
     * @param unterminatedQuote null, or the line as keepalived quotes it in "Unterminated quote"
     *                          when it has an odd number of '"' before any comment
     */
    record Result(String text, String unterminatedQuote) {
    }

    private CommentStripper() {
    }

    static Result strip(String line) {
        int start = 0;
        while (start < line.length() && isBlank(line.charAt(start))) {
            start++;
        }
        StringBuilder s = new StringBuilder(line.length() - start).append(line, start, line.length());
        boolean quote = false;
        boolean continued = false;
        int comment = -1;
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '"') {
                if (comment < 0) {
                    quote = !quote;
                }
                i++;
            } else if (c == '\\') {
                if (i + 1 < s.length()) {
                    char next = s.charAt(i + 1);
                    if (!quote && (next == '#' || next == '!')) {
                        s.deleteCharAt(i);
                        i++;
                    } else {
                        i += 2;
                    }
                } else {
                    s.setLength(i);
                    continued = true;
                    break;
                }
            } else {
                if (!quote && comment < 0 && (c == '!' || c == '#')) {
                    comment = i;
                }
                i++;
            }
        }
        String unterminated = quote ? s.toString() : null;
        if (comment >= 0) {
            s.setLength(comment);
        }
        int end = s.length();
        while (end > 0 && isBlank(s.charAt(end - 1))) {
            end--;
        }
        s.setLength(end);
        if (continued) {
            s.append('\\');
        }
        return new Result(s.toString(), unterminated);
    }

    static boolean isBlank(char c) {
        return c == ' ' || c == '\t';
    }
}
