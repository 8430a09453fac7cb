package org.keepalived4j.daemon;

/** What a signal asks of the daemon, as keepalived defines them ({@code --signum}). */
public enum DaemonSignal {
    /** SIGTERM or SIGINT: stop cleanly. */
    STOP,
    /** SIGHUP: re-read the configuration. */
    RELOAD,
    /** SIGUSR1: write the data dump. */
    DATA,
    /** SIGUSR2: write the statistics dump. */
    STATS
}
