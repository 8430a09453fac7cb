package org.keepalived4j.daemon;

import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.keepalived4j.config.KeepalivedConfig;
import org.keepalived4j.events.EventSource;
import org.keepalived4j.model.ManagementContext;
import org.keepalived4j.model.VrrpControl;
import org.keepalived4j.model.VrrpView;

/** The context plugins see: the configuration in force (swapped on reload) and the live VRRP model. */
final class LiveManagementContext implements ManagementContext {

    private final AtomicReference<KeepalivedConfig> config;
    private final DaemonSettings settings;
    private final String version;
    private final VrrpView vrrp;
    private final VrrpControl vrrpControl;
    private final EventSource events;

    LiveManagementContext(KeepalivedConfig initial, DaemonSettings settings, String version, VrrpView vrrp,
            VrrpControl vrrpControl, EventSource events) {
        this.config = new AtomicReference<>(Objects.requireNonNull(initial, "initial"));
        this.settings = settings;
        this.version = version;
        this.vrrp = Objects.requireNonNull(vrrp, "vrrp");
        this.vrrpControl = Objects.requireNonNull(vrrpControl, "vrrpControl");
        this.events = Objects.requireNonNull(events, "events");
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

    @Override
    public VrrpView vrrp() {
        return vrrp;
    }

    @Override
    public VrrpControl vrrpControl() {
        return vrrpControl;
    }

    @Override
    public EventSource events() {
        return events;
    }
}
