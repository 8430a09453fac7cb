package org.keepalived4j.config;

import java.util.ArrayList;
import java.util.List;
import org.keepalived4j.config.text.ConfigReader;
import org.keepalived4j.config.text.InMemoryConfigFiles;

/**
 * Directives for tests. Text goes through the product's own {@link ConfigReader}, so a test
 * names the lines and words keepalived 2.2.7 would give; {@link #kw} and {@link #block} build
 * directives directly where a test states the tree rather than the text.
 */
public final class ConfigTexts {

    public static final String FILE = "keepalived.conf";

    /** Where the files of {@link #read} live; their names are relative to it, as {@code -f NAME} would be. */
    private static final String DIRECTORY = "/etc/keepalived";

    /** The id {@code @ID} lines are matched against: the short name of {@link FakeHost}'s default host. */
    private static final String CONFIG_ID = "lb1";

    private ConfigTexts() {
    }

    /**
     * The top-level directives of {@code text} read as the main file {@code file}; what the reader
     * finds wrong (quotes, braces) goes to {@code diagnostics}, as in a real load.
     */
    public static List<Directive> read(String file, String text, Diagnostics diagnostics) {
        InMemoryConfigFiles files = new InMemoryConfigFiles(DIRECTORY).file(file, text);
        return new ConfigReader(files, CONFIG_ID, diagnostics).read(file);
    }

    /** The one statement {@code text}, read as standing on {@code line} of {@code file}. */
    public static Directive line(String file, int line, String text) {
        Diagnostics diagnostics = new Diagnostics();
        List<Directive> read = read(file, "\n".repeat(line - 1) + text + "\n", diagnostics);
        if (read.size() != 1 || read.get(0).hasBlock() || !diagnostics.all().isEmpty()) {
            throw new IllegalArgumentException("not one plain statement: '" + text + "' " + read + " " + diagnostics.all());
        }
        return read.get(0);
    }

    public static SourcePos at(int line) {
        return new SourcePos(FILE, line);
    }

    /** One statement without a block. */
    public static Directive kw(int line, String... words) {
        return Directive.line(at(line), words);
    }

    /** A block whose statements are the given ones; it closes on the line after the last of them. */
    public static Directive block(int line, List<Directive> children, String... words) {
        int end = children.stream().mapToInt(c -> c.end().line()).max().orElse(line) + 1;
        return new Directive(List.of(words), children, at(line), at(end));
    }

    /** {@code global_defs { ... }} opening on line 1; its statements should be on lines 2 and after. */
    public static Directive globalDefs(Directive... children) {
        return block(1, List.of(children), "global_defs");
    }

    /**
     * Each counted diagnostic as {@code "KIND line: message"}, in order, for compact exact
     * assertions; notices (never printed by {@code keepalived -t}) are left out.
     */
    public static List<String> reported(Diagnostics diagnostics) {
        List<String> out = new ArrayList<>();
        for (Diagnostic d : diagnostics.counted()) {
            out.add(d.kind() + " " + d.pos().line() + ": " + d.message());
        }
        return out;
    }

    /** The notices only (keepalived logs them; -t does not count them). */
    public static List<String> notices(Diagnostics diagnostics) {
        List<String> out = new ArrayList<>();
        for (Diagnostic d : diagnostics.all()) {
            if (!d.kind().counts()) {
                out.add(d.pos().line() + ": " + d.message());
            }
        }
        return out;
    }
}
