package org.keepalived4j.daemon;

import java.io.IOException;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.stream.Collectors;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.keepalived4j.config.ConfigErrorKind;
import org.keepalived4j.config.ConfigLoader;
import org.keepalived4j.config.Diagnostic;
import org.keepalived4j.config.KeepalivedConfig;
import org.keepalived4j.config.dump.ConfigDump;
import org.keepalived4j.events.EventBus;
import org.keepalived4j.vrrp.VrrpEngine;
import org.keepalived4j.vrrp.VrrpPlatform;

/**
 * The daemon's lifecycle, as far as this build has subsystems: load and check the configuration,
 * own the pid file, start the management plugins, then wait in the foreground for signals: HUP
 * reloads, TERM and INT stop. The waiting thread blocks on a queue that the signal handlers fill,
 * so the daemon uses no CPU while idle.
 */
public final class Daemon {

    private static final Logger LOG = LogManager.getLogger(DaemonLogging.DAEMON);
    private static final Logger CONFIG_LOG = LogManager.getLogger(DaemonLogging.CONFIG);

    private final DaemonOptions options;
    private final DaemonSettings settings;
    private final ConfigSource source;
    private final ManagementPlugins plugins;
    private final PidFile pidFile;
    private final VrrpPlatform vrrpPlatform;
    private final BlockingQueue<DaemonSignal> signals = new LinkedBlockingQueue<>();
    /** The running engine, for the stop signal's fast path; null before the start and after the stop. */
    private volatile VrrpEngine running;

    public Daemon(DaemonOptions options, DaemonSettings settings, ConfigSource source, ManagementPlugins plugins,
            PidFile pidFile, VrrpPlatform vrrpPlatform) {
        this.options = options;
        this.settings = settings;
        this.source = source;
        this.plugins = plugins;
        this.pidFile = pidFile;
        this.vrrpPlatform = vrrpPlatform;
    }

    /** Runs until a stop signal arrives; returns the process exit code ({@link DaemonExit}). */
    public int run(SignalSource signalSource) {
        // handlers first: a TERM that arrives while starting must still remove the pid file
        signalSource.install(this::signalled);
        LOG.info("Starting Keepalived4j v{} (compatible with keepalived 2.2.7)", options.version());
        LOG.info("Running on {} {} {}, Java {} ({})", System.getProperty("os.name"), System.getProperty("os.version"),
                System.getProperty("os.arch"), System.getProperty("java.version"), System.getProperty("java.vendor"));
        LOG.info("Command line: {}", options.commandLine().stream().map(a -> "'" + a + "'")
                .collect(Collectors.joining(" ")));
        LOG.info("Settings: {}", settings.file().map(p -> "file " + p).orElse("built-in defaults (no settings file)"));
        if (signalSource instanceof OsSignals os && !os.refused().isEmpty()) {
            LOG.warn("These signals cannot be handled in this JVM: {}", os.refused());
        }
        if (settings.logFormat() == LogFormat.JSON) {
            LOG.warn("{}=json is accepted but not yet supported by keepalived4j; logging as text", DaemonSettings.LOG_FORMAT);
        }
        for (String note : options.notes()) {
            LOG.warn(note);
        }

        if (!source.exists(options.configFile())) {
            LOG.error("Config files missing '{}'.", options.configFile());
            LOG.info("Stopped Keepalived4j v{}", options.version());
            return DaemonExit.NO_CONFIG;
        }
        Optional<KeepalivedConfig> loaded = load();
        if (loaded.isEmpty()) {
            LOG.info("Stopped Keepalived4j v{}", options.version());
            return DaemonExit.CONFIG;
        }
        if (options.cleanup()) {
            return cleanup(loaded.get());
        }

        try {
            if (pidFile.claim() == PidFile.Claim.ALREADY_RUNNING) {
                OptionalLong owner = pidFile.runningOwner();
                LOG.info("daemon is already running (pid file {} names {})", pidFile.path(),
                        owner.isPresent() ? "pid " + owner.getAsLong() : "another process");
                return DaemonExit.OK;
            }
        } catch (IOException e) {
            LOG.error("Cannot write the pid file {}: {}; name another with -p FILE or set {} ({})", pidFile.path(),
                    e.toString(), DaemonSettings.PID_DIR, DaemonSettings.environmentNameFor(DaemonSettings.PID_DIR));
            LOG.info("Stopped Keepalived4j v{}", options.version());
            return DaemonExit.FATAL;
        }
        LOG.info("Pid file {} written", pidFile.path());

        EventBus bus = new EventBus();
        VrrpEngine vrrp;
        try {
            vrrp = vrrpPlatform.prepare(loaded.get(), bus);
        } catch (IOException | RuntimeException e) {
            LOG.error("Cannot start VRRP: {} (keepalived4j needs CAP_NET_RAW and CAP_NET_ADMIN)", e.getMessage());
            release();
            LOG.info("Stopped Keepalived4j v{}", options.version());
            return DaemonExit.FATAL;
        }
        LiveManagementContext context = new LiveManagementContext(loaded.get(), settings, options.version(), vrrp,
                vrrp, bus);
        // plugins subscribe before the first transition, so that they see every one
        plugins.startAll(context);
        vrrp.start();
        running = vrrp;
        LOG.info("VRRP started: {} instance(s)", loaded.get().vrrp().instances().size());
        if (!loaded.get().lvs().virtualServers().isEmpty() || !loaded.get().bfd().instances().isEmpty()) {
            LOG.warn("The health checkers, LVS and BFD are not in this build yet: virtual_server and bfd_instance "
                    + "blocks are read and checked, and nothing runs for them");
        }
        LOG.info("Ready; waiting for signals (HUP reloads, TERM or INT stops)");

        waitForStop(context);

        LOG.info("Stopping");
        vrrp.stop(options.dontReleaseVrrp());
        running = null;
        plugins.stopAll();
        bus.close();
        release();
        LOG.info("Stopped Keepalived4j v{}", options.version());
        return DaemonExit.OK;
    }

