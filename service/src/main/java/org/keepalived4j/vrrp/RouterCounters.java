package org.keepalived4j.vrrp;

import org.keepalived4j.vrrp.packet.StatsCounter;

/**
 * The router-wide counters of RFC 2787 / RFC 6527 ({@code vrrpRouterChecksumErrors},
 * {@code ...VersionErrors}, {@code ...VrIdErrors}): packets that fail before, or regardless of,
 * the instance they name. Written by the loop thread only, read by snapshot readers.
 */
final class RouterCounters {

    private volatile long checksumErrors;
    private volatile long versionErrors;
    private volatile long vrIdErrors;

    void count(StatsCounter counter) {
        switch (counter) {
            case CHECKSUM_ERRORS -> checksumErrors++;
            case VERSION_ERRORS -> versionErrors++;
            case VRID_ERRORS -> vrIdErrors++;
            default -> throw new IllegalArgumentException(counter + " is not a router-wide counter");
        }
    }

    void unknownVrid() {
        vrIdErrors++;
    }

    long checksumErrors() {
        return checksumErrors;
    }

    long versionErrors() {
        return versionErrors;
    }

    long vrIdErrors() {
        return vrIdErrors;
    }
}
