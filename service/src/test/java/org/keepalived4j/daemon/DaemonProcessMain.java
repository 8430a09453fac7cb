package org.keepalived4j.daemon;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * A real daemon process for {@link DaemonProcessTest}: real signals, pid file and logging, with the
 * configuration reader replaced by an empty configuration (args: pid file path).
 */
public final class DaemonProcessMain {

    private DaemonProcessMain() {
    }

    public static void main(String[] args) throws Exception {
        DaemonLogging.apply(LogOptions.defaults(), Optional.empty());
        Path pid = Path.of(args[0]);
        DaemonSettings settings = DaemonSettings.load(java.util.Map.of(), new Properties(), Path.of("/nonexistent"));
        Daemon daemon = new Daemon(new DaemonOptions("test.conf", Optional.empty(), false, pid, false, false, false,
                List.of(), List.of(args), "test"), settings, new FakeConfigSource(),
                ManagementPlugins.discover(DaemonProcessMain.class.getClassLoader()), PidFile.ofThisProcess(pid), new FakeVrrpPlatform());
        System.exit(daemon.run(new OsSignals()));
    }
}
