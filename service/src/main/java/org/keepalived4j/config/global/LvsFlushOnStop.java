package org.keepalived4j.config.global;

/** {@code lvs_flush_on_stop [VS]}: what is removed from IPVS when keepalived stops. */
public enum LvsFlushOnStop {
    /** Each real and virtual server is removed individually (keepalived's default). */
    DISABLED,
    /** The whole IPVS table is flushed. */
    FULL,
    /** Each virtual server is removed, letting the kernel drop its real servers. */
    VS
}
