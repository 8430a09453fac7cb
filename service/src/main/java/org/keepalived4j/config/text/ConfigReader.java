package org.keepalived4j.config.text;

import java.util.List;
import org.keepalived4j.config.Diagnostic;
import org.keepalived4j.config.Diagnostics;
import org.keepalived4j.config.Directive;

/**
 * Turns keepalived.conf text into directives: comments, quoting and escapes, {@code include},
 * {@code @ID} conditionals, {@code $NAME} parameters, {@code ~SEQ}/{@code ~LST} expansion and the
 * brace structure, with keepalived's lexical rules. Every directive keeps its file and line.
 */
public final class ConfigReader {

    private final ConfigFiles files;
    private final String configId;
    private final Diagnostics diagnostics;

    /**
     * @param configId    the id {@code @ID} lines are matched against ({@code -i}, default the short host name)
     * @param diagnostics where every problem is reported as a {@link Diagnostic}
     */
    public ConfigReader(ConfigFiles files, String configId, Diagnostics diagnostics) {
        this.files = files;
        this.configId = configId;
        this.diagnostics = diagnostics;
    }

    /** Reads the main file and everything it includes; the top-level directives in order. */
    public List<Directive> read(String mainFile) {
        throw new UnsupportedOperationException("being written");
    }
}
