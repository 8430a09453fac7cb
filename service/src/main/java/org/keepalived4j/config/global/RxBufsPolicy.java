package org.keepalived4j.config.global;

import java.util.Objects;
import java.util.OptionalLong;

/**
 * {@code vrrp_rx_bufs_policy MTU|ADVERT|SIZE}: how VRRP sockets size their receive buffers.
 *
 * @param kind what the size follows
 * @param size the size in bytes for {@link Kind#SIZE}
 */
public record RxBufsPolicy(Kind kind, OptionalLong size) {

    public enum Kind {
        /** The kernel's default (rmem_default). */
        SYSTEM_DEFAULT,
        /** Interface MTU times the multiplier, per instance on the socket. */
        MTU,
        /** Advert size times the multiplier, per instance on the socket. */
        ADVERT,
        /** A fixed size. */
        SIZE
    }

    public static final RxBufsPolicy SYSTEM_DEFAULT = new RxBufsPolicy(Kind.SYSTEM_DEFAULT, OptionalLong.empty());

    public RxBufsPolicy {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(size, "size");
        if ((kind == Kind.SIZE) != size.isPresent()) {
            throw new IllegalArgumentException("a size goes with kind SIZE only");
        }
    }
}
