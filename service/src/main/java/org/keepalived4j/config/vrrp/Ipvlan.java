package org.keepalived4j.config.vrrp;

import java.util.Objects;
import java.util.Optional;
import org.keepalived4j.config.IpPrefix;

/** {@code use_ipvlan [NAME] [IP] [bridge|private|vepa]}: an ipvlan interface instead of a macvlan. */
public record Ipvlan(Optional<String> interfaceName, Optional<IpPrefix> address, Mode mode) {

    public enum Mode { BRIDGE, PRIVATE, VEPA }

    public Ipvlan {
        Objects.requireNonNull(interfaceName, "interfaceName");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(mode, "mode");
    }
}
