package org.keepalived4j.cli;

import org.keepalived4j.daemon.ConfigSource;
import org.keepalived4j.daemon.DaemonOptions;
import org.keepalived4j.daemon.DaemonSettings;
import org.keepalived4j.daemon.LogOptions;
import org.keepalived4j.daemon.ManagementPlugins;
import org.keepalived4j.daemon.SettingsException;

/**
 * Everything the command line needs from outside itself; {@link LiveCliEnvironment} is the real
 * process, tests pass fakes so that option handling is tested without files, logging or signals.
 */
interface CliEnvironment {

    ConfigSource configSource();

    /**
     * Starts reading the daemon's configuration (and what else the daemon can prepare early) on
     * another thread while logging is set up and the settings are read; {@link #runDaemon} then
     * uses that reading.
     */
    void readAhead(String configFile, String configId, boolean allConfig);

    DaemonSettings settings() throws SettingsException;

    ManagementPlugins plugins();

    /**
     * Configures logging: the built-in configuration when the settings are absent ({@code -t}, and
     * the daemon before it reads them), else the log4j2.xml they name.
     */
    void applyLogging(LogOptions options, DaemonSettings settingsOrNull);

    /** Runs the daemon until it stops; its exit code. */
    int runDaemon(DaemonOptions options, DaemonSettings settings);

    /** keepalived4j's version, e.g. {@code 0.1.0}. */
    String version();
}
