package org.keepalived4j.config.net;

import java.util.List;
import java.util.OptionalLong;
import org.keepalived4j.config.Diagnostics;
import org.keepalived4j.config.Directive;
import org.keepalived4j.config.KeepalivedNumbers;
import org.keepalived4j.config.SourcePos;

/**
 * One entry line being read: its words, and where its problems are reported. keepalived's parser
 * stops the whole configuration when a route or rule keyword lacks its value; {@link #word(int)}
 * models that by raising {@link MissingWord}, which the line's reader turns into a report and the
 * loss of the entry.
 */
final class EntryLine {

    /** Raised when a word past the end of the line is needed; never leaves this package. */
    static final class MissingWord extends RuntimeException {
        private static final long serialVersionUID = 1L;

        final int index;

        MissingWord(int index) {
            super(null, null, false, false);
            this.index = index;
        }
    }

    private final List<String> words;
    private final SourcePos pos;
    private final Diagnostics diagnostics;

    EntryLine(Directive line, Diagnostics diagnostics) {
        this.words = line.words();
        this.pos = line.pos();
        this.diagnostics = diagnostics;
    }

    int size() {
        return words.size();
    }

    /** The word at {@code i}, which the syntax requires to be there. */
    String word(int i) {
        if (i >= words.size()) {
            throw new MissingWord(i);
        }
        return words.get(i);
    }

    boolean has(int i) {
        return i < words.size();
    }

    /** keepalived's report for a missing word (its parser gives up on the configuration here). */
    void reportMissing(MissingWord m) {
        throw diagnostics.missingWord(pos, words, m.index);
    }

    void error(String message) {
        diagnostics.error(pos, message);
    }

    /**
     * keepalived's {@code get_u8/u16/u32}: {@code read_unsigned} in [0, max] and, when refused, a
     * second report of the caller's own wording ({@code %s} is the word).
     */
    OptionalLong getU(String text, long max, String refusal) {
        OptionalLong v = KeepalivedNumbers.readUnsigned(text, 0, max, pos, diagnostics);
        if (v.isEmpty()) {
            error(refusal.replace("%s", text));
        }
        return v;
    }

    /** keepalived's {@code get_u64}. */
    OptionalLong getU64(String text, String refusal) {
        OptionalLong v = KeepalivedNumbers.readUnsigned64(text, pos, diagnostics);
        if (v.isEmpty()) {
            error(refusal.replace("%s", text));
        }
        return v;
    }

    Diagnostics diagnostics() {
        return diagnostics;
    }

    void invalidNumber(String message) {
        diagnostics.invalidNumber(pos, message);
    }

    /** What keepalived only logs: kept for the record, never counted by {@code -t}. */
    void notice(String message) {
        diagnostics.notice(pos, message);
    }

    SourcePos pos() {
        return pos;
    }
}
