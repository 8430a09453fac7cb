package org.keepalived4j.config;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The block structure keepalived 2.2.7 gives the text, which is not the one its braces give when
 * the text is broken. keepalived sees a flat stream of lines (every '{' and '}' on a line of its
 * own) and decides what a brace means from its keyword tree ({@link KeywordTree}), once for each
 * of the processes that read the text ({@link KeepalivedProcess}):
 * <ul>
 * <li>a '{' after a keyword without a sub-level (unknown, or plain) is "Unexpected '{' -
 * ignoring": the lines of that would-be block belong to the current level, and its '}' ends the
 * current level;</li>
 * <li>a keyword with a sub-level whose next line is not '{' gets "Missing '{' at beginning of
 * configuration block" at that line, and the lines up to the next '}' are its block;</li>
 * <li>a value block ({@code virtual_ipaddress}, {@code track_script}, ...) is every line up to the
 * first '}', '{' lines included; without its '{' that is only logged; words after its keyword are
 * "extra parameters";</li>
 * <li>a top-level keyword of another process is skipped with its block, by counting braces;</li>
 * <li>a {@code vrrp_instance}, {@code vrrp_sync_group} or {@code track_group} without exactly one
 * name, or with a name already used, is skipped the same way;</li>
 * <li>at the top level a '}' is a keyword, and unknown.</li>
 * </ul>
 * This pass flattens the reader's brace tree back into that stream and replays keepalived's
 * {@code process_stream} over it for each process: the result is each process's top-level
 * directives, restructured, and the problems that process reports about the structure. Unknown
 * keywords inside blocks are left to the families, which know their keywords; unknown top-level
 * keywords are reported here. Pure: no state survives a call.
 */
public final class BlockStructure {

    /**
     * Where a process stops reading altogether, as keepalived does for a missing word: see
     * {@link Diagnostics#missingWord(SourcePos, List, int)}.
     */
    public record Stop(SourcePos pos, List<String> words, int missing) {

        public Stop {
            Objects.requireNonNull(pos, "pos");
            words = List.copyOf(words);
        }
    }

    /**
     * What one process makes of the text.
     *
     * @param topLevel the top-level directives as this process structures them (the blocks of
     *                 other processes' keywords are not read: those directives carry no block)
     * @param problems what it reports about the structure, in its order
     * @param stop     where it gives up reading, or null; nothing of the text after it counts
     */
    public record View(List<Directive> topLevel, List<Diagnostic> problems, Stop stop) {

        public View {
            topLevel = List.copyOf(topLevel);
            problems = List.copyOf(problems);
        }
    }

    private final Map<KeepalivedProcess, View> views;

    private BlockStructure(Map<KeepalivedProcess, View> views) {
        this.views = Map.copyOf(views);
    }

    public View view(KeepalivedProcess process) {
        return views.get(process);
    }

    /** Restructures the reader's tree (see {@link org.keepalived4j.config.text.ConfigReader}) as each process sees it. */
    public static BlockStructure of(List<Directive> readerTree) {
        List<Line> lines = new ArrayList<>();
        flatten(readerTree, lines);
        Map<KeepalivedProcess, View> views = new EnumMap<>(KeepalivedProcess.class);
        for (KeepalivedProcess p : KeepalivedProcess.values()) {
            views.put(p, new ProcessStream(lines, p).read());
        }
        return new BlockStructure(views);
    }

    /**
     * A tree whose braces already are keepalived's structure (as tests write it): every process
     * sees it as it is, and the parent reports the unknown top-level keywords.
     */
    public static BlockStructure asWritten(List<Directive> topLevel) {
        List<Diagnostic> unknown = new ArrayList<>();
        for (Directive d : topLevel) {
            if (KeywordTree.ROOT.find(d.keyword()) == null) {
                unknown.add(unknownKeyword(d.pos(), d.keyword()));
            }
        }
        Map<KeepalivedProcess, View> views = new EnumMap<>(KeepalivedProcess.class);
        for (KeepalivedProcess p : KeepalivedProcess.values()) {
            views.put(p, new View(topLevel, p == KeepalivedProcess.PARENT ? unknown : List.of(), null));
        }
        return new BlockStructure(views);
    }

    /** The top-level keywords keepalived knows, whichever process reads them. */
    static Set<String> topLevelKeywords() {
        return new LinkedHashSet<>(KeywordTree.ROOT.names());
    }

