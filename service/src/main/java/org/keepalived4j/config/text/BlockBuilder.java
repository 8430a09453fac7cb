package org.keepalived4j.config.text;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.keepalived4j.config.ConfigErrorKind;
import org.keepalived4j.config.Diagnostics;
import org.keepalived4j.config.Directive;
import org.keepalived4j.config.SourcePos;

/**
 * Logical lines to the directive tree. A '{' right after a statement opens that statement's block
 * (whether it stood on the keyword's line or on the next), a '}' closes the innermost block.
 * keepalived decides by a line's first word, so a quoted "{" or "}" acts as a brace here too.
 * The tree keeps every line, so that {@link org.keepalived4j.config.BlockStructure} can replay
 * keepalived's line stream over it: a '{' that follows no statement (or nests too deep) becomes a
 * "{" statement, a '}' at the top level a "}" statement, and each block records the line of its
 * '{' and whether a '}' closed it. What keepalived reports about them depends on its keyword
 * tree, so that pass reports it, not this one.
 */
final class BlockBuilder {

    private static final class Draft {
        final List<String> words;
        final SourcePos pos;
        List<Draft> children;
        SourcePos brace;
        SourcePos end;
        boolean closed;

        Draft(List<String> words, SourcePos pos) {
            this.words = words;
            this.pos = pos;
        }

        Directive toDirective() {
            List<Directive> block = null;
            if (children != null) {
                block = new ArrayList<>(children.size());
                for (Draft d : children) {
                    block.add(d.toDirective());
                }
            }
            return new Directive(words, block, pos, end == null ? pos : end, brace, closed);
        }
    }

    private final Diagnostics diagnostics;
    private final int maxDepth;

    BlockBuilder(Diagnostics diagnostics, int maxDepth) {
        this.diagnostics = diagnostics;
        this.maxDepth = maxDepth;
    }

    /**
     * Where keepalived reads {@code include_check} as the global_defs keyword, which changes how
     * the following includes are judged. keepalived reads the blocks of unknown keywords as part of
     * the enclosing block, so a global_defs anywhere up the tree counts.
     */
    private static boolean insideGlobalDefs(Deque<Draft> open) {
        for (Draft d : open) {
            if (d.words.get(0).equals("global_defs")) {
                return true;
            }
        }
        return false;
    }

    List<Directive> build(LineReader reader) {
        List<Draft> top = new ArrayList<>();
        Deque<Draft> open = new ArrayDeque<>();
        Draft openable = null;
        // a global_defs without its '{': keepalived reads what follows as global_defs up to the next '}'
        boolean bracelessGlobalDefs = false;
        SourcePos last = SourcePos.NONE;
        LineReader.Line line;
        while ((line = reader.next()) != null) {
            last = line.pos();
            Words.Result w = Words.split(line.text());
            if (w.unmatchedQuote()) {
                diagnostics.report(ConfigErrorKind.UNMATCHED_QUOTE, line.pos(), "Unmatched quote: '" + line.text() + "'");
            }
            if (w.words().isEmpty()) {
                continue;
            }
            String first = w.words().get(0);
            if (first.equals("{")) {
                if (openable != null && open.size() < maxDepth) {
                    openable.children = new ArrayList<>();
                    openable.brace = line.pos();
                    open.push(openable);
                } else {
                    (open.isEmpty() ? top : open.peek().children).add(new Draft(List.of("{"), line.pos()));
                }
                openable = null;
            } else if (first.equals("}")) {
                bracelessGlobalDefs = false;
                if (open.isEmpty()) {
                    top.add(new Draft(List.copyOf(w.words()), line.pos()));
                } else {
                    Draft closing = open.pop();
                    closing.end = line.pos();
                    closing.closed = true;
                }
                openable = null;
            } else {
                if (openable != null && openable.words.get(0).equals("global_defs")) {
                    bracelessGlobalDefs = true;
                }
                Draft d = new Draft(List.copyOf(w.words()), line.pos());
                (open.isEmpty() ? top : open.peek().children).add(d);
                openable = d;
                if (first.equals("include_check") && (bracelessGlobalDefs || insideGlobalDefs(open))) {
                    reader.includeCheckStatement(d.words, d.pos);
                }
            }
        }
        while (!open.isEmpty()) {
            open.pop().end = last;
        }
        List<Directive> result = new ArrayList<>(top.size());
        for (Draft d : top) {
            result.add(d.toDirective());
        }
        return result;
    }
}
