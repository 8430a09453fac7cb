package org.keepalived4j.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.Properties;
import org.keepalived4j.config.LiveHostFacts;
import org.keepalived4j.config.text.LocalConfigFiles;
import org.keepalived4j.daemon.ConfigSource;
import org.keepalived4j.daemon.Daemon;
import org.keepalived4j.daemon.DaemonLogging;
import org.keepalived4j.daemon.DaemonOptions;
import org.keepalived4j.daemon.DaemonSettings;
import org.keepalived4j.daemon.FileConfigSource;
import org.keepalived4j.daemon.LogOptions;
import org.keepalived4j.daemon.ManagementPlugins;
import org.keepalived4j.daemon.OsSignals;
import org.keepalived4j.daemon.PidFile;
import org.keepalived4j.daemon.ReadAheadConfigSource;
import org.keepalived4j.daemon.SettingsException;
import org.keepalived4j.linux.NativeBinding;
import org.keepalived4j.vrrp.VrrpPlatform;

/** The real process: local files, this host, this JVM's signals and class path. */
final class LiveCliEnvironment implements CliEnvironment {

    private ManagementPlugins plugins;
    private ConfigSource daemonSource;

    @Override
    public ConfigSource configSource() {
        return new FileConfigSource(new LocalConfigFiles(), new LiveHostFacts());
    }

    @Override
    public void readAhead(String configFile, String configId, boolean allConfig) {
        // then libc: the reader's second task, the daemon's first socket needs it
        daemonSource = new ReadAheadConfigSource(configSource(), configFile, configId, allConfig, NativeBinding::bindNow);
    }

    @Override
    public DaemonSettings settings() throws SettingsException {
        return DaemonSettings.load();
    }

    @Override
    public ManagementPlugins plugins() {
        if (plugins == null) {
            plugins = ManagementPlugins.discover(Thread.currentThread().getContextClassLoader());
        }
        return plugins;
    }

    @Override
    public void applyLogging(LogOptions options, DaemonSettings settingsOrNull) {
        DaemonLogging.apply(options, settingsOrNull == null ? Optional.empty() : settingsOrNull.logConfig());
    }

    @Override
    public int runDaemon(DaemonOptions options, DaemonSettings settings) {
        Daemon daemon = new Daemon(options, settings, daemonSource != null ? daemonSource : configSource(), plugins(), PidFile.ofThisProcess(options.pidFile()),
                VrrpPlatform.linux());
        return daemon.run(new OsSignals());
    }

    @Override
    public String version() {
        try (InputStream in = Keepalived4j.class.getResourceAsStream("version.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
