package org.keepalived4j.config.global;

import java.util.Objects;
import java.util.OptionalLong;

/**
 * Receive buffer of one netlink socket ({@code *_rcv_bufs BYTES}, {@code *_rcv_bufs_force <BOOL>}).
 *
 * @param size  bytes; empty = the system default
 * @param force use SO_RCVBUFFORCE, which may exceed rmem_max
 */
public record NetlinkBuffer(OptionalLong size, boolean force) {

    public static final NetlinkBuffer DEFAULT = new NetlinkBuffer(OptionalLong.empty(), false);

    public NetlinkBuffer {
        Objects.requireNonNull(size, "size");
    }
}
