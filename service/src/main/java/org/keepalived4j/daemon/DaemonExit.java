package org.keepalived4j.daemon;

/**
 * The exit codes of the daemon (not of {@code -t}), numbered as keepalived 2.2.7 numbers them
 * ({@code KEEPALIVED_EXIT_*}), so that service managers and scripts see the same codes.
 */
public final class DaemonExit {

    /** Stopped by a signal; or another daemon already owns the pid file (as keepalived). */
    public static final int OK = 0;
    /** Could not start: the pid file could not be written, or an internal error. */
    public static final int FATAL = 2;
    /** The configuration has a fatal error. */
    public static final int CONFIG = 3;
    /** The main configuration file does not exist (keepalived 2.2.7 exits 6 here too). */
    public static final int NO_CONFIG = 6;

    private DaemonExit() {
    }
}
