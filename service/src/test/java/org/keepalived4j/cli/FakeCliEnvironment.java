package org.keepalived4j.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.keepalived4j.daemon.ConfigSource;
import org.keepalived4j.daemon.DaemonOptions;
import org.keepalived4j.daemon.DaemonSettings;
import org.keepalived4j.daemon.FakeConfigSource;
import org.keepalived4j.daemon.LogOptions;
import org.keepalived4j.daemon.ManagementPlugins;
import org.keepalived4j.daemon.SettingsException;

/** The command line's surroundings for tests: records what it was asked to do, runs nothing. */
final class FakeCliEnvironment implements CliEnvironment {

    final FakeConfigSource source = new FakeConfigSource();
    final List<LogOptions> logging = new ArrayList<>();
    final List<DaemonOptions> daemons = new ArrayList<>();
    final List<String> readAhead = new ArrayList<>();
    SettingsException settingsProblem;
    int daemonExit;

    @Override
    public ConfigSource configSource() {
        return source;
    }

    @Override
    public void readAhead(String configFile, String configId, boolean allConfig) {
        readAhead.add(configFile + " " + configId + " " + allConfig);
    }

    @Override
    public DaemonSettings settings() throws SettingsException {
        if (settingsProblem != null) {
            throw settingsProblem;
        }
        Properties system = new Properties();
        system.setProperty("keepalived4j.pid.dir", "/run/test-k4j");
        return DaemonSettings.load(Map.of(), system, Path.of("/nonexistent/keepalived4j.properties"));
    }

    @Override
    public ManagementPlugins plugins() {
        return ManagementPlugins.discover(getClass().getClassLoader());
    }

    @Override
    public void applyLogging(LogOptions options, DaemonSettings settingsOrNull) {
        logging.add(options);
    }

    @Override
    public int runDaemon(DaemonOptions options, DaemonSettings settings) {
        daemons.add(options);
        return daemonExit;
    }

    @Override
    public String version() {
        return "1.2.3";
    }

    DaemonOptions daemon() {
        return daemons.get(daemons.size() - 1);
    }

    LogOptions logOptions() {
        return logging.get(logging.size() - 1);
    }
}
