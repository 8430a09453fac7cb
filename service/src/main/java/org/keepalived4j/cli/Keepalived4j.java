package org.keepalived4j.cli;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.keepalived4j.daemon.DaemonExit;
import org.keepalived4j.daemon.DaemonOptions;
import org.keepalived4j.daemon.DaemonSettings;
import org.keepalived4j.daemon.LogOptions;
import org.keepalived4j.daemon.SettingsException;
import org.keepalived4j.daemon.SyslogFacility;

/**
 * The {@code keepalived4j} command: keepalived 2.2.7's command line. Options act in the order
 * keepalived acts on them: {@code -h}, {@code -v} and {@code --signum} answer at once when met;
 * unknown options are reported and end the run with 1 after the whole line is read; then either
 * {@code -t} checks the configuration, or the daemon runs in the foreground.
 */
public final class Keepalived4j {

    /** The exit code for a command line keepalived refuses. */
    static final int BAD_OPTION = 1;

    private final CliEnvironment environment;
    private final PrintStream out;
    private final PrintStream err;

    Keepalived4j(CliEnvironment environment, PrintStream out, PrintStream err) {
        this.environment = environment;
        this.out = out;
        this.err = err;
    }

    public static void main(String[] args) {
        int code = new Keepalived4j(new LiveCliEnvironment(), System.out, System.err).run(args);
        // exit explicitly: a plugin may have left non-daemon threads behind
        System.exit(code);
    }

    /** Runs the command line; returns the process exit code. */
    int run(String... args) {
        GetoptScan.Result scan = GetoptScan.scan(Arrays.asList(args), CommandLineOptions.shapes());

        boolean bad = false;
        boolean facilityError = false;
        boolean first = true;
        for (GetoptScan.Item item : scan.items()) {
            if (item instanceof GetoptScan.Refused r) {
                err.println(r.message());
                bad = true;
            } else if (item instanceof GetoptScan.Given g) {
                switch (g.option().longName()) {
                    case "help" -> {
                        err.print(UsageMessage.text());
                        err.flush();
                        return 0;
                    }
                    case "version" -> {
                        err.print(VersionText.of(environment.version(), environment.plugins().names()));
                        err.flush();
                        return 0;
                    }
                    case "signum" -> {
                        return signum(g.value());
                    }
                    case "genhash" -> {
                        if (!first) {
                            err.println("Warning -- `-T` not used as first option, previous options ignored");
                        }
                        err.println("keepalived4j: genhash mode (-T/--genhash) is accepted but not yet supported by keepalived4j");
                        return BAD_OPTION;
                    }
                    case "log-facility" -> {
                        if (SyslogFacility.parse(g.value()).isEmpty()) {
                            err.println("Invalid log facility '" + g.value() + "'");
                            facilityError = true;
                        }
                    }
                    case "umask" -> {
                        if (!validUmask(g.value())) {
                            err.println("Invalid --umask option " + g.value());
                        }
                    }
                    default -> {
                        // bound below
                    }
                }
            }
            first = false;
        }
        if (!scan.operands().isEmpty()) {
            // keepalived prints this and carries on
            out.println("Unexpected argument(s): " + String.join(" ", scan.operands()) + " ");
        }
        if (bad) {
            return BAD_OPTION;
        }

        CommandLineOptions options = new CommandLineOptions();
        for (GetoptScan.Item item : scan.items()) {
            if (item instanceof GetoptScan.Given g) {
                options.set(g.option(), g.value());
            }
        }

        LogOptions logOptions = new LogOptions(options.logConsole, options.noSyslog, options.detail(),
                facility(options), options.configTest != null);
        if (options.configTest != null) {
            return configTest(options, facilityError, logOptions);
        }
        return daemon(options, logOptions, args);
    }

    private int configTest(CommandLineOptions o, boolean facilityError, LogOptions logOptions) {
        environment.applyLogging(logOptions, null);
        ConfigCheck check = new ConfigCheck(environment.configSource(), o.allConfig);
        if (o.configTest.isEmpty()) {
            return check.run(o.useFile, o.configId, o.dumpConf, facilityError, err, out);
        }
        // keepalived appends to the log file, and creates it readable by all
        try (PrintStream log = new PrintStream(new FileOutputStream(o.configTest, true), true, StandardCharsets.UTF_8)) {
            return check.run(o.useFile, o.configId, o.dumpConf, facilityError, log, out);
        } catch (IOException e) {
            err.println("Unable to open config-test log file " + o.configTest + " - " + e.getMessage());
            return BAD_OPTION;
        }
    }

    private int daemon(CommandLineOptions o, LogOptions logOptions, String[] args) {
        environment.readAhead(o.useFile, o.configId, o.allConfig);
        // logging first: reading the settings may log already, as -l, -D and -G say; a log4j2.xml the
        // settings name replaces the built-in configuration after
        environment.applyLogging(logOptions, null);
        DaemonSettings settings;
        try {
            settings = environment.settings();
        } catch (SettingsException e) {
            err.println("keepalived4j: " + e.getMessage());
            return DaemonExit.FATAL;
        }
        if (settings.logConfig().isPresent()) {
            environment.applyLogging(logOptions, settings);
        }
        Path pidFile = o.pidFile != null ? Path.of(o.pidFile) : settings.pidDirectory().resolve("keepalived4j.pid");
        DaemonOptions options = new DaemonOptions(o.useFile, Optional.ofNullable(o.configId), o.allConfig, pidFile, o.dumpConf,
                o.dontReleaseVrrp, o.cleanup, OptionNotes.of(o), List.of(args), environment.version());
        return environment.runDaemon(options, settings);
    }

    private int signum(String name) {
        Optional<SignalFunction> f = SignalFunction.named(name);
        if (f.isEmpty()) {
            err.println("Unknown sigfunc " + name);
            return BAD_OPTION;
        }
        out.println(f.get().number);
        return 0;
    }

    private static SyslogFacility facility(CommandLineOptions o) {
        return o.logFacility == null ? SyslogFacility.DAEMON
                : SyslogFacility.parse(o.logFacility).orElse(SyslogFacility.DAEMON);
    }

    /** keepalived reads the mask with strtol base 0 (octal with a leading 0, hex with 0x) and allows 0-0777. */
    static boolean validUmask(String text) {
        try {
            long v;
            if (text.startsWith("0x") || text.startsWith("0X")) {
                v = Long.parseLong(text.substring(2), 16);
            } else if (text.startsWith("0") && text.length() > 1) {
                v = Long.parseLong(text.substring(1), 8);
            } else {
                v = Long.parseLong(text);
            }
            return v >= 0 && (v & ~0777L) == 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
