package org.keepalived4j.model;

import java.util.Optional;
import org.keepalived4j.config.KeepalivedConfig;

/**
 * What the daemon gives a {@link ManagementPlugin}. For now: the configuration in force and the
 * plugin's own settings. Live snapshots, commands and events are added here as the subsystems that
 * produce them arrive, as new methods, so that existing plugins keep compiling.
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
}
