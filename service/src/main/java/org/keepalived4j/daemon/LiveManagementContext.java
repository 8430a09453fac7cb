package org.keepalived4j.daemon;

import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.keepalived4j.config.KeepalivedConfig;
import org.keepalived4j.model.ManagementContext;

/** The context plugins see: the configuration in force, swapped on reload. */
final class LiveManagementContext implements ManagementContext {

    private final AtomicReference<KeepalivedConfig> config;
    private final DaemonSettings settings;
    private final String version;

    LiveManagementContext(KeepalivedConfig initial, DaemonSettings settings, String version) {
        this.config = new AtomicReference<>(Objects.requireNonNull(initial, "initial"));
        this.settings = settings;
        this.version = version;
    }

    void replace(KeepalivedConfig next) {
        config.set(Objects.requireNonNull(next, "next"));
    }

    @Override
    public KeepalivedConfig config() {
        return config.get();
    }

    @Override
    public Optional<String> setting(String key) {
        return settings.setting(key);
    }

    @Override
    public String version() {
        return version;
    }
}
