package org.keepalived4j.daemon;

/** The daemon's own settings ({@code keepalived4j.properties}) cannot be used as given. */
public final class SettingsException extends Exception {

    private static final long serialVersionUID = 1L;

    public SettingsException(String message) {
        super(message);
    }

    public SettingsException(String message, Throwable cause) {
        super(message, cause);
    }
}
