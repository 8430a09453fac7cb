package org.keepalived4j.daemon;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.OptionalLong;
import java.util.function.LongPredicate;

/**
 * The pid file of the running daemon ({@code -p}), as keepalived keeps it: the decimal pid and a
 * newline. A file naming a live process other than this one means the daemon is already running;
 * a file naming a dead process is stale and is replaced.
 */
public final class PidFile {

    /** The outcome of {@link #claim()}. */
    public enum Claim { WRITTEN, ALREADY_RUNNING }

    private final Path path;
    private final long pid;
    private final LongPredicate alive;

    /**
     * @param alive tells whether a process with that pid exists (injected so tests need no real
     *              second process)
     */
    public PidFile(Path path, long pid, LongPredicate alive) {
        this.path = path;
        this.pid = pid;
        this.alive = alive;
    }

    /** The pid file of this process. */
    public static PidFile ofThisProcess(Path path) {
        return new PidFile(path, ProcessHandle.current().pid(),
                p -> ProcessHandle.of(p).map(ProcessHandle::isAlive).orElse(false));
    }

    public Path path() {
        return path;
    }

    /** The pid another daemon recorded there, if it is still running. */
    public OptionalLong runningOwner() {
        OptionalLong recorded = recorded();
        if (recorded.isPresent() && recorded.getAsLong() != pid && alive.test(recorded.getAsLong())) {
            return recorded;
        }
        return OptionalLong.empty();
    }

    /**
     * Writes this process's pid, unless another live daemon owns the file. Creates the directory if
     * it is missing. The file appears whole or not at all (written aside, then renamed).
     */
    public Claim claim() throws IOException {
        if (runningOwner().isPresent()) {
            return Claim.ALREADY_RUNNING;
        }
        Path dir = path.toAbsolutePath().getParent();
        if (dir != null) {
            Files.createDirectories(dir);
        }
        // named by our pid, not by Files.createTempFile: its random name costs a start-up some 20 ms
        // of seeding SecureRandom; created anew, never through a link someone left in its place
        Path tmp = (dir == null ? Path.of("") : dir).resolve("." + path.getFileName() + "." + pid + ".tmp");
        Files.deleteIfExists(tmp);
        try {
            Files.write(tmp, (pid + "\n").getBytes(StandardCharsets.US_ASCII), StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS);
            tmp.toFile().setReadable(true, false);
            try {
                Files.move(tmp, path, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, path, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
        return Claim.WRITTEN;
    }

    /** Removes the file if it still names this process (a successor may have replaced it). */
    public void release() throws IOException {
        OptionalLong recorded = recorded();
        if (recorded.isPresent() && recorded.getAsLong() == pid) {
            Files.deleteIfExists(path);
        }
    }

    private OptionalLong recorded() {
        try {
            String text = Files.readString(path, StandardCharsets.US_ASCII).trim();
            return OptionalLong.of(Long.parseLong(text));
        } catch (NoSuchFileException e) {
            return OptionalLong.empty();
        } catch (IOException | NumberFormatException e) {
            return OptionalLong.empty();
        }
    }
}