    /** One line of keepalived's stream: a statement, or a lone '{' or '}'. */
    record Line(List<String> words, SourcePos pos) {

        String first() {
            return words.get(0);
        }

        String last() {
            return words.get(words.size() - 1);
        }
    }

    private static final List<String> OPEN = List.of("{");
    private static final List<String> CLOSE = List.of("}");

    /** The reader's tree back to keepalived's lines: every line it read, in order, nothing more. */
    static void flatten(List<Directive> directives, List<Line> out) {
        for (Directive d : directives) {
            out.add(new Line(d.words(), d.pos()));
            if (d.hasBlock()) {
                if (d.brace() != null) {
                    out.add(new Line(OPEN, d.brace()));
                }
                flatten(d.children(), out);
                if (d.closed()) {
                    out.add(new Line(CLOSE, d.end()));
                }
            }
        }
    }

    private static Diagnostic unknownKeyword(SourcePos pos, String keyword) {
        return new Diagnostic(ConfigErrorKind.UNKNOWN_KEYWORD, pos, "Unknown keyword '" + keyword + "'");
    }

    /** keepalived's {@code process_stream} over the whole stream, for one process. */
    private static final class ProcessStream {

        /** What one level read: its statements, and how it ended. */
        private record Level(List<Directive> children, SourcePos brace, SourcePos end, boolean closed) {
        }

        /** A process gives up reading (keepalived exits). */
        private static final class Stopped extends RuntimeException {
            Stopped() {
                super(null, null, false, false);
            }
        }

        private final List<Line> lines;
        private final KeepalivedProcess process;
        private final List<Diagnostic> problems = new ArrayList<>();
        private final Map<String, Set<String>> names = new HashMap<>();
        private int next;
        private SourcePos last = SourcePos.NONE;
        /**
         * keepalived's {@code skip_sublevel}: -1 while a skipped keyword may still get its '{',
         * then the depth of braces being skipped; 0 when not skipping.
         */
        private int skip;
        private Stop stop;

        ProcessStream(List<Line> lines, KeepalivedProcess process) {
            this.lines = lines;
            this.process = process;
        }

        View read() {
            List<Directive> top = new ArrayList<>();
            try {
                level(KeywordTree.ROOT, false, 0, top);
            } catch (Stopped s) {
                // top holds what was read before the stop
            }
            return new View(top, problems, stop);
        }

        private Line nextLine() {
            if (next >= lines.size()) {
                return null;
            }
            Line l = lines.get(next++);
            last = l.pos();
            return l;
        }

        private void report(ConfigErrorKind kind, SourcePos pos, String message) {
            problems.add(new Diagnostic(kind, pos, message));
        }

        /**
         * Reads one level into {@code children} until its '}' (below the top level) or the end.
         *
         * @param needBrace whether the level's '{' is still to come
         * @param depth     keepalived's {@code kw_level}
         */
        private Level level(KeywordTree.Level keywords, boolean needBrace, int depth, List<Directive> children) {
            SourcePos brace = null;
            Line line;
            while ((line = nextLine()) != null) {
                String first = line.first();
                if (skip == -1) {
                    if (first.equals("{")) {
                        skip = 1;
                        needBrace = false;
                        brace = line.pos();
                        continue;
                    }
                    skip = 0;
                }
                if (skip > 0) {
                    String examined = null;
                    for (String w : line.words()) {
                        examined = w;
                        if (w.equals("{")) {
                            skip++;
                        } else if (w.equals("}") && --skip == 0) {
                            break;
                        }
                    }
                    if (skip == 0 && depth > 0 && "}".equals(examined)) {
                        // the skipped block was this level's own: it ends here
                        return new Level(children, brace, line.pos(), true);
                    }
                    continue;
                }
                if (needBrace) {
                    needBrace = false;
                    if (first.equals("{") && depth > 0) {
                        brace = line.pos();
                        continue;
                    }
                    report(ConfigErrorKind.MISSING_BOB, line.pos(), "Missing '{' at beginning of configuration block");
                } else if (first.equals("{")) {
                    report(ConfigErrorKind.UNEXPECTED_BOB, line.pos(), "Unexpected '{' - ignoring");
                    continue;
                }
                if (first.equals("}") && depth > 0) {
                    return new Level(children, brace, line.pos(), true);
                }
                children.add(statement(keywords, line, depth));
            }
            return new Level(children, brace, last, false);
        }

