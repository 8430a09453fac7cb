package org.keepalived4j.config.lvs;

import java.util.Objects;
import org.keepalived4j.config.IpAddress;

/** What a {@code virtual_server} line names: an address and port, a firewall mark, or a group. */
public sealed interface ServiceAddress {

    /** {@code virtual_server IP [PORT]}; port 0 means none was given. */
    record Socket(IpAddress address, int port) implements ServiceAddress {
        public Socket {
            Objects.requireNonNull(address, "address");
        }
    }

    /** {@code virtual_server fwmark N}. */
    record Fwmark(long mark) implements ServiceAddress {
    }

    /**
     * {@code virtual_server group NAME}. {@code memberIndex} numbers the virtual servers that use
     * the same group, in file order from 0: keepalived shows it where a port would be
     * ({@code [NAME]:0}) and uses it to tell them apart.
     */
    record Group(String name, int memberIndex) implements ServiceAddress {
        public Group {
            Objects.requireNonNull(name, "name");
        }
    }
}
