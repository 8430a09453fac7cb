package org.keepalived4j.config.global;

import java.util.Objects;
import java.util.Optional;
import org.keepalived4j.config.IpAddress;

/**
 * {@code smtp_server IP|NAME [PORT]}. A name is kept as written and resolved when mail is sent
 * (parsing never consults DNS); {@code address} is present when an address literal was given.
 */
public record SmtpServer(String host, Optional<IpAddress> address, int port) {

    public static final int DEFAULT_PORT = 25;

    public SmtpServer {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(address, "address");
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("port " + port);
        }
    }
}
