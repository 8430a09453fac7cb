package org.keepalived4j.config.vrrp;

import java.util.List;
import java.util.Objects;
import org.keepalived4j.config.SourcePos;

/**
 * A {@code vrrp_sync_group}: instances that change state together.
 *
 * @param name           the group name
 * @param pos            the line of {@code vrrp_sync_group}
 * @param members        the member instances that exist and belong to no other group, in the order listed
 * @param tracking       what the group tracks (applied to every member)
 * @param notifications  the group's notify scripts and options
 * @param trackingWeight {@code sync_group_tracking_weight} (or the deprecated {@code global_tracking}):
 *                       members keep their weighted trackers
 */
public record SyncGroup(String name, SourcePos pos, List<String> members, Tracking tracking,
                        Notifications notifications, boolean trackingWeight) {

    public SyncGroup {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(pos, "pos");
        members = List.copyOf(members);
        Objects.requireNonNull(tracking, "tracking");
        Objects.requireNonNull(notifications, "notifications");
    }
}
