package org.keepalived4j.config.global;

import java.util.Objects;
import java.util.Optional;

/** {@code enable_dbus}, {@code dbus_service_name}. */
public record DbusSettings(boolean enabled, Optional<String> serviceName) {

    public static final String DEFAULT_SERVICE_NAME = "org.keepalived.Vrrp1";

    public static final DbusSettings DEFAULT = new DbusSettings(false, Optional.empty());

    public DbusSettings {
        Objects.requireNonNull(serviceName, "serviceName");
    }

    public String effectiveServiceName() {
        return serviceName.orElse(DEFAULT_SERVICE_NAME);
    }
}
