package org.keepalived4j.config.bfd;

import java.util.Objects;

/**
 * What a VRRP instance's {@code track_bfd NAME} refers to: the bfd_instance's default weight.
 * A positive weight is added to the priority while the session is up, a negative one
 * subtracted while it is down; {@code reverse} swaps up and down.
 */
public record BfdTrack(String name, int weight, boolean reverse) {

    public BfdTrack {
        Objects.requireNonNull(name, "name");
        if (weight < -253 || weight > 253) {
            throw new IllegalArgumentException("weight " + weight);
        }
    }
}
