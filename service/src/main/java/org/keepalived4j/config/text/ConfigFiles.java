package org.keepalived4j.config.text;

import java.util.List;
import java.util.Optional;

/**
 * The file system as the configuration reader sees it. Paths given to these methods are always
 * absolute; the reader tracks keepalived's working directory itself (keepalived changes into the
 * directory of every file it opens, so relative includes are relative to the including file) and
 * does glob matching itself, so an in-memory tree behaves exactly like a disk.
 */
public interface ConfigFiles {

    /** What {@code stat(2)} says is at a path (symbolic links followed). */
    enum Kind {
        MISSING,
        DIRECTORY,
        /** A regular file without any execute bit: the only kind keepalived reads. */
        FILE,
        /** A regular file with an execute bit set; keepalived refuses to read it. */
        EXECUTABLE_FILE,
        /** A device, socket, fifo, ... */
        OTHER
    }

    /** The text of a file, or why it could not be opened. */
    sealed interface Content {
        record Text(String text) implements Content {
        }

        /** @param reason as {@code strerror(3)} says it, e.g. "Permission denied" */
        record Unreadable(String reason) implements Content {
        }
    }

    /** The absolute directory relative paths start from: the working directory of the process. */
    String workingDirectory();

    Kind kind(String path);

    /** Whether anything, even a dangling symbolic link, is at the path ({@code lstat(2)}). */
    default boolean exists(String path) {
        return kind(path) != Kind.MISSING;
    }

    /** The names in a directory (without "." and ".."), or empty if it cannot be opened. */
    Optional<List<String>> list(String directory);

    Content read(String path);

    /** Whether the process may read the file ({@code access(R_OK)}). */
    default boolean isReadable(String path) {
        return read(path) instanceof Content.Text;
    }

    /** The path with symbolic links resolved, as {@code getcwd(3)} reports a directory. */
    default String realPath(String path) {
        return path;
    }
}
