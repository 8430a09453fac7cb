package org.keepalived4j.config.text;

/**
 * A {@code ~SEQ(...)} or {@code ~LST(...)} line being expanded: each round sets the variables
 * and hands back the rest of the line, which may itself start with another {@code ~SEQ} or
 * {@code ~LST} (that is how several on one line nest). Rounds are produced lazily, one per line
 * read, so a huge sequence costs nothing until the reader's line budget stops it.
 */
sealed interface Expansion permits SequenceExpansion, ListExpansion {

    /** Sets the variables for the next round and returns the text to process. */
    String next(Parameters parameters);

    /** Whether the last round has been handed out. */
    boolean exhausted();

    /**
     * The outcome of reading a specification.
     *
     * @param expansion null when the specification is invalid
     * @param detail    keepalived's specific message for an invalid one (before its generic
     *                  "Invalid ~SEQ specification"), or null
     */
    record Parsed(Expansion expansion, String detail) {
        static Parsed invalid(String detail) {
            return new Parsed(null, detail);
        }
    }

    /** Skips spaces and tabs, as keepalived's {@code strspn(p, " \t")}. */
    static int skipBlanks(String s, int i) {
        while (i < s.length() && CommentStripper.isBlank(s.charAt(i))) {
            i++;
        }
        return i;
    }

    static char charAt(String s, int i) {
        return i < s.length() ? s.charAt(i) : '\0';
    }
}
