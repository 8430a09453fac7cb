package org.keepalived4j.config;

import java.util.Objects;

/**
 * Where a piece of configuration came from: the file as it was named (the path given with
 * {@code -f} or written after {@code include}) and the 1-based line in it. Survives includes,
 * parameter substitution and {@code ~SEQ} expansion, so every message can name its origin.
 */
public record SourcePos(String file, int line) implements Comparable<SourcePos> {

    /** For diagnostics that belong to the configuration as a whole, not to one line. */
    public static final SourcePos NONE = new SourcePos("", 0);

    public SourcePos {
        Objects.requireNonNull(file, "file");
    }

    public boolean isKnown() {
        return line > 0;
    }

    /** keepalived's own prefix, {@code (file: Line N)}, so users can grep one way for both daemons. */
    public String keepalivedPrefix() {
        return isKnown() ? "(" + file + ": Line " + line + ") " : "";
    }

    @Override
    public int compareTo(SourcePos o) {
        int c = file.compareTo(o.file);
        return c != 0 ? c : Integer.compare(line, o.line);
    }

    @Override
    public String toString() {
        return isKnown() ? file + ":" + line : "<config>";
    }
}
