package org.keepalived4j.daemon;

import java.util.Locale;
import java.util.Optional;

/** How log lines are written ({@code keepalived4j.log.format}). */
public enum LogFormat {
    /** Syslog-style text lines. */
    TEXT,
    /** One JSON object per line; reserved: accepted, written as text until the JSON layout is shipped. */
    JSON;

    static Optional<LogFormat> parse(String text) {
        for (LogFormat f : values()) {
            if (f.name().equals(text.trim().toUpperCase(Locale.ROOT))) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
