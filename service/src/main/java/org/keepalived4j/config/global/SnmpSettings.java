package org.keepalived4j.config.global;

import java.util.Objects;
import java.util.Optional;

/**
 * SNMP (AgentX) switches. The {@code -x} command-line option, which turns all MIB parts on, is
 * the command line's business and is not reflected here.
 *
 * @param socket  {@code snmp_socket}: the AgentX master, if given
 * @param vrrp    {@code enable_snmp_vrrp} (alias {@code enable_snmp_keepalived})
 * @param checker {@code enable_snmp_checker}
 * @param rfcV2   {@code enable_snmp_rfcv2}, or {@code enable_snmp_rfc}
 * @param rfcV3   {@code enable_snmp_rfcv3}, or {@code enable_snmp_rfc}
 * @param traps   {@code enable_traps}
 */
public record SnmpSettings(Optional<String> socket, boolean vrrp, boolean checker, boolean rfcV2, boolean rfcV3,
                           boolean traps) {

    public static final String DEFAULT_SOCKET = "unix:/var/agentx/master";

    public static final SnmpSettings DEFAULT = new SnmpSettings(Optional.empty(), false, false, false, false, false);

    public SnmpSettings {
        Objects.requireNonNull(socket, "socket");
    }

    public String effectiveSocket() {
        return socket.orElse(DEFAULT_SOCKET);
    }
}
