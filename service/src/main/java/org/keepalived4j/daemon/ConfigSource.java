package org.keepalived4j.daemon;

import org.keepalived4j.config.ConfigLoader;

/**
 * Where the daemon and {@code -t} get keepalived.conf from. Behind an interface so the command
 * line and the lifecycle are tested without files and without the real reader.
 */
public interface ConfigSource {

    /**
     * Whether the main file exists: keepalived's "Config files missing" check, made before
     * reading. The main file may be a glob pattern, as for keepalived.
     */
    boolean exists(String mainFile);

    /**
     * Reads, parses and validates the configuration; problems are in the result's diagnostics.
     *
     * @param allConfig {@code -e}: every include that finds no file is an error
     */
    ConfigLoader.Result load(String mainFile, String configId, boolean allConfig);
}
