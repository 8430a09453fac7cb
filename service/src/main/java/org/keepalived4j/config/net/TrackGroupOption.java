package org.keepalived4j.config.net;

import java.util.Optional;

/** The {@code track_group NAME} option of static addresses, routes and rules, read as keepalived reads it. */
final class TrackGroupOption {

    private Optional<String> group = Optional.empty();

    /**
     * Reads one {@code track_group NAME}: an unknown group is reported and ignored.
     *
     * @return false for a second one, where keepalived reports it and reads no further option
     */
    boolean read(String name, NetEntryParser parser, EntryLine line) {
        if (group.isPresent()) {
            line.error("track_group " + name + " is a duplicate");
            return false;
        }
        if (parser.trackGroupDefined(name)) {
            group = Optional.of(name);
        } else {
            line.error("track_group " + name + " not found");
        }
        return true;
    }

    /** Drops the group, reporting why, when the entry has nothing to track it on. */
    void refuse(EntryLine line, String message) {
        if (group.isPresent()) {
            line.error(message);
            group = Optional.empty();
        }
    }

    Optional<String> value() {
        return group;
    }
}
