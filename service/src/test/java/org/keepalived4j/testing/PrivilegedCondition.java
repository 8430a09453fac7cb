package org.keepalived4j.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Enables {@link Privileged} tests only when running as root and `ip netns add` works (probed once per JVM
 * with a namespace that is deleted at once). System property {@value #MODE_PROPERTY}: "auto" (default) skips
 * when either is missing; "off" always skips; "require" fails instead of skipping, for CI runs that must not
 * pass by skipping. The environment variable {@value #MODE_ENVIRONMENT} sets the same when the property is absent.
 */
public final class PrivilegedCondition implements ExecutionCondition {

    public static final String TAG = "privileged";
    public static final String MODE_PROPERTY = "keepalived4j.netns";
    static final String NEEDS = "needs root and network namespaces";
    private static final ExtensionContext.Namespace STORE = ExtensionContext.Namespace.create(PrivilegedCondition.class);

    /** What this machine allows, and why not if it does not. */
    record Privileges(boolean granted, String reason) {
        static Privileges available() {
            return new Privileges(true, "root and network namespaces available");
        }

        static Privileges denied(String why) {
            return new Privileges(false, NEEDS + ": " + why);
        }
    }

    enum Mode {
        AUTO, OFF, REQUIRE;

        static Mode of(String value) {
            if (value == null || value.isBlank()) {
                return AUTO;
            }
            return switch (value.strip().toLowerCase(Locale.ROOT)) {
                case "auto" -> AUTO;
                case "off", "skip", "false" -> OFF;
                case "require", "required", "on", "true" -> REQUIRE;
                default -> throw new IllegalArgumentException(MODE_PROPERTY + " must be auto, off or require: " + value);
            };
        }
    }

    /** The environment variable CI sets so that a root run cannot pass by skipping (README's command stays plain). */
    public static final String MODE_ENVIRONMENT = "KEEPALIVED4J_NETNS";

    /** The system property wins over the environment variable. */
    static Mode configuredMode() {
        String property = System.getProperty(MODE_PROPERTY);
        return Mode.of(property != null && !property.isBlank() ? property : System.getenv(MODE_ENVIRONMENT));
    }

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        Privileges privileges = privileges(context);
        if (privileges.granted()) {
            return ConditionEvaluationResult.enabled(privileges.reason());
        }
        if (configuredMode() == Mode.REQUIRE) {
            throw new IllegalStateException(privileges.reason() + " (and -D" + MODE_PROPERTY + "=require)");
        }
        return ConditionEvaluationResult.disabled(privileges.reason());
    }

    /** The machine's privileges, found out once per JVM; a skip is announced once on stderr as well. */
    static Privileges privileges(ExtensionContext context) {
        return context.getRoot().getStore(STORE).getOrComputeIfAbsent(Privileges.class, key -> {
            Mode mode = configuredMode();
            Privileges found = probe(mode);
            if (!found.granted()) {
                System.err.println("[netns] privileged tests will " + (mode == Mode.REQUIRE ? "fail" : "be skipped")
                        + ": " + found.reason());
            }
            return found;
        }, Privileges.class);
    }

    static Privileges probe(Mode mode) {
        if (mode == Mode.OFF) {
            return Privileges.denied("switched off by -D" + MODE_PROPERTY + "=off");
        }
        OptionalLong uid = effectiveUid(readProcStatus());
        if (uid.isEmpty()) {
            return Privileges.denied("cannot read the effective uid from /proc/self/status");
        }
        if (uid.getAsLong() != 0) {
            return Privileges.denied("running as uid " + uid.getAsLong() + ", not root");
        }
        return probeNamespaces();
    }

    private static Privileges probeNamespaces() {
        LanId probe = LanId.fresh(ProcessHandle.current().pid(), ThreadLocalRandom.current(), List.of());
        String name = probe.namespace("probe");
        try {
            CommandResult added = Commands.run(List.of("ip", "netns", "add", name));
            if (!added.succeeded()) {
                return Privileges.denied("`ip netns add` failed: " + added.stderr().strip());
            }
            Commands.run(List.of("ip", "netns", "del", name));
            return Privileges.available();
        } catch (RuntimeException e) {
            return Privileges.denied("cannot run `ip netns`: " + e.getMessage());
        }
    }

    private static String readProcStatus() {
        try {
            return Files.readString(Path.of("/proc/self/status"));
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }

    /** The effective uid: the second number of the "Uid:" line (real, effective, saved, filesystem). */
    static OptionalLong effectiveUid(String procStatus) {
        for (String line : procStatus.split("\n")) {
            if (line.startsWith("Uid:")) {
                String[] ids = line.substring(4).strip().split("\\s+");
                if (ids.length >= 2) {
                    try {
                        return OptionalLong.of(Long.parseLong(ids[1]));
                    } catch (NumberFormatException e) {
                        return OptionalLong.empty();
                    }
                }
            }
        }
        return OptionalLong.empty();
    }
}
