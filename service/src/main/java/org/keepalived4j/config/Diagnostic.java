package org.keepalived4j.config;

import java.util.Objects;

/** One problem found in the configuration, with the place it was found. */
public record Diagnostic(ConfigErrorKind kind, SourcePos pos, String message) {

    public Diagnostic {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(pos, "pos");
        Objects.requireNonNull(message, "message");
    }

    /** The line as {@code keepalived -t} prints it: {@code (file: Line N) message}. */
    public String keepalivedFormat() {
        return pos.keepalivedPrefix() + message;
    }

    @Override
    public String toString() {
        return (pos.isKnown() ? pos + ": " : "") + kind.name().toLowerCase(java.util.Locale.ROOT) + ": " + message;
    }
}
