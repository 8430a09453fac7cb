package org.keepalived4j.config;

import java.util.List;
import java.util.Optional;

/**
 * What validation needs to know about the machine it runs on: interfaces (keepalived warns about
 * missing ones), users (script_user), script files (script security). Injected, so validation
 * stays pure: tests describe a host, the daemon asks the real one ({@link LiveHostFacts}).
 */
public interface HostFacts {

    /** A network interface as validation sees it. */
    record NetInterface(String name, int index, boolean loopback, boolean up, List<IpPrefix> addresses) {
        public NetInterface {
            addresses = List.copyOf(addresses);
        }
    }

    /** A file as script security sees it. */
    record FileFacts(boolean regular, boolean executable, int ownerUid, int mode) {
    }

    Optional<NetInterface> networkInterface(String name);

    boolean userExists(String name);

    boolean groupExists(String name);

    Optional<FileFacts> file(String path);

    /**
     * Whether the system resolver knows a host name, as keepalived's {@code getaddrinfo} asks it
     * for {@code smtp_server NAME}: the same lookup, no more.
     */
    boolean resolvesHostName(String name);

    /** Whether a named network namespace exists ({@code ip netns add NAME}), as {@code net_namespace} needs. */
    boolean networkNamespaceExists(String name);

    /** The host name up to the first dot: keepalived's default config id and router_id. */
    String shortHostname();

    /** The full host name. */
    String hostname();
}
