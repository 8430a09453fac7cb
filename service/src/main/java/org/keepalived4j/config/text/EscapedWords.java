package org.keepalived4j.config.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.keepalived4j.config.ConfigErrorKind;
import org.keepalived4j.config.Diagnostics;
import org.keepalived4j.config.Directive;
import org.keepalived4j.config.ScriptCommand;
import org.keepalived4j.config.SourcePos;

/**
 * The word splitting keepalived uses for script command lines ({@code vrrp_script script},
 * {@code notify*}, {@code misc_path}, {@code regex}, ...), which it applies to the raw line
 * instead of the ordinary words: both {@code "..."} and {@code '...'} group words (the quotes
 * vanish, even mid-word: {@code a"b c"d} is {@code ab cd}) and backslash escapes work inside and
 * outside quotes: {@code \a \b \E \f \n \r \t \v}, {@code \nnn} (up to three octal digits),
 * {@code \xXX...} (any number of hex digits, low 8 bits kept), {@code \cC} (control character)
 * and {@code \C} for any other C. A word is cut at a NUL produced by an escape, as keepalived's
 * C strings are.
 *
 * <p>A script's command is the second word of its line split once more
 * ({@link #scriptCommand}): {@code script "/bin/x 'a b'"} runs {@code /bin/x} with {@code a b},
 * {@code script /bin/x a b} runs {@code /bin/x} alone, and {@code script '/bin/s B'} runs
 * {@code /bin/s} with {@code B} (checked with keepalived 2.2.7).
 */
public final class EscapedWords {

    private EscapedWords() {
    }

    /**
     * @return the words, or empty when keepalived rejects the whole text: an unterminated quote
     *         (reported as {@link ConfigErrorKind#UNMATCHED_QUOTE}) or a backslash at the very end
     *         (only logged by keepalived, reported as a notice)
     */
    public static Optional<List<String>> split(String text, SourcePos pos, Diagnostics diagnostics) {
        List<String> words = new ArrayList<>();
        char quote = 0;
        int i = 0;
        int n = text.length();
        while (i < n) {
            while (i < n && Words.isWhite(text.charAt(i))) {
                i++;
            }
            if (i >= n) {
                break;
            }
            StringBuilder word = new StringBuilder();
            while (i < n) {
                int stop = nextSpecial(text, i, quote);
                if (stop < 0) {
                    if (quote != 0) {
                        diagnostics.report(ConfigErrorKind.UNMATCHED_QUOTE, pos,
                                "String '" + text + "': missing terminating " + quote);
                        return Optional.empty();
                    }
                    word.append(text, i, n);
                    i = n;
                    break;
                }
                word.append(text, i, stop);
                i = stop;
                char c = text.charAt(i);
                if (c == '\\') {
                    i++;
                    if (i >= n) {
                        diagnostics.notice(pos, "Missing escape char at end: '" + text + "'");
                        return Optional.empty();
                    }
                    i = unescape(text, i, word);
                } else if (quote != 0) {
                    quote = 0;
                    i++;
                } else if (c == '"' || c == '\'') {
                    quote = c;
                    i++;
                } else {
                    break;
                }
            }
            int nul = word.indexOf("\0");
            words.add(nul >= 0 ? word.substring(0, nul) : word.toString());
        }
        return Optional.of(List.copyOf(words));
    }

    /**
     * keepalived's script command from a script keyword's line ({@code script ...},
     * {@code notify_master ...}, {@code misc_path ...}): the line split as above, then its second
     * word split again; the words after it are ignored. Empty when either split fails or there is
     * no second word.
     */
    public static Optional<List<String>> scriptCommand(String line, SourcePos pos, Diagnostics diagnostics) {
        Optional<List<String>> words = split(line, pos, diagnostics);
        if (words.isEmpty() || words.get().size() < 2) {
            return Optional.empty();
        }
        return split(words.get().get(1), pos, diagnostics);
    }

    /**
     * The script of a script keyword's directive by the one rule keepalived 2.2.7 applies to
     * every script (alloc_strvec_quoted_escaped, set_script_params_array): the line re-split with
     * escapes and both quotes, its second word split again into the argv, its third and fourth
     * words the user and group ({@code notify '/bin/x a b'} has no user). Keywords that take no
     * user ignore them. Empty (with keepalived's report, if it makes one) when a split fails or
     * leaves no program; keepalived then leaves the script as it was.
     */
    public static Optional<ScriptCommand> scriptCommand(Directive d, Diagnostics diagnostics) {
        Optional<List<String>> line = split(lineOf(d), d.pos(), diagnostics);
        if (line.isEmpty() || line.get().size() < 2) {
            return Optional.empty();
        }
        List<String> words = line.get();
        return split(words.get(1), d.pos(), diagnostics).filter(argv -> !argv.isEmpty())
                .map(argv -> new ScriptCommand(argv, word(words, 2), word(words, 3), d.pos()));
    }

    private static Optional<String> word(List<String> words, int i) {
        return i < words.size() ? Optional.of(words.get(i)) : Optional.empty();
    }

    /**
     * The line of a directive as near as its words allow, for {@link #scriptCommand} until
     * directives carry their raw line: the words joined by single spaces, a word holding white
     * space in double quotes (only a {@code "..."} word can hold it). Exact unless the original
     * had runs of white space inside single quotes, a {@code "..."} word without white space but
     * with a quote or a trailing backslash, or an unmatched quote.
     */
    public static String lineOf(Directive d) {
        StringBuilder sb = new StringBuilder();
        for (String w : d.words()) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            boolean spaced = w.chars().anyMatch(c -> Words.isWhite((char) c));
            sb.append(spaced ? '"' + w + '"' : w);
        }
        return sb.toString();
    }

    private static int nextSpecial(String text, int from, char quote) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                return i;
            }
            if (quote != 0 ? c == quote : c == '"' || c == '\'' || Words.isWhite(c)) {
                return i;
            }
        }
        return -1;
    }

    /** Appends the character escaped at {@code i} (just after the backslash); returns the index after it. */
    private static int unescape(String text, int i, StringBuilder out) {
        int n = text.length();
        char c = text.charAt(i);
        if (c == 'x' && i + 1 < n && Character.digit(text.charAt(i + 1), 16) >= 0 && text.charAt(i + 1) < 128) {
            int value = 0;
            i++;
            while (i < n && text.charAt(i) < 128 && Character.digit(text.charAt(i), 16) >= 0) {
                value = (value << 4 | Character.digit(text.charAt(i), 16)) & 0xff;
                i++;
            }
            out.append((char) value);
            return i;
        }
        if (c == 'c' && i + 1 < n) {
            out.append((char) (text.charAt(i + 1) & 0x1f));
            return i + 2;
        }
        if (c >= '0' && c <= '7') {
            int value = 0;
            int digits = 0;
            while (digits < 3 && i < n && text.charAt(i) >= '0' && text.charAt(i) <= '7') {
                value = value * 8 + (text.charAt(i) - '0');
                i++;
                digits++;
            }
            out.append((char) (value & 0xff));
            return i;
        }
        out.append(switch (c) {
            case 'a' -> '\u0007';
            case 'b' -> '\b';
            case 'E' -> '\u001b';
            case 'f' -> '\f';
            case 'n' -> '\n';
            case 'r' -> '\r';
            case 't' -> '\t';
            case 'v' -> '\u000b';
            default -> c;
        });
        return i + 1;
    }
}
