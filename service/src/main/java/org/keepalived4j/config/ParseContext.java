package org.keepalived4j.config;

import java.util.Objects;

/** What every keyword handler may consult while one configuration is being read. */
public record ParseContext(Diagnostics diagnostics, HostFacts host) {

    public ParseContext {
        Objects.requireNonNull(diagnostics, "diagnostics");
        Objects.requireNonNull(host, "host");
    }
}
