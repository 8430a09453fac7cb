package org.keepalived4j.config.global;

import java.util.Optional;
import org.keepalived4j.config.Diagnostics;
import org.keepalived4j.config.Directive;
import org.keepalived4j.config.ValueSyntax;

/**
 * {@code umask NUMBER|BITS}: a C number (hex, octal or decimal), or permission names
 * {@code I{R,W,X}{USR,GRP,OTH}} joined with {@code |}, possibly spread over several words.
 */
final class Umask {

    private static final String[] BITS = {"IRUSR", "IWUSR", "IXUSR", "IRGRP", "IWGRP", "IXGRP", "IROTH", "IWOTH", "IXOTH"};

    private Umask() {
    }

    static Optional<Integer> read(Directive d, Diagnostics diag) {
        Optional<String> first = ValueSyntax.word(d, 0, diag);
        if (first.isEmpty()) {
            return Optional.empty();
        }
        if (Character.isDigit(first.get().charAt(0))) {
            if (d.argCount() != 1) {
                diag.error(d.pos(), "Extra parameter(s) to umask option");
                return Optional.empty();
            }
            Optional<Integer> v = cNumber(first.get()).filter(n -> (n & ~0777) == 0);
            if (v.isEmpty()) {
                diag.error(d.pos(), "invalid umask value " + first.get());
            }
            return v;
        }
        int bits = 0;
        boolean needOr = false;
        for (String word : d.args()) {
            int p = 0;
            while (p < word.length()) {
                if (needOr) {
                    if (word.charAt(p) == '|') {
                        needOr = false;
                        p++;
                        continue;
                    }
                    diag.error(d.pos(), "Invalid umask syntax " + word);
                    return Optional.empty();
                }
                int bit = bitAt(word, p);
                if (bit < 0) {
                    diag.error(d.pos(), "Unknown umask bit " + word.substring(p));
                    return Optional.empty();
                }
                bits |= 0400 >> bit;
                p += 5;
                needOr = true;
            }
        }
        if (!needOr) {
            diag.error(d.pos(), "umask missing bit value");
            return Optional.empty();
        }
        return Optional.of(bits);
    }

    /** Index of the permission name starting at {@code p} (prefix match, as keepalived's strncmp), or -1. */
    private static int bitAt(String word, int p) {
        for (int i = 0; i < BITS.length; i++) {
            if (word.startsWith(BITS[i], p)) {
                return i;
            }
        }
        return -1;
    }

    /** strtol(text, &end, 0) that must consume the whole text. */
    private static Optional<Integer> cNumber(String text) {
        try {
            if (text.startsWith("0x") || text.startsWith("0X")) {
                return Optional.of(Integer.parseInt(text.substring(2), 16));
            }
            if (text.length() > 1 && text.startsWith("0")) {
                return Optional.of(Integer.parseInt(text.substring(1), 8));
            }
            return Optional.of(Integer.parseInt(text));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
