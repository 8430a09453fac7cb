package org.keepalived4j.config.vrrp;

import java.util.List;
import java.util.Objects;
import org.keepalived4j.config.SourcePos;

/**
 * A {@code track_group}: the instances whose state decides whether static addresses, routes and
 * rules marked {@code track_group NAME} are installed.
 */
public record TrackGroup(String name, SourcePos pos, List<String> members) {

    public TrackGroup {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(pos, "pos");
        members = List.copyOf(members);
    }
}
