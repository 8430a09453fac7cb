package org.keepalived4j.cli;

import java.util.Optional;

/**
 * The signal functions of {@code --signum}, with the numbers keepalived 2.2.7 prints on Linux
 * (amd64, glibc: SIGRTMIN is 34), so scripts written as {@code kill -$(keepalived --signum=RELOAD)}
 * work unchanged.
 */
enum SignalFunction {
    STOP(15), RELOAD(1), DATA(10), STATS(12), STATS_CLEAR(63), JSON(36);

    final int number;

    SignalFunction(int number) {
        this.number = number;
    }

    /** By exact name, as keepalived matches it: {@code stop} and {@code 15} are unknown. */
    static Optional<SignalFunction> named(String name) {
        for (SignalFunction f : values()) {
            if (f.name().equals(name)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
