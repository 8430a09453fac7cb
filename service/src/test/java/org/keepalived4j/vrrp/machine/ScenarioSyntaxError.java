package org.keepalived4j.vrrp.machine;

/** A scenario file that cannot be read; the message starts with {@code file:line:}. */
final class ScenarioSyntaxError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    ScenarioSyntaxError(String file, int line, String message) {
        super(file + ":" + line + ": " + message);
    }
}
