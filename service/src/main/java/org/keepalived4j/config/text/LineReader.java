package org.keepalived4j.config.text;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.keepalived4j.config.ConfigErrorKind;
import org.keepalived4j.config.Diagnostics;
import org.keepalived4j.config.SourcePos;

/**
 * keepalived's {@code read_line()}: hands out the configuration one logical line at a time, after
 * comments, {@code @ID} conditionals, {@code $NAME=} definitions, {@code ~SEQ}/{@code ~LST}
 * expansion, parameter substitution and includes, with every '{' and '}' split onto a line of
 * its own. The order of those steps, and what each sees, is keepalived's; so are its quirks that
 * a configuration can observe (an {@code @ID} or {@code $NAME=} after a brace on the same line is
 * honoured, {@code ${_HASH}} outside quotes starts a comment, an include pattern runs to the end
 * of its line).
 */
final class LineReader {

    /** One logical line: never empty, "{" and "}" always alone. */
    record Line(String text, SourcePos pos) {
    }

    /** Where a multi-line parameter's text continues. */
    private record Cursor(String text, int from) {
    }

    /** A multi-line expansion interrupted by another one, to resume when that one ends. */
    private record Resume(Cursor cursor, int sequenceDepth) {
    }

    private record Substituted(String text, boolean changed) {
    }

    /** More pieces than this split off one line by its braces means substitution keeps regrowing it. */
    static final int MAX_PIECES_PER_LINE = 100_000;

    /** keepalived's line buffer; parameter substitution may not grow a line beyond it. */
    static final int MAX_LINE = 1024;

    private final Diagnostics diagnostics;
    private final String configId;
    private final ReaderOptions options;
    private final Parameters parameters;

    private final IncludeStack includes;
    private final Deque<Expansion> expansions = new ArrayDeque<>();
    private final Deque<Resume> multilineStack = new ArrayDeque<>();
    private String residue;
    private int piecesOfLine;
    private Cursor multilineRest;
    private int multilineSequenceDepth;
    /**
     * keepalived's count of active ~SEQ/~LST (an unsigned int), which a failed ~LST decrements
     * although it never counted it: after one, sequences wait until a later one is added. Kept so
     * that broken configurations expand exactly as in keepalived 2.2.7.
     */
    private int expansionCount;
    private int blockDepth;
    private long linesSeen;
    private boolean truncated;
    private boolean continuingDefinition;
    private Parameters.Definition definition;
    private int substitutionsThisLine;

    LineReader(ConfigFiles files, String configId, Diagnostics diagnostics, ReaderOptions options) {
        this.diagnostics = diagnostics;
        this.configId = configId;
        this.options = options;
        this.includes = new IncludeStack(files, diagnostics, options);
        this.parameters = new Parameters(() -> files.realPath(includes.directory()), configId, options.random());
    }

    /** '{' minus '}' counted as keepalived counts them, to report unclosed blocks at the end. */
    int blockDepth() {
        return blockDepth;
    }

    /** Whether reading stopped at the line budget. */
    boolean truncated() {
        return truncated;
    }

    /** A {@code global_defs} {@code include_check} statement takes effect for the includes after it. */
    void includeCheckStatement(List<String> words, SourcePos pos) {
        includes.includeCheckStatement(words, pos);
    }

    /** See {@link IncludeStack#openMain}. */
    boolean openMain(String mainFile) {
        return includes.openMain(mainFile);
    }

    // ---------------------------------------------------------------- reading lines

