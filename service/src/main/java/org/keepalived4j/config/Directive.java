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
 * @param words    the keyword and its arguments, never empty
 * @param block    the statements of the block, or {@code null} if the statement opens no block
 * @param pos      the line of the keyword
 * @param end      the line of the closing brace, or {@code pos} when there is no block
 */
public record Directive(List<String> words, List<Directive> block, SourcePos pos, SourcePos end) {

    public Directive {
        words = List.copyOf(words);
        if (words.isEmpty()) {
            throw new IllegalArgumentException("a directive has at least its keyword");
        }
        block = block == null ? null : List.copyOf(block);
        Objects.requireNonNull(pos, "pos");
        end = end == null ? pos : end;
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
