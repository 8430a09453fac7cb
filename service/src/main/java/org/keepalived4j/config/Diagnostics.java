package org.keepalived4j.config;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * Collects every problem met while reading, parsing and validating one configuration. Not thread
 * safe: one instance belongs to one load of the configuration.
 */
public final class Diagnostics {

    private final List<Diagnostic> all = new ArrayList<>();
    private ConfigErrorKind last;
    /** The exit code keepalived ends with when it stops reading early; null while reading goes on. */
    private Integer stoppedWith;

    /** keepalived's exit status when it stops reading the configuration ({@code KEEPALIVED_EXIT_CONFIG}). */
    public static final int ABORT_EXIT_CODE = 2;

    public Diagnostic report(ConfigErrorKind kind, SourcePos pos, String message) {
        Diagnostic d = new Diagnostic(kind, pos, message);
        all.add(d);
        if (kind.counts()) {
            last = lastOf(last, kind);
        }
        return d;
    }

    public Diagnostic error(SourcePos pos, String message) {
        return report(ConfigErrorKind.GENERAL_ERROR, pos, message);
    }

    public Diagnostic warning(SourcePos pos, String message) {
        return report(ConfigErrorKind.WARNING, pos, message);
    }

    public Diagnostic fatal(SourcePos pos, String message) {
        return report(ConfigErrorKind.FATAL, pos, message);
    }

    public Diagnostic notice(SourcePos pos, String message) {
        return report(ConfigErrorKind.NOTICE, pos, message);
    }

    public Diagnostic invalidNumber(SourcePos pos, String message) {
        return report(ConfigErrorKind.INVALID_NUMBER, pos, message);
    }

    public Diagnostic missingParameter(SourcePos pos, String message) {
        return report(ConfigErrorKind.MISSING_PARAMETER, pos, message);
    }

    /**
     * A line lacks a word its keyword needs, where keepalived 2.2.7 gives up on the whole
     * configuration: reports it with keepalived's wording and stops the load.
     *
     * @param d       the line
     * @param missing the index in {@code d.words()} of the missing word (1 = first argument)
     * @throws ConfigAbort always
     */
    public ConfigAbort missingWord(Directive d, int missing) {
        return missingWord(d.pos(), d.words(), missing);
    }

    /** {@link #missingWord(Directive, int)} for a line given as its words. */
    public ConfigAbort missingWord(SourcePos pos, List<String> words, int missing) {
        String first = words.isEmpty() ? "***MISSING ***" : words.get(0);
        String message = missing > 0 && missing - 1 < words.size()
                ? "*** Configuration line starting `" + first + "` is missing a parameter after keyword `"
                        + words.get(missing - 1) + "` at word position " + (missing + 1)
                : "*** Configuration line starting `" + first + "` is missing a parameter at word position " + (missing + 1);
        Diagnostic diag = report(ConfigErrorKind.MISSING_PARAMETER, pos, message);
        forgetWhatKeepalivedNeverReaches(pos);
        stoppedWith = ABORT_EXIT_CODE;
        throw new ConfigAbort(diag);
    }

    /**
     * keepalived reads, parses and reports in one pass, so when it stops at a line it has said
     * nothing of what lies after it, nor run the checks that follow reading. We read the text
     * first and parse each family after, so drop what was found past the stopping line.
     */
    private void forgetWhatKeepalivedNeverReaches(SourcePos stop) {
        Diagnostic last = all.get(all.size() - 1);
        all.removeIf(d -> d != last && (!d.pos().isKnown()
                || d.pos().file().equals(stop.file()) && d.pos().line() > stop.line()));
        this.last = null;
        for (Diagnostic d : all) {
            if (d.kind().counts()) {
                this.last = lastOf(this.last, d.kind());
            }
        }
    }

    /**
     * {@code net_namespace} names a namespace that does not exist: keepalived's parent, which has
     * read the whole text but parsed only the global part, gives up before the VRRP and checker
     * processes would parse the rest, and ends with status 0 whatever it printed.
     *
     * @throws ConfigAbort always
     */
    public ConfigAbort namespaceUnavailable(String namespace) {
        Diagnostic diag = notice(SourcePos.NONE, "Unable to set network namespace " + namespace + " - exiting");
        stoppedWith = 0;
        throw new ConfigAbort(diag);
    }

    /** Whether reading stopped early (see {@link #missingWord} and {@link #namespaceUnavailable}). */
    public boolean aborted() {
        return stoppedWith != null;
    }

    public Diagnostic unknownKeyword(SourcePos pos, String keyword) {
        return report(ConfigErrorKind.UNKNOWN_KEYWORD, pos, "Unknown keyword '" + keyword + "'");
    }

    public Diagnostic deprecated(SourcePos pos, String message) {
        return report(ConfigErrorKind.DEPRECATED, pos, message);
    }

    public List<Diagnostic> all() {
        return Collections.unmodifiableList(all);
    }

    /** Only those that {@code keepalived -t} would count (everything but notices). */
    public List<Diagnostic> counted() {
        return all.stream().filter(d -> d.kind().counts()).toList();
    }

    /** What {@code keepalived -t} prints: the counted problems and the uncounted ones it still shows. */
    public List<Diagnostic> printed() {
        return all.stream().filter(d -> d.kind().printed()).toList();
    }

    public boolean isEmpty() {
        return counted().isEmpty();
    }

    /** The kind that decides the exit code of {@code -t}, if any problem was counted. */
    public Optional<ConfigErrorKind> deciding() {
        return Optional.ofNullable(last);
    }

    /**
     * The exit code of {@code -t}, as keepalived 2.2.7 computes it: 2 if reading stopped early; else it remembers the highest kind
     * in {@link ConfigErrorKind}'s order (which its source calls "decreasing order of severity",
     * so a later warning hides an earlier fatal error), then maps that one kind to 0, 4, 5 or 6.
     */
    public int configTestExitCode() {
        if (stoppedWith != null) {
            return stoppedWith;
        }
        return last == null ? 0 : last.exitClass.exitCode;
    }

    private static ConfigErrorKind lastOf(ConfigErrorKind a, ConfigErrorKind b) {
        return a == null || b.compareTo(a) > 0 ? b : a;
    }
}
