package org.keepalived4j.config.lvs;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The LVS part of the configuration: the virtual servers that survived validation (in file
 * order), the virtual server groups, and the SSL client context of the SSL_GET checkers.
 */
public record LvsConfig(List<VirtualServer> virtualServers, List<VirtualServerGroup> groups, Optional<SslContext> ssl) {

    public static final LvsConfig EMPTY = new LvsConfig(List.of(), List.of(), Optional.empty());

    public LvsConfig {
        virtualServers = List.copyOf(virtualServers);
        groups = List.copyOf(groups);
        Objects.requireNonNull(ssl, "ssl");
    }

    /** The group of that name (the first one, as keepalived looks them up). */
    public Optional<VirtualServerGroup> group(String name) {
        return groups.stream().filter(g -> g.name().equals(name)).findFirst();
    }

    /** Whether any SSL_GET checker needs an SSL context (keepalived makes one if none is configured). */
    public boolean needsSsl() {
        return virtualServers.stream().flatMap(v -> v.realServers().stream()).flatMap(r -> r.checkers().stream())
                .anyMatch(c -> c instanceof Checker.HttpGet h && h.ssl());
    }
}
