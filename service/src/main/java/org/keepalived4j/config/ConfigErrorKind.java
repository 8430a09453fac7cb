package org.keepalived4j.config;

/**
 * The classes of configuration problem keepalived 2.2.7 distinguishes, in keepalived's order. The
 * order matters: {@code keepalived -t} keeps the <em>last</em> kind in this order that it met
 * (not the most severe), and its exit code follows from that one kind alone; see
 * {@link Diagnostics#configTestExitCode()}.
 */
public enum ConfigErrorKind {
    /** A configuration file (or a directory given as one) could not be read. */
    FILE_NOT_FOUND(ExitClass.CANNOT_RUN),
    /** An interface the configuration needs does not exist. */
    BAD_IF(ExitClass.CANNOT_RUN),
    /** The configuration cannot be run at all. */
    FATAL(ExitClass.CANNOT_RUN),
    MULTIPLE_FILES(ExitClass.ERROR),
    UNKNOWN_KEYWORD(ExitClass.ERROR),
    UNEXPECTED_BOB(ExitClass.ERROR),
    MISSING_BOB(ExitClass.ERROR),
    UNEXPECTED_EOB(ExitClass.ERROR),
    MISSING_EOB(ExitClass.ERROR),
    UNMATCHED_QUOTE(ExitClass.ERROR),
    MISSING_PARAMETER(ExitClass.ERROR),
    INVALID_NUMBER(ExitClass.ERROR),
    GENERAL_ERROR(ExitClass.ERROR),
    WARNING(ExitClass.ERROR),
    DEPRECATED(ExitClass.ERROR),
    /** Scripts configured that would run as root from writable paths without script security. */
    SECURITY_ERROR(ExitClass.SECURITY),
    /**
     * Printed by {@code -t} but not counted: keepalived reports these with {@code CONFIG_OK}
     * (an include that matches nothing, when include_check does not ask for it).
     */
    UNCOUNTED(ExitClass.NONE),
    /**
     * Logged but not counted: keepalived writes these with its normal logger, so they never change
     * the result of {@code -t}. Ours are ordered last but excluded from the exit code.
     */
    NOTICE(ExitClass.NONE);

    /** What a kind means for {@code -t}. */
    public enum ExitClass {
        NONE(0), CANNOT_RUN(4), ERROR(5), SECURITY(6);

        public final int exitCode;

        ExitClass(int exitCode) {
            this.exitCode = exitCode;
        }
    }

    public final ExitClass exitClass;

    ConfigErrorKind(ExitClass exitClass) {
        this.exitClass = exitClass;
    }

    public boolean counts() {
        return exitClass != ExitClass.NONE;
    }

    /** Whether {@code keepalived -t} prints problems of this kind. */
    public boolean printed() {
        return this != NOTICE;
    }
}
