package org.keepalived4j.config.lvs;

import java.util.Optional;
import org.keepalived4j.config.ValueSyntax;
import org.keepalived4j.config.Diagnostics;
import org.keepalived4j.config.Directive;
import org.keepalived4j.config.KeepalivedNumbers;

/** How keepalived's handlers read the words of a line. */
final class Words {

    private Words() {
    }

    /**
     * The word at {@code slot} (1 = the first after the keyword). keepalived 2.2.7 cannot go on
     * without it: it prints the message and exits (status 2) in the middle of the file.
     */
    static Optional<String> required(Directive d, int slot, Diagnostics diag) {
        if (slot < d.words().size()) {
            return Optional.of(d.words().get(slot));
        }
        throw diag.missingWord(d, slot);
    }

    /** set_value(): the words after the keyword, joined by single spaces. */
    static String value(Directive d) {
        return String.join(" ", d.args());
    }

    /**
     * An optional switch: bare means on, else a {@link KeepalivedNumbers#checkTrueFalse} word; anything else is
     * reported with {@code message} + the word and leaves the setting alone.
     */
    static Optional<Boolean> optionalSwitch(Directive d, String message, Diagnostics diag) {
        return ValueSyntax.flag(d, diag, arg -> message + " " + arg);
    }
}
