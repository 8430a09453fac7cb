package org.keepalived4j.config.lvs;

import java.util.Objects;
import org.keepalived4j.config.IpAddress;

/**
 * {@code sorry_server IP [PORT]}: put in the pool when the quorum is lost. {@code inhibit} adds it
 * with weight 0 instead of removing it ({@code sorry_server_inhibit}).
 */
public record SorryServer(IpAddress address, int port, boolean inhibit, Forwarding forwarding) {

    public SorryServer {
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(forwarding, "forwarding");
    }
}