    /** The next logical line, or null at the end of the configuration. */
    Line next() {
        continuingDefinition = false;
        String buf;
        while (true) {
            boolean fromResidue = residue != null;
            if (residue != null) {
                if (!spend()) {
                    return null;
                }
                buf = residue;
                residue = null;
                if (++piecesOfLine > MAX_PIECES_PER_LINE) {
                    // substitution after a brace keeps regenerating the rest of the line (keepalived hangs)
                    diagnostics.error(includes.position(), "Line keeps growing by parameter substitution after a brace: '"
                            + abbreviate(buf) + "' - ignoring the rest of it");
                    continue;
                }
            } else if (!expansions.isEmpty() && Integer.compareUnsigned(expansionCount, multilineSequenceDepth) > 0) {
                if (!spend()) {
                    return null;
                }
                Expansion e = expansions.peekLast();
                buf = e.next(parameters);
                if (e.exhausted()) {
                    expansions.pollLast();
                    expansionCount--;
                }
            } else if (multilineRest != null) {
                if (!spend()) {
                    return null;
                }
                buf = nextMultilineLine();
            } else {
                buf = nextPhysicalLine();
                if (buf == null) {
                    return null;
                }
            }

            if (!fromResidue) {
                piecesOfLine = 0;
            }
            int len = buf.length();
            if (continuingDefinition) {
                continueDefinition(buf);
                continue;
            }
            if (len == 0) {
                continue;
            }
            buf = preprocess(buf, len);
            if (buf.isEmpty()) {
                continue;
            }
            if (isInclude(buf)) {
                includes.include(buf);
                continue;
            }
            break;
        }
        return splitBraces(buf);
    }

    /** Counts one line read or generated against the budget; false once it is spent. */
    private boolean spend() {
        if (truncated) {
            return false;
        }
        if (++linesSeen > options.maxLines()) {
            truncated = true;
            diagnostics.error(includes.position(), "Configuration too large: more than " + options.maxLines()
                    + " lines read or generated by include, ~SEQ, ~LST and parameters - ignoring the rest");
            return false;
        }
        return true;
    }

    private String nextMultilineLine() {
        Cursor c = multilineRest;
        int nl = c.text().indexOf('\n', c.from());
        if (nl >= 0) {
            multilineRest = new Cursor(c.text(), nl + 1);
            return c.text().substring(c.from(), nl);
        }
        Resume resume = multilineStack.pollLast();
        if (resume != null) {
            multilineRest = resume.cursor();
            multilineSequenceDepth = resume.sequenceDepth();
        } else {
            multilineRest = null;
            multilineSequenceDepth = 0;
        }
        return c.text().substring(c.from());
    }

    /** The next non-empty line of the files after comment removal, or null when all are read. */
    private String nextPhysicalLine() {
        while (true) {
            if (!spend()) {
                return null;
            }
            String raw = includes.nextRawLine();
            if (raw == null) {
                return null;
            }
            int nul = raw.indexOf('\0');
            if (nul >= 0) {
                raw = raw.substring(0, nul);
            }
            int end = raw.length();
            while (end > 0 && (raw.charAt(end - 1) == '\r' || raw.charAt(end - 1) == '\n')) {
                end--;
            }
            if (end == 0) {
                if (continuingDefinition) {
                    // a blank line ends a multi-line definition
                    continuingDefinition = false;
                    if (definition.value.isEmpty()) {
                        definition.multiline = false;
                    }
                }
                continue;
            }
            String text = decomment(raw.substring(0, end));
            if (!text.isEmpty()) {
                return text;
            }
        }
    }

    private String decomment(String line) {
        CommentStripper.Result r = CommentStripper.strip(line);
        if (r.unterminatedQuote() != null) {
            diagnostics.error(includes.position(), "Unterminated quote '" + r.unterminatedQuote() + "'");
        }
        return r.text();
    }

    /** One more line of a multi-line {@code $NAME=} definition: a trailing backslash continues it. */
    private void continueDefinition(String buf) {
        String piece = buf;
        if (piece.endsWith("\\")) {
            int len = piece.length() - 1;
            while (len >= 1 && CommentStripper.isBlank(piece.charAt(len - 1))) {
                len--;
            }
            piece = piece.substring(0, len) + "\n";
        } else {
            continuingDefinition = false;
            if (definition.value.isEmpty()) {
                definition.multiline = false;
            }
        }
        if (piece.length() >= 2 || !piece.isEmpty() && !continuingDefinition) {
            definition.value = definition.value + piece;
        }
    }

