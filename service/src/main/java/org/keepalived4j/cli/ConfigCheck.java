package org.keepalived4j.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.keepalived4j.config.ConfigErrorKind;
import org.keepalived4j.config.ConfigLoader;
import org.keepalived4j.config.Diagnostic;
import org.keepalived4j.config.dump.ConfigDump;
import org.keepalived4j.daemon.ConfigSource;

/**
 * {@code -t/--config-test}: reads the configuration, prints every problem keepalived 2.2.7 would
 * print (and only those), and exits as it does: 0 when nothing was found, otherwise the class of
 * the last kind met in keepalived's order (4 cannot run, 5 error, 6 script security), or 2 when
 * reading stopped at a line that lacks a parameter.
 *
 * <p>One deliberate difference: a main file that does not exist exits 4 here; keepalived 2.2.7
 * prints "Config files missing" and exits 0, which lets a mistyped {@code -f} path pass a check.
 */
final class ConfigCheck {

    /** The exit code when the check itself failed (not the configuration): keepalived's program error (EX_SOFTWARE). */
    static final int INTERNAL_ERROR = 70;

    private final ConfigSource source;
    private final boolean allConfig;

    ConfigCheck(ConfigSource source) {
        this(source, false);
    }

    /** @param allConfig {@code -e}: every include that finds no file is an error */
    ConfigCheck(ConfigSource source, boolean allConfig) {
        this.source = source;
        this.allConfig = allConfig;
    }

    /**
     * @param commandLineError whether the command line already had a counted problem (an invalid
     *                         {@code -S}), which keepalived counts as a configuration error
     * @param report           where problems go (stderr, or the {@code -t} log file)
     * @param out              where {@code -d} writes the dump
     */
    int run(String mainFile, String configId, boolean dump, boolean commandLineError, PrintStream report,
            PrintStream out) {
        List<ConfigErrorKind> met = new ArrayList<>();
        if (commandLineError) {
            met.add(ConfigErrorKind.GENERAL_ERROR);
        }
        if (!source.exists(mainFile)) {
            report.println("Config files missing '" + mainFile + "'.");
            met.add(ConfigErrorKind.FILE_NOT_FOUND);
            return exitCode(met);
        }
        ConfigLoader.Result result;
        try {
            result = source.load(mainFile, configId, allConfig);
        } catch (RuntimeException e) {
            report.println("keepalived4j: internal error while reading " + mainFile + ": " + e);
            return INTERNAL_ERROR;
        }
        for (Diagnostic d : result.diagnostics().printed()) {
            report.println(d.keepalivedFormat());
        }
        report.flush();
        if (result.diagnostics().aborted()) {
            for (Diagnostic d : result.diagnostics().all()) {
                if (!d.kind().counts() && !d.pos().isKnown()) {
                    report.println(d.message()); // why reading stopped, when it is no config error
                }
            }
            return result.diagnostics().configTestExitCode(); // keepalived stopped reading: nothing to dump
        }
        result.diagnostics().deciding().ifPresent(met::add);
        if (dump) {
            out.print(ConfigDump.dump(result.config()));
            out.flush();
        }
        return exitCode(met);
    }

    /** keepalived keeps the last kind met in its enum order; the exit code follows from that kind. */
    static int exitCode(List<ConfigErrorKind> met) {
        return met.stream().max(Comparator.naturalOrder()).map(k -> k.exitClass.exitCode).orElse(0);
    }
}
