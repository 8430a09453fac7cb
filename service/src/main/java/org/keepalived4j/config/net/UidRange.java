package org.keepalived4j.config.net;

/** A {@code uidrange START-END} of a rule (FRA_UID_RANGE); both ends are unsigned 32-bit. */
public record UidRange(long start, long end) {

    public UidRange {
        if (start < 0 || start > 0xffffffffL || end < 0 || end > 0xffffffffL) {
            throw new IllegalArgumentException("uid range " + start + "-" + end + " outside 32 bits");
        }
    }
}
