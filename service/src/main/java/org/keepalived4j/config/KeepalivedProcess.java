package org.keepalived4j.config;

/**
 * The readers of keepalived.conf in {@code keepalived -t}, in the order they read it. Each one
 * runs keepalived's parser over the whole text with only its own top-level keywords active; it
 * skips the blocks of the others by counting braces. So where the text is broken each may see a
 * different block structure, and each reports what it sees.
 */
public enum KeepalivedProcess {
    /** The parent: {@code global_defs} and the other global keywords. */
    PARENT,
    /** The checker: virtual servers, {@code SSL}, {@code track_file}, {@code bfd_instance}. */
    CHECKER,
    /** VRRP: instances, scripts, groups, static addresses, {@code track_file}, {@code bfd_instance}. */
    VRRP,
    /** BFD: {@code bfd_instance}. */
    BFD
}
