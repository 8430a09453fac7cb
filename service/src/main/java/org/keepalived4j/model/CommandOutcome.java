package org.keepalived4j.model;

import java.util.Objects;

/**
 * What became of a {@link VrrpCommand}: applied, or refused with the reason (unknown instance,
 * value out of range, ...) in words that can go back to the operator unchanged.
 */
public record CommandOutcome(boolean applied, String message) {

    public CommandOutcome {
        Objects.requireNonNull(message, "message");
    }

    public static CommandOutcome applied(String message) {
        return new CommandOutcome(true, message);
    }

    public static CommandOutcome refused(String message) {
        return new CommandOutcome(false, message);
    }
}
