package org.keepalived4j.config.global;

import java.util.ArrayList;
import java.util.List;
import org.keepalived4j.config.Diagnostic;
import org.keepalived4j.config.Diagnostics;
import org.keepalived4j.config.Directive;
import org.keepalived4j.config.SourcePos;

/**
 * Builds directives as the reader would produce them, without the reader: each directive is
 * given its line; a block ends on the line after its last statement.
 */
public final class ConfigText {

    public static final String FILE = "keepalived.conf";

    private ConfigText() {
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
