package org.keepalived4j.testing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How to start a long-running process in a host: a label (names its run directory and error messages),
 * the command line, and environment variables added to the JVM's own.
 */
public record Launch(String label, List<String> argv, Map<String, String> environment) {

    public Launch {
        if (!label.matches("[A-Za-z0-9_.-]{1,40}")) {
            throw new IllegalArgumentException("label must be 1-40 of [A-Za-z0-9_.-]: " + label);
        }
        if (argv.isEmpty()) {
            throw new IllegalArgumentException("empty command line");
        }
        argv = List.copyOf(argv);
        environment = Map.copyOf(environment);
    }

    public static Launch of(String label, String... argv) {
        return new Launch(label, List.of(argv), Map.of());
    }

    public static Launch of(String label, List<String> argv) {
        return new Launch(label, argv, Map.of());
    }

    public Launch withEnvironment(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(environment);
        more.put(name, value);
        return new Launch(label, argv, more);
    }
}
