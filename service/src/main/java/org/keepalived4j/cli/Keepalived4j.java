package org.keepalived4j.cli;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.keepalived4j.daemon.DaemonExit;
import org.keepalived4j.daemon.DaemonOptions;
import org.keepalived4j.daemon.DaemonSettings;
import org.keepalived4j.daemon.LogOptions;
import org.keepalived4j.daemon.SettingsException;
import org.keepalived4j.daemon.SyslogFacility;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

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
        CommandLineOptions options = new CommandLineOptions();
        CommandSpec spec = CommandSpec.forAnnotatedObject(options);
        List<OptionShape> shapes = shapes(spec);
        GetoptScan.Result scan = GetoptScan.scan(Arrays.asList(args), shapes);

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
                        usage(spec);
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

        try {
            new CommandLine(spec).setOverwrittenOptionsAllowed(true).setExpandAtFiles(false)
                    .setUnmatchedArgumentsAllowed(false).parseArgs(canonical(scan).toArray(String[]::new));
        } catch (CommandLine.ParameterException e) {
            err.println("keepalived4j: " + e.getMessage());
            return BAD_OPTION;
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
        DaemonSettings settings;
        try {
            settings = environment.settings();
        } catch (SettingsException e) {
            err.println("keepalived4j: " + e.getMessage());
            return DaemonExit.FATAL;
        }
        environment.applyLogging(logOptions, settings);
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

    private void usage(CommandSpec spec) {
        err.print(new CommandLine(spec).getUsageMessage(CommandLine.Help.Ansi.OFF));
        err.flush();
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

    /** The options of the annotated model as getopt sees them. */
    static List<OptionShape> shapes(CommandSpec spec) {
        List<OptionShape> shapes = new ArrayList<>();
        for (OptionSpec o : spec.options()) {
            String longName = null;
            char shortName = 0;
            for (String n : o.names()) {
                if (n.startsWith("--")) {
                    longName = n.substring(2);
                } else if (n.length() == 2) {
                    shortName = n.charAt(1);
                }
            }
            OptionShape.Argument argument = o.type() == boolean.class || o.type() == boolean[].class
                    ? OptionShape.Argument.NONE
                    : o.arity().min() == 0 ? OptionShape.Argument.OPTIONAL : OptionShape.Argument.REQUIRED;
            shapes.add(new OptionShape(longName, shortName, argument));
        }
        return shapes;
    }

    /** The options found, as words picocli reads without ambiguity: {@code --name} or {@code --name=value}. */
    private static List<String> canonical(GetoptScan.Result scan) {
        List<String> words = new ArrayList<>();
        for (GetoptScan.Item item : scan.items()) {
            if (item instanceof GetoptScan.Given g) {
                OptionShape s = g.option();
                if (s.argument() == OptionShape.Argument.NONE) {
                    words.add("--" + s.longName());
                } else {
                    // an optional argument given without value becomes the empty string: present, no value
                    words.add("--" + s.longName() + "=" + (g.value() == null ? "" : g.value()));
                }
            }
        }
        return words;
    }
}
