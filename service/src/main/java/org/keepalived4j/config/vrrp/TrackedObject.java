package org.keepalived4j.config.vrrp;

import java.util.Objects;
import org.keepalived4j.config.SourcePos;

/**
 * One line of a {@code track_interface}, {@code track_script}, {@code track_file},
 * {@code track_process} or {@code track_bfd} block: what is tracked, and how its state moves the
 * priority. A weight of 0 means a failure puts the instance in FAULT; {@code reverse} inverts the
 * sense of the tracked state.
 *
 * @param name    the interface, script, file, process or BFD instance tracked
 * @param weight  the weight in effect (the tracker's own default unless the line gave one)
 * @param reverse whether the tracked state counts inverted
 * @param pos     the line of the reference
 */
public record TrackedObject(String name, int weight, boolean reverse, SourcePos pos) {

    public TrackedObject {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(pos, "pos");
    }

    public TrackedObject withWeight(int newWeight) {
        return new TrackedObject(name, newWeight, reverse, pos);
    }
}