    /**
     * Conditionals, definitions, ~SEQ/~LST and substitution, repeated while a substitution leaves
     * another '@' line or '$' to look at. Returns "" for a line that produces nothing.
     *
     * @param len keepalived's length bookkeeping, which a substitution does not update (see {@link #dropCondition})
     */
    private String preprocess(String line, int len) {
        String buf = line;
        int limit = line.length() < MAX_LINE ? MAX_LINE : line.length() + MAX_LINE;
        substitutionsThisLine = 0;
        boolean recheck;
        do {
            recheck = false;
            if (buf.startsWith("@")) {
                boolean reverse = buf.length() > 1 && buf.charAt(1) == '^';
                int ofs = reverse ? 2 : 1;
                int blank = indexOfBlank(buf, ofs);
                if (blank < 0) {
                    return "";
                }
                boolean mismatch = configId == null || blank - ofs != configId.length()
                        || !buf.regionMatches(ofs, configId, 0, configId.length());
                if (mismatch != reverse) {
                    return "";
                }
                int start = Expansion.skipBlanks(buf, blank);
                buf = dropCondition(buf, start, len);
                len -= start;
            }
            if (buf.startsWith("$")) {
                Parameters.Definition d = parameters.define(buf);
                if (d != null) {
                    if (d.multiline) {
                        continuingDefinition = true;
                        definition = d;
                    }
                    return "";
                }
            }
            if (buf.startsWith("~SEQ") || buf.startsWith("~LST")) {
                addExpansion(buf);
                return "";
            }
            if (buf.startsWith("~")) {
                break;
            }
            if (buf.indexOf('$') >= 0) {
                Substituted s = substitute(buf, limit, false);
                if (s == null) {
                    return "";
                }
                buf = s.text();
                if (!s.changed()) {
                    break;
                }
                buf = decomment(buf);
                recheck = buf.startsWith("@") || buf.indexOf('$') >= 0;
            }
        } while (recheck);
        return buf;
    }

    /**
     * Removes "@ID " from the front of a line the way keepalived does: it moves {@code len - start}
     * characters, with {@code len} the length before any substitution on this line. When a
     * substitution made the line longer (a parameter whose value is "@ID ..."), only that many move
     * and the rest of the old text stays behind them, exactly as keepalived 2.2.7 garbles it.
     */
    private static String dropCondition(String buf, int start, int len) {
        int moved = len - start;
        if (moved < 0 || moved >= buf.length() - start) {
            return buf.substring(start);
        }
        return buf.substring(start, start + moved + 1) + buf.substring(moved + 1);
    }

    private void addExpansion(String buf) {
        boolean sequence = buf.charAt(1) == 'S';
        Expansion.Parsed parsed = sequence
                ? SequenceExpansion.parse(buf, this::substituteSequenceNumbers)
                : ListExpansion.parse(buf);
        if (parsed.expansion() != null) {
            expansions.addLast(parsed.expansion());
            expansionCount++;
            return;
        }
        if (!sequence) {
            expansionCount--;
        }
        if (parsed.detail() != null) {
            diagnostics.error(includes.position(), parsed.detail());
        }
        diagnostics.error(includes.position(), "Invalid " + (sequence ? "~SEQ" : "~LST") + " specification '" + buf + "'");
    }

    private String substituteSequenceNumbers(String numbers) {
        Substituted s = substitute(numbers, SequenceExpansion.PARAMETER_LIMIT, true);
        return s == null ? null : s.text();
    }