    /**
     * Runs on the JVM's signal thread. A stop reaches the VRRP loop from here directly: the
     * priority-0 adverts are what a backup waits for, and the main thread's wake-up (and its log
     * line) would come before them otherwise. The main thread then stops the rest as usual.
     */
    private void signalled(DaemonSignal signal) {
        VrrpEngine engine = running;
        if (signal == DaemonSignal.STOP && engine != null) {
            engine.beginStop(options.dontReleaseVrrp());
        }
        signals.offer(signal);
    }

    private void release() {
        try {
            pidFile.release();
        } catch (IOException e) {
            LOG.warn("Cannot remove the pid file {}: {}", pidFile.path(), e.toString());
        }
    }

    /** {@code --cleanup}: what a service manager runs after the daemon died, so no VIP outlives it. */
    private int cleanup(KeepalivedConfig config) {
        try {
            vrrpPlatform.removeLeftoverAddresses(config);
            LOG.info("Removed the virtual addresses of {} instance(s) where present", config.vrrp().instances().size());
            return DaemonExit.OK;
        } catch (IOException | RuntimeException e) {
            LOG.error("Cannot remove the virtual addresses: {}", e.getMessage());
            return DaemonExit.FATAL;
        }
    }

    private void waitForStop(LiveManagementContext context) {
        while (true) {
            DaemonSignal s;
            try {
                s = signals.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                LOG.info("Interrupted; stopping");
                return;
            }
            switch (s) {
                case STOP -> {
                    return;
                }
                case RELOAD -> reload(context);
                case DATA -> LOG.warn("The data dump (SIGUSR1) is accepted but not yet supported by keepalived4j");
                case STATS -> LOG.warn("The stats dump (SIGUSR2) is accepted but not yet supported by keepalived4j");
            }
        }
    }

    private void reload(LiveManagementContext context) {
        LOG.info("Reloading");
        if (!source.exists(options.configFile())) {
            LOG.error("Config files missing '{}'; the running configuration is kept", options.configFile());
            return;
        }
        load().ifPresentOrElse(next -> {
            context.replace(next);
            LOG.warn("VRRP instances keep running as started: changes to them take effect at the next restart");
            LOG.info("Reload finished");
        }, () -> LOG.error("Reload failed; the running configuration is kept"));
    }

    /** Loads and logs every finding; empty if the configuration cannot be run at all. */
    private Optional<KeepalivedConfig> load() {
        ConfigLoader.Result result;
        try {
            result = source.load(options.configFile(), options.configId().orElse(null), options.allConfig());
        } catch (RuntimeException e) {
            LOG.error("Cannot read the configuration {}: internal error {}", options.configFile(), e.toString());
            LOG.debug("The internal error in full", e);
            return Optional.empty();
        }
        boolean fatal = false;
        for (Diagnostic d : result.diagnostics().all()) {
            if (!d.kind().counts()) {
                CONFIG_LOG.info(d.keepalivedFormat());
            } else {
                CONFIG_LOG.warn(d.keepalivedFormat());
            }
            fatal |= d.kind() == ConfigErrorKind.FATAL;
        }
        int counted = result.diagnostics().counted().size();
        CONFIG_LOG.info("Configuration {} read: {}", options.configFile(),
                counted == 0 ? "no problems" : counted + " problem(s)");
        if (!result.usable()) {
            CONFIG_LOG.error("Reading of {} stopped at a line that lacks a parameter; the configuration cannot be run",
                    options.configFile());
            return Optional.empty();
        }
        if (fatal) {
            CONFIG_LOG.error("The configuration has a fatal error and cannot be run");
            return Optional.empty();
        }
        if (options.dumpConf()) {
            for (String line : ConfigDump.lines(result.config())) {
                CONFIG_LOG.info(line);
            }
        }
        return Optional.of(result.config());
    }
}
