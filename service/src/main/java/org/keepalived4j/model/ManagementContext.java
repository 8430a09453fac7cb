package org.keepalived4j.model;

import java.util.Optional;
import org.keepalived4j.events.EventSource;
import org.keepalived4j.config.KeepalivedConfig;

/**
 * What the daemon gives a {@link ManagementPlugin}: the configuration in force, the plugin's own
 * settings, the live VRRP model (snapshots), the way to change it (commands) and the events of
 * every transition. New subsystems add methods here, so that existing plugins keep compiling.
 */
public interface ManagementContext {

    /** The configuration in force now; after a reload (SIGHUP) this returns the new one. */
    KeepalivedConfig config();

    /**
     * A daemon setting from {@code keepalived4j.properties} (after system property and environment
     * overrides), e.g. {@code keepalived4j.jmx.remote.port}. Empty if it is not set or blank.
     */
    Optional<String> setting(String key);

    /** The version of keepalived4j, e.g. {@code 0.1.0}. */
    String version();

    /** The live VRRP instances; never blocks the VRRP loop. */
    VrrpView vrrp();

    /** Submits changes (priority, preemption) to the running VRRP instances. */
    VrrpControl vrrpControl();

    /** Every state change and protocol error, delivered on the subscriber's own thread. */
    EventSource events();
}