    /**
     * keepalived's {@code replace_param()}: replaces every defined {@code $NAME}/{@code ${NAME}},
     * rescanning each value where it was put (so values may use parameters), and stops after a
     * value starting with '~' so that a ~SEQ in a parameter is expanded as a ~SEQ line. A
     * multi-line value puts its first line here and the rest on the following lines.
     *
     * @return the text and whether anything was replaced; the text as far as it got if the line
     *         would outgrow {@code limit}; null if substitution does not end (the line is dropped)
     */
    private Substituted substitute(String line, int limit, boolean sequenceNumbers) {
        StringBuilder b = new StringBuilder(line);
        Cursor pending = multilineRest;
        Cursor next = null;
        boolean found = false;
        int cur = 0;
        while ((cur = b.indexOf("$", cur)) >= 0 && cur + 1 < b.length()) {
            Parameters.Reference r = parameters.find(b, cur);
            if (r == null) {
                cur++;
                continue;
            }
            if (++substitutionsThisLine > options.maxSubstitutionsPerLine()) {
                diagnostics.error(includes.position(), "Parameter substitution on line '" + line
                        + "' does not terminate - ignoring the line");
                return null;
            }
            found = true;
            Parameters.Definition d = r.definition();
            if (sequenceNumbers && d.multiline) {
                return null;
            }
            next = pending;
            String value = parameters.valueOf(r);
            if (d.computed == Parameters.Computed.RANDOM && Parameters.randomHasExtraText(r.params())) {
                diagnostics.notice(includes.position(), "Too many parameters or extra text for ${_RANDOM " + r.params() + "}");
            }
            String replacement = value;
            if (d.multiline) {
                if (pending != null) {
                    multilineStack.addLast(new Resume(pending, multilineSequenceDepth));
                }
                multilineSequenceDepth = expansionCount;
                int nl = value.indexOf('\n');
                replacement = nl < 0 ? value : value.substring(0, nl);
                next = nl < 0 ? null : new Cursor(value, nl + 1);
                pending = next;
            }
            if (b.length() - (r.end() - r.start()) + replacement.length() >= limit) {
                diagnostics.notice(includes.position(), "Parameter substitution on line '" + b
                        + "' would exceed maximum line length");
                return new Substituted(b.toString(), false);
            }
            b.replace(r.start(), r.end(), replacement);
            if (Expansion.charAt(value, Expansion.skipBlanks(value, 0)) == '~') {
                break;
            }
        }
        if (found && !sequenceNumbers) {
            multilineRest = next;
        }
        return new Substituted(b.toString(), found);
    }

    private static String abbreviate(String text) {
        return text.length() <= 80 ? text : text.substring(0, 80) + "...";
    }

    private static int indexOfBlank(String s, int from) {
        for (int i = from; i < s.length(); i++) {
            if (CommentStripper.isBlank(s.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    // ---------------------------------------------------------------- includes

    /** "include" or "include[rmwba]" followed by whitespace. */
    static boolean isInclude(String buf) {
        if (!buf.startsWith("include") || buf.length() <= 7) {
            return false;
        }
        if (isSpace(buf.charAt(7))) {
            return true;
        }
        return buf.length() > 8 && isSpace(buf.charAt(8)) && "rmwba".indexOf(buf.charAt(7)) >= 0;
    }

    static boolean isSpace(char c) {
        return " \t\n\u000b\f\r".indexOf(c) >= 0;
    }

    // ---------------------------------------------------------------- braces

    /**
     * Puts the first '{' or '}' outside double quotes on a line of its own (with what precedes it
     * as this line) and keeps the rest for the next call; counts braces as keepalived does.
     */
    private Line splitBraces(String buf) {
        SourcePos pos = includes.position();
        int p = braceIndex(buf);
        if (p >= 0) {
            int skip = p == 0 ? Expansion.skipBlanks(buf, 1) - p : 0;
            if (p + skip < buf.length()) {
                residue = trimTrailingBlanks(buf.substring(p + skip));
                buf = buf.substring(0, p + skip);
            }
        }
        buf = trimTrailingBlanks(buf);
        if (buf.equals("{")) {
            blockDepth++;
        } else if (buf.equals("}")) {
            if (blockDepth-- < 1) {
                diagnostics.report(ConfigErrorKind.UNEXPECTED_EOB, pos, "Extra '}' found");
                blockDepth = 0;
            }
        }
        return new Line(buf, pos);
    }

    private static int braceIndex(String buf) {
        char first = buf.charAt(0);
        if (first == '{' || first == '}') {
            return 0;
        }
        int i = 0;
        while (i < buf.length()) {
            char c = buf.charAt(i);
            if (c == '{' || c == '}') {
                return i;
            }
            if (c == '"') {
                int close = buf.indexOf('"', i + 1);
                if (close < 0) {
                    return -1;
                }
                i = close + 1;
            } else {
                i++;
            }
        }
        return -1;
    }

    private static String trimTrailingBlanks(String s) {
        int end = s.length();
        while (end > 0 && CommentStripper.isBlank(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(0, end);
    }
}
