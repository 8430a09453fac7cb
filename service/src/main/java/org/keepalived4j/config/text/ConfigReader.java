package org.keepalived4j.config.text;

import java.util.List;
import java.util.Objects;
import org.keepalived4j.config.ConfigErrorKind;
import org.keepalived4j.config.Diagnostic;
import org.keepalived4j.config.Diagnostics;
import org.keepalived4j.config.Directive;
import org.keepalived4j.config.SourcePos;

/**
 * Turns keepalived.conf text into directives with keepalived 2.2.7's lexical rules: comments,
 * quoting, {@code include} and its variants, {@code @ID} conditionals, {@code $NAME}
 * parameters, {@code ~SEQ}/{@code ~LST} expansion and the brace structure. Every directive keeps
 * the file (as keepalived names it: the {@code -f} path or the include's match) and the line.
 *
 * <p>Problems keepalived reports while reading are reported here with the same message and line:
 * an unterminated or unmatched quote, invalid ~SEQ/~LST, "Extra '}' found", missing '}' at the
 * end, include problems (an error when the include variant or include_check
 * asks for it, otherwise a notice) and problems with the main file (FILE_NOT_FOUND, whose
 * consequence the command line decides). Any input, however broken, gives directives and
 * diagnostics: bounded by {@link ReaderOptions}, never an exception, never a hang.
 *
 * <p>The words of a directive are keepalived's ordinary words: split at whitespace, a
 * {@code "..."} word loses its quotes, single quotes and backslashes are kept as written. Script
 * keywords split their text again with {@link EscapedWords}, as keepalived does.
 *
 * <p>The tree follows the braces; a '{' that follows no statement stays in it as a statement of
 * its own. keepalived follows its keyword tables instead, which differs for broken input: the
 * block of an unknown keyword (or of one that takes none) is read as part of the enclosing block
 * after "Unexpected '{' - ignoring", and a block keyword without its '{' takes the following
 * statements as its block. {@link org.keepalived4j.config.BlockStructure} restructures the tree
 * that way, and reports those problems, before the families parse it.
 *
 * <p>Deliberate differences from keepalived 2.2.7, all on pathological input: a line longer than
 * 1023 characters stays one line (keepalived cuts it into pieces); a NUL ends its line's text
 * without shifting later line numbers, and a last line without newline has its own number; a file
 * already being read is not included again and includes nest at most
 * {@link ReaderOptions#maxIncludeDepth()} deep (keepalived recurses until it runs out of file
 * descriptors); substitution that never ends ({@code $A=$A}, or a line that regrows after a
 * brace) is reported and its line dropped (keepalived hangs); reading stops, reported, after
 * {@link ReaderOptions#maxLines()} lines. Of keepalived's processes the reader follows the parent,
 * which reads the files as written: the VRRP and checker children re-read a copy with comments
 * already removed, so for them an unquoted {@code \#} starts a comment, and an include reached
 * through {@code @ID} or a parameter is read twice. Problems with the main file are FILE_NOT_FOUND
 * (keepalived's {@code -t} prints them and exits 0), and a main glob matching nothing is reported.
 */
public final class ConfigReader {

    private final ConfigFiles files;
    private final String configId;
    private final Diagnostics diagnostics;
    private final ReaderOptions options;

    /**
     * @param configId    the id {@code @ID} lines are matched against ({@code -i}, default the short host name)
     * @param diagnostics where every problem is reported as a {@link Diagnostic}
     */
    public ConfigReader(ConfigFiles files, String configId, Diagnostics diagnostics) {
        this(files, configId, diagnostics, ReaderOptions.defaults());
    }

    public ConfigReader(ConfigFiles files, String configId, Diagnostics diagnostics, ReaderOptions options) {
        this.files = Objects.requireNonNull(files, "files");
        this.configId = configId;
        this.diagnostics = Objects.requireNonNull(diagnostics, "diagnostics");
        this.options = Objects.requireNonNull(options, "options");
    }

    /**
     * Reads the main file (a path or a glob, relative to the working directory) and everything it
     * includes; the top-level directives in order. Empty, with FILE_NOT_FOUND reported, when the
     * main file cannot be read.
     */
    public List<Directive> read(String mainFile) {
        LineReader reader = new LineReader(files, configId, diagnostics, options);
        if (!reader.openMain(mainFile)) {
            return List.of();
        }
        List<Directive> directives = new BlockBuilder(diagnostics, options.maxBlockDepth()).build(reader);
        if (reader.blockDepth() > 0 && !reader.truncated()) {
            diagnostics.report(ConfigErrorKind.MISSING_EOB, SourcePos.NONE,
                    "There are " + reader.blockDepth() + " missing '}'s or extra '{'s");
        }
        return directives;
    }
}
