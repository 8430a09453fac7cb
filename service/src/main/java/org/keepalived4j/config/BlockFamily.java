package org.keepalived4j.config;

import java.util.Set;

/**
 * A family of top-level blocks (global, VRRP, LVS, BFD): it owns some top-level keywords and
 * accumulates what it reads until the whole text is read. A fresh family is used for every load.
 */
public interface BlockFamily {

    /** The top-level keywords this family handles. */
    Set<String> topLevelKeywords();

    /** Reads one top-level directive whose keyword is one of {@link #topLevelKeywords()}. */
    void accept(Directive d, ParseContext ctx);
}
