package org.keepalived4j.config.net;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Supplier;
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

    /** Thrown where keepalived refuses the whole entry after saying why; never leaves this package. */
    static final class Dropped extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Dropped() {
            super(null, null, false, false);
        }
    }

    /** Runs a reader; an entry refused on the way ({@link #drop}) reads as empty. */
    static <T> Optional<T> unlessDropped(Supplier<T> parse) {
        try {
            return Optional.of(parse.get());
        } catch (Dropped d) {
            return Optional.empty();
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

    /**
     * The word at {@code i}, which the syntax requires to be there: without it keepalived gives up
     * on the whole configuration, and so does this ({@link org.keepalived4j.config.ConfigAbort}).
     */
    String word(int i) {
        if (i >= words.size()) {
            throw diagnostics.missingWord(pos, words, i);
        }
        return words.get(i);
    }

    boolean has(int i) {
        return i < words.size();
    }


    /** Reports why the entry is refused; throw the result to drop it. */
    Dropped drop(String message) {
        error(message);
        return new Dropped();
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
