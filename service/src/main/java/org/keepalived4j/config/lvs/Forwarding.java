package org.keepalived4j.config.lvs;

import java.util.Objects;

/**
 * How IPVS forwards to a real server ({@code lvs_method}/{@code lb_kind}), with the tunnel
 * options that {@code TUN} may carry.
 *
 * @param tunnelPort the GUE port, 0 unless the tunnel type is GUE
 */
public record Forwarding(Method method, TunnelType tunnelType, int tunnelPort, TunnelChecksum tunnelChecksum) {

    public enum Method { NAT, DR, TUN }

    public enum TunnelType { IPIP, GUE, GRE }

    public enum TunnelChecksum { NOCSUM, CSUM, REMCSUM }

    /** keepalived's default when nothing is configured. */
    public static final Forwarding NAT = new Forwarding(Method.NAT, TunnelType.IPIP, 0, TunnelChecksum.NOCSUM);

    public Forwarding {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(tunnelType, "tunnelType");
        Objects.requireNonNull(tunnelChecksum, "tunnelChecksum");
    }

    public Forwarding withMethod(Method m) {
        return new Forwarding(m, tunnelType, tunnelPort, tunnelChecksum);
    }
}
