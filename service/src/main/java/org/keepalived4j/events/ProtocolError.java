package org.keepalived4j.events;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.keepalived4j.config.IpAddress;

/**
 * A received VRRP packet was discarded. Published once per instance and cause until that cause
 * stops for a while, not for every packet, so that a flood cannot flood the subscribers too.
 *
 * @param instance the instance the packet was for; empty when no instance matched (unknown VRID)
 * @param interfaceName where it arrived
 * @param peer its IP source
 * @param cause a stable name of the check that failed (e.g. {@code IP_TTL}, {@code CHECKSUM})
 * @param detail the failed check in words, with the values seen and expected
 * @param v3ProtoErrorReason RFC 6527 {@code vrrpv3StatisticsProtoErrReason} (ipTtlError 1,
 *        versionError 2, checksumError 3, vrIdError 4), 0 when the cause has none
 */
public record ProtocolError(Instant at, Optional<String> instance, String interfaceName, IpAddress peer, String cause,
        String detail, int v3ProtoErrorReason) implements DaemonEvent {

    public ProtocolError {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(instance, "instance");
        Objects.requireNonNull(interfaceName, "interfaceName");
        Objects.requireNonNull(peer, "peer");
        Objects.requireNonNull(cause, "cause");
        Objects.requireNonNull(detail, "detail");
    }
}
