package org.keepalived4j.testing;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Runs short commands to completion with a bound on their run time. */
final class Commands {

    static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);
    private static final File NO_INPUT = new File("/dev/null");

    private Commands() {
    }

    static CommandResult run(List<String> argv) {
        return run(argv, DEFAULT_TIMEOUT);
    }

    /**
     * Runs argv and waits for it. A command that outlives the timeout is killed and reported as an error,
     * so a wedged tool fails the test instead of hanging the build.
     */
    static CommandResult run(List<String> argv, Duration timeout) {
        Process process;
        try {
            process = new ProcessBuilder(argv).redirectInput(NO_INPUT).start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start `" + String.join(" ", argv) + "`", e);
        }
        // Both streams are drained concurrently: a command that fills one pipe while we read the other would block.
        FutureTask<String> stdout = drain(process.getInputStream(), "stdout of " + argv.get(0));
        FutureTask<String> stderr = drain(process.getErrorStream(), "stderr of " + argv.get(0));
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("`" + String.join(" ", argv) + "` did not finish within " + timeout);
            }
            return new CommandResult(argv, process.exitValue(), collect(stdout), collect(stderr));
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running `" + String.join(" ", argv) + "`", e);
        }
    }

    private static FutureTask<String> drain(InputStream stream, String what) {
        FutureTask<String> task = new FutureTask<>(() -> {
            try (stream) {
                return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
            }
        });
        Thread reader = new Thread(task, what);
        reader.setDaemon(true);
        reader.start();
        return task;
    }

    private static String collect(FutureTask<String> output) throws InterruptedException {
        try {
            // The process has exited; only a grandchild still holding the pipe open could delay EOF.
            return output.get(5, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            return "";
        }
    }
}
