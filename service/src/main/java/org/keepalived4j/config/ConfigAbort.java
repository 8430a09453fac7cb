package org.keepalived4j.config;

/**
 * Thrown when keepalived 2.2.7 would stop reading the configuration altogether: a handler asked
 * for a word the line does not have (keepalived's {@code strvec_slot} exits the process with
 * status 2 there, even under {@code -t}). Only {@link ConfigLoader} catches it.
 */
public final class ConfigAbort extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Diagnostic diagnostic;

    ConfigAbort(Diagnostic diagnostic) {
        super(diagnostic.toString(), null, false, false);
        this.diagnostic = diagnostic;
    }

    public Diagnostic diagnostic() {
        return diagnostic;
    }
}
