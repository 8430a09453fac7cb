package org.keepalived4j.config;

import java.util.List;
import java.util.Objects;

/**
 * One statement of keepalived.conf after preprocessing: its words (the keyword first, quotes
 * removed, parameters substituted) and, when it opens a {@code { ... }} block, the statements in
 * that block. {@code pos} is the line of the keyword; {@code end} is the line of the closing
 * brace (keepalived reports block-level problems, such as a {@code vrrp_script} without a
 * script, at the closing brace).
 *
 * <p>{@code brace} and {@code closed} say how the text delimited the block, so that the block
 * structure can be re-derived the way keepalived derives it (see {@link BlockStructure}): the
 * line of the block's '{', and whether a '}' ended the block rather than the end of the text.
 *
 * @param words    the keyword and its arguments, never empty
 * @param block    the statements of the block, or {@code null} if the statement opens no block
 * @param pos      the line of the keyword
 * @param end      the line of the closing brace, or {@code pos} when there is no block (the last
 *                 line read when the text ended inside the block)
 * @param brace    the line of the block's opening '{'; {@code null} when there is no block, or when
 *                 keepalived read the block without one
 * @param closed   whether a '}' ended the block; false when there is no block or the text ended first
 */
public record Directive(List<String> words, List<Directive> block, SourcePos pos, SourcePos end, SourcePos brace,
                        boolean closed) {

    public Directive {
        words = List.copyOf(words);
        if (words.isEmpty()) {
            throw new IllegalArgumentException("a directive has at least its keyword");
        }
        block = block == null ? null : List.copyOf(block);
        Objects.requireNonNull(pos, "pos");
        end = end == null ? pos : end;
        if (block == null) {
            brace = null;
            closed = false;
        }
    }

    /** A statement whose block, if any, was opened on the keyword's line and closed at {@code end}. */
    public Directive(List<String> words, List<Directive> block, SourcePos pos, SourcePos end) {
        this(words, block, pos, end, block == null ? null : pos, block != null);
    }

    public static Directive line(SourcePos pos, String... words) {
        return new Directive(List.of(words), null, pos, pos);
    }

    public String keyword() {
        return words.get(0);
    }

    /** The words after the keyword. */
    public List<String> args() {
        return words.subList(1, words.size());
    }

    public int argCount() {
        return words.size() - 1;
    }

    /** The i-th argument (0 = the first word after the keyword), or {@code null} if absent. */
    public String arg(int i) {
        return i + 1 < words.size() ? words.get(i + 1) : null;
    }

    public boolean hasBlock() {
        return block != null;
    }

    /** The statements of the block; empty when there is none. */
    public List<Directive> children() {
        return block == null ? List.of() : block;
    }

    /** The words joined with single spaces, as keepalived shows a line back in messages. */
    public String text() {
        return String.join(" ", words);
    }

    @Override
    public String toString() {
        return pos + " " + text() + (block == null ? "" : " {" + block.size() + "}");
    }
}
