package org.keepalived4j.testing;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A long-running process started in a namespace ({@code ip netns exec NS argv...}, which execs, so the pid is
 * the command's own). Its stdout and stderr go, interleaved, to {@link #output()} in its own run directory,
 * which is also its working directory. Everything is done by pid: stop sends TERM to this pid, waits, then
 * KILLs it and whatever it had spawned.
 */
public final class HostProcess {

    public static final Duration DEFAULT_STOP_GRACE = Duration.ofSeconds(5);
    private static final Duration POLL = Duration.ofMillis(20);
    private static final Duration AFTER_KILL = Duration.ofSeconds(5);
    private static final Duration ORPHAN_GRACE = Duration.ofMillis(500);
    private static final File NO_INPUT = new File("/dev/null");

    private final String label;
    private final String namespace;
    private final Process process;
    private final Path runDir;
    private final Path output;
    private final Set<ProcessHandle> family = new LinkedHashSet<>();

    private HostProcess(String label, String namespace, Process process, Path runDir, Path output) {
        this.label = label;
        this.namespace = namespace;
        this.process = process;
        this.runDir = runDir;
        this.output = output;
    }

    static HostProcess start(String namespace, Launch launch, Path runDir) {
        List<String> argv = new ArrayList<>(List.of("ip", "netns", "exec", namespace));
        argv.addAll(launch.argv());
        Path output = runDir.resolve("output.log");
        try {
            Files.createDirectories(runDir);
            ProcessBuilder builder = new ProcessBuilder(argv)
                    .directory(runDir.toFile())
                    .redirectInput(NO_INPUT)
                    .redirectErrorStream(true)
                    .redirectOutput(output.toFile());
            builder.environment().putAll(launch.environment());
            return new HostProcess(launch.label(), namespace, builder.start(), runDir, output);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + launch.label() + " in " + namespace, e);
        }
    }

    public String label() {
        return label;
    }

    public String namespace() {
        return namespace;
    }

    public long pid() {
        return process.pid();
    }

    public Path runDir() {
        return runDir;
    }

    /** A file in the run directory, e.g. a pid file the process writes. */
    public Path file(String name) {
        return runDir.resolve(name);
    }

    /** The file that receives stdout and stderr. */
    public Path output() {
        return output;
    }

    /** The process and everything it has spawned that still runs, e.g. keepalived's VRRP child. */
    public List<ProcessHandle> processTree() {
        List<ProcessHandle> tree = new ArrayList<>();
        tree.add(process.toHandle());
        process.descendants().forEach(tree::add);
        return List.copyOf(tree);
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** The exit code once the process has ended (128 + signal number if a signal ended it). */
    public OptionalInt exitCode() {
        return process.isAlive() ? OptionalInt.empty() : OptionalInt.of(process.exitValue());
    }

    /** The complete lines printed so far (an unterminated last line counts only once the process ended). */
    public List<String> lines() {
        boolean ended = !process.isAlive();
        String text = outputText();
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        // split leaves "" after a final newline, or the unfinished line the process is still writing
        String last = lines.remove(lines.size() - 1);
        if (ended && !last.isEmpty()) {
            lines.add(last);
        }
        return List.copyOf(lines);
    }

    public String outputText() {
        try {
            return new String(Files.readAllBytes(output), StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits for a line containing the fragment anywhere in the output. */
    public OutputLine awaitLine(String fragment, Duration timeout) {
        return awaitLineAfter(0, Pattern.compile(Pattern.quote(fragment)), timeout);
    }

    /** Waits for a line in which the pattern is found anywhere in the output. */
    public OutputLine awaitLine(Pattern pattern, Duration timeout) {
        return awaitLineAfter(0, pattern, timeout);
    }

    /** Waits for a line containing the fragment after the given one, e.g. the next state change. */
    public OutputLine awaitLineAfter(OutputLine previous, String fragment, Duration timeout) {
        return awaitLineAfter(previous.number(), Pattern.compile(Pattern.quote(fragment)), timeout);
    }

    /**
     * Waits for a line after line number {@code afterLine} (0 = from the start) in which the pattern is found.
     * Fails as soon as the process has ended without printing one, or when the timeout passes, showing the
     * last lines of output either way.
     */
    public OutputLine awaitLineAfter(int afterLine, Pattern pattern, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (true) {
            boolean ended = !process.isAlive();
            List<String> lines = lines();
            for (int i = afterLine; i < lines.size(); i++) {
                if (pattern.matcher(lines.get(i)).find()) {
                    return new OutputLine(i + 1, lines.get(i));
                }
            }
            if (ended) {
                throw new AssertionError(this + " exited with " + process.exitValue() + " before printing a line matching /"
                        + pattern + "/" + tailForMessage());
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError(this + " printed no line matching /" + pattern + "/ within " + timeout
                        + tailForMessage());
            }
            pause();
        }
    }

    /** Waits for the process to end by itself and returns its exit code. */
    public int awaitExit(Duration timeout) {
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new AssertionError(this + " still runs after " + timeout + tailForMessage());
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for " + this, e);
        }
    }

    /** Sends a signal to this pid (never by name: only what we started). */
    public void signal(Signal signal) {
        if (!process.isAlive()) {
            throw new IllegalStateException(this + " has already exited with " + process.exitValue());
        }
        Commands.run(List.of("kill", "-s", Integer.toString(signal.number()), Long.toString(pid()))).orThrow();
    }

    /** Stops with {@link #DEFAULT_STOP_GRACE}. */
    public int stop() {
        return stop(DEFAULT_STOP_GRACE);
    }

    /**
     * TERM, then KILL if it still runs after the grace period; whatever it had spawned and left running is
     * KILLed too. Returns the exit code (143 after TERM, 137 after KILL, or the daemon's own).
     */
    public synchronized int stop(Duration grace) {
        beginStop();
        finishStop(Instant.now().plus(grace));
        awaitReaped();
        return exitCode().orElseThrow(() -> new IllegalStateException(this + " survived SIGKILL"));
    }

    /**
     * The process may already be a zombie (gone, for {@link #running}) while the JDK has not yet
     * reaped it, and only then is its exit code known: give the reaper a moment.
     */
    private void awaitReaped() {
        boolean interrupted = Thread.interrupted();
        try {
            Instant deadline = Instant.now().plus(AFTER_KILL);
            while (process.isAlive() && Instant.now().isBefore(deadline)) {
                try {
                    process.waitFor(POLL.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** First half of a stop, so that a LAN can TERM all its processes at once and then wait once. */
    synchronized void beginStop() {
        if (process.isAlive()) {
            rememberFamily();
            process.destroy();
        }
    }

    /**
     * Second half of a stop: waits until the deadline, then KILLs what still runs. An interrupt does not cut
     * it short (the processes must not outlive the test); it is kept for the caller.
     */
    synchronized void finishStop(Instant deadline) {
        InterruptLatch interrupts = new InterruptLatch(Thread.interrupted());
        try {
            if (!interrupts.waitUntil(process.toHandle(), deadline)) {
                rememberFamily();
                process.destroyForcibly();
                interrupts.waitUntil(process.toHandle(), Instant.now().plus(AFTER_KILL));
            }
            // What it spawned and left behind gets its own TERM now, and a short grace even if ours is used up.
            List<ProcessHandle> orphans = family.stream().filter(HostProcess::running).toList();
            orphans.forEach(ProcessHandle::destroy);
            Instant orphanDeadline = later(deadline, Instant.now().plus(ORPHAN_GRACE));
            for (ProcessHandle orphan : orphans) {
                if (!interrupts.waitUntil(orphan, orphanDeadline)) {
                    orphan.destroyForcibly();
                    interrupts.waitUntil(orphan, Instant.now().plus(AFTER_KILL));
                }
            }
        } finally {
            if (interrupts.seen) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private void rememberFamily() {
        process.descendants().forEach(family::add);
    }

    /** Alive and not a zombie: an orphan nobody has reaped yet is as good as gone. */
    static boolean running(ProcessHandle handle) {
        if (!handle.isAlive()) {
            return false;
        }
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(handle.pid()), "stat"));
            int afterName = stat.lastIndexOf(')');
            return afterName < 0 || stat.length() < afterName + 3 || stat.charAt(afterName + 2) != 'Z';
        } catch (IOException gone) {
            return false;
        }
    }

    /** Waits that note an interrupt instead of obeying it, so the caller can re-assert it afterwards. */
    private static final class InterruptLatch {
        private boolean seen;

        InterruptLatch(boolean seen) {
            this.seen = seen;
        }

        /** True if the process ended by the deadline. */
        boolean waitUntil(ProcessHandle handle, Instant deadline) {
            while (running(handle)) {
                if (Instant.now().isAfter(deadline)) {
                    return false;
                }
                try {
                    Thread.sleep(POLL.toMillis());
                } catch (InterruptedException e) {
                    seen = true;
                }
            }
            return true;
        }
    }

    /** The last lines of output, for failure messages and kept evidence. */
    public String tail(int count) {
        List<String> lines = lines();
        if (lines.isEmpty() && !outputText().isEmpty()) {
            lines = List.of(outputText());
        }
        return lines.subList(Math.max(0, lines.size() - count), lines.size()).stream()
                .map(line -> "  | " + line)
                .collect(Collectors.joining("\n"));
    }

    private String tailForMessage() {
        String tail = tail(20);
        return tail.isEmpty() ? " (no output)" : "; last lines of " + output + ":\n" + tail;
    }

    private static void pause() {
        try {
            Thread.sleep(POLL.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for output", e);
        }
    }

    @Override
    public String toString() {
        return label + " (pid " + pid() + " in " + namespace + ")";
    }
}
