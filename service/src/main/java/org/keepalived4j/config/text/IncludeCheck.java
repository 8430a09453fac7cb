package org.keepalived4j.config.text;

import java.util.List;
import org.keepalived4j.config.Diagnostics;
import org.keepalived4j.config.SourcePos;

/**
 * Which include problems are errors rather than remarks: keepalived's include_check bits. The
 * {@code include} keyword adds none, {@code includer} READ, {@code includem} READ|MATCH,
 * {@code includew} READ|MATCH|WILDCARD, {@code includeb} READ|BRACE and {@code includea} all;
 * {@code global_defs { include_check ... }} and {@code -e} set the bits every include adds to.
 */
final class IncludeCheck {

    /** A match is a directory, not a regular non-executable file, or cannot be opened. */
    static final int READ = 0x01;
    /** Nothing matches a pattern without wildcards. */
    static final int MATCH = 0x02;
    /** Nothing matches a pattern with wildcards. */
    static final int WILDCARD = 0x04;
    /** An alternative of a brace expression matches nothing. */
    static final int BRACE = 0x08;
    static final int ALL = READ | MATCH | WILDCARD | BRACE;

    private IncludeCheck() {
    }

    /** The bits an include keyword adds: "include", "includer", ..., or -1 for other words. */
    static int ofKeyword(char variant) {
        return switch (variant) {
            case ' ' -> 0;
            case 'r' -> READ;
            case 'm' -> READ | MATCH;
            case 'w' -> READ | MATCH | WILDCARD;
            case 'b' -> READ | BRACE;
            case 'a' -> ALL;
            default -> -1;
        };
    }

    /**
     * The setting after {@code include_check [[+|-]read|match|wildcard_match|brace_match ...]}:
     * no option means all; a plain option sets READ plus itself; + and - add and remove.
     */
    static int apply(int current, List<String> words, SourcePos pos, Diagnostics diagnostics) {
        if (words.size() <= 1) {
            return ALL;
        }
        int check = current;
        for (int i = 1; i < words.size(); i++) {
            String word = words.get(i);
            int sign = 0;
            String name = word;
            if (word.startsWith("-")) {
                sign = -1;
                name = word.substring(1);
            } else if (word.startsWith("+")) {
                sign = 1;
                name = word.substring(1);
            } else if (i == 1) {
                check = 0;
            } else {
                diagnostics.error(pos, "Duplicate include_check '" + word + "' specified - ignoring");
                continue;
            }
            int flag = switch (name) {
                case "read" -> READ;
                case "match" -> MATCH;
                case "wildcard_match" -> WILDCARD;
                case "brace_match" -> BRACE;
                default -> 0;
            };
            if (flag == 0) {
                diagnostics.error(pos, "Unknown include_check type '" + name + "' - ignoring");
                continue;
            }
            if (sign == 0) {
                check = READ | flag;
            } else if (sign > 0) {
                check |= flag;
            } else {
                check &= ~flag;
            }
        }
        return check;
    }
}
