package org.keepalived4j.config.net;

/** How a route is added: the netlink flags keepalived uses for {@code add}/{@code prepend}/{@code append}. */
public enum RouteAddMode {
    /** The default ({@code ip route prepend}): NLM_F_CREATE only. */
    PREPEND,
    /** {@code add}: NLM_F_CREATE | NLM_F_EXCL, fails if the route exists. */
    ADD,
    /** {@code append}: NLM_F_CREATE | NLM_F_APPEND. */
    APPEND
}
