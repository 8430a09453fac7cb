package org.keepalived4j.config.vrrp;

import java.util.Objects;
import java.util.Optional;
import org.keepalived4j.config.SourcePos;

/**
 * A {@code track_file} (or the deprecated {@code vrrp_track_file}): a file holding a number,
 * watched for changes; the number times the weight moves the priority.
 *
 * @param name          the name referenced by {@code track_file} blocks
 * @param pos           the line of the block
 * @param path          the file watched
 * @param weight        the default weight, -254..254
 * @param weightReverse whether the default weight counts inverted
 * @param init          {@code init_file}: create (or with overwrite, rewrite) the file at start
 */
public record TrackFile(String name, SourcePos pos, String path, int weight, boolean weightReverse,
                        Optional<Init> init) {

    /** {@code init_file [VALUE] [overwrite]}. */
    public record Init(int value, boolean overwrite) {
    }

    public TrackFile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(pos, "pos");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(init, "init");
    }
}