        private Directive statement(KeywordTree.Level keywords, Line line, int depth) {
            KeywordTree.Keyword kw = keywords.find(line.first());
            if (kw == null) {
                if (depth == 0) {
                    problems.add(unknownKeyword(line.pos(), line.first()));
                }
                return plain(line);
            }
            if (!kw.activeIn(process)) {
                skip = line.last().equals("{") ? 1 : -1;
                return plain(line);
            }
            return switch (kw.shape()) {
                case PLAIN -> plain(line);
                case VALUE_BLOCK -> valueBlock(line, 1);
                case NAMED_VALUE_BLOCK -> valueBlock(line, 2);
                case BLOCK -> block(kw, line, depth);
            };
        }

        private static Directive plain(Line line) {
            return new Directive(line.words(), null, line.pos(), line.pos());
        }

        private Directive block(KeywordTree.Keyword kw, Line line, int depth) {
            List<String> words = line.words();
            boolean needBrace = true;
            SourcePos brace = null;
            if (words.size() > 1 && line.last().equals("{")) {
                // a quoted "{" ending the keyword's line
                words = words.subList(0, words.size() - 1);
                needBrace = false;
                brace = line.pos();
            }
            if (kw.oneName() && !takesName(kw.name(), words)) {
                skip = -1;
            }
            List<Directive> children = new ArrayList<>();
            Level sub = level(kw.sub(), needBrace, depth + 1, children);
            return new Directive(words, children, line.pos(), sub.end(), brace != null ? brace : sub.brace(), sub.closed());
        }

        /** Whether the block's handler accepts it, recording the name if so. */
        private boolean takesName(String keyword, List<String> words) {
            return words.size() == 2 && names.computeIfAbsent(keyword, k -> new HashSet<>()).add(words.get(1));
        }

        /**
         * {@code alloc_value_block}: the lines up to the first '}', each a statement of its own.
         *
         * @param valuesFrom the index of the first word the handler passes on as a parameter
         */
        private Directive valueBlock(Line line, int valuesFrom) {
            List<String> words = line.words();
            List<Directive> values = new ArrayList<>();
            boolean needBrace = true;
            SourcePos brace = null;
            if (words.size() > valuesFrom) {
                if (words.get(valuesFrom).equals("{")) {
                    // a quoted "{" on the keyword's line: the rest of that line is the first value
                    needBrace = false;
                    brace = line.pos();
                    List<String> rest = words.subList(valuesFrom + 1, words.size());
                    words = words.subList(0, valuesFrom);
                    boolean ended = !rest.isEmpty() && rest.get(rest.size() - 1).equals("}");
                    if (ended) {
                        rest = rest.subList(0, rest.size() - 1);
                    }
                    if (!rest.isEmpty()) {
                        values.add(plain(new Line(rest, line.pos())));
                    }
                    if (ended) {
                        return new Directive(words, values, line.pos(), line.pos(), brace, true);
                    }
                } else if (valuesFrom == 1) {
                    report(ConfigErrorKind.GENERAL_ERROR, line.pos(),
                            "Block " + words.get(0) + " has extra parameters " + words.get(1) + " ...");
                } else {
                    // the handler hid the keyword from the message, which then finds no word 0
                    stop = new Stop(line.pos(), List.of(), 0);
                    throw new Stopped();
                }
            }
            Line l;
            while ((l = nextLine()) != null) {
                List<String> lw = l.words();
                if (needBrace) {
                    needBrace = false;
                    if (lw.get(0).equals("{")) {
                        brace = l.pos();
                        if (lw.size() == 1) {
                            continue;
                        }
                        lw = lw.subList(1, lw.size());
                    } else {
                        report(ConfigErrorKind.NOTICE, l.pos(), "'{' missing from beginning of block " + words.get(0));
                    }
                }
                boolean ended = lw.get(lw.size() - 1).equals("}");
                if (ended) {
                    if (lw.size() == 1) {
                        return new Directive(words, values, line.pos(), l.pos(), brace, true);
                    }
                    lw = lw.subList(0, lw.size() - 1);
                }
                values.add(plain(new Line(lw, l.pos())));
                if (ended) {
                    return new Directive(words, values, line.pos(), l.pos(), brace, true);
                }
            }
            return new Directive(words, values, line.pos(), last, brace, false);
        }
    }
}
