package org.keepalived4j.config.text;

import java.util.List;
import java.util.Optional;

/**
 * The file system as the configuration reader sees it: reading a file and expanding an
 * {@code include} pattern. Behind an interface so the reader is tested on in-memory trees.
 */
public interface ConfigFiles {

    /** The text of a file, or empty if it does not exist or cannot be read. */
    Optional<String> read(String path);

    /** The paths matching a glob pattern (absolute, or relative to the working directory), sorted. */
    List<String> glob(String pattern);
}
