package org.keepalived4j.config.global;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * How the configuration itself is handled, and process-wide file settings.
 *
 * @param tmpConfigDirectory {@code tmp_config_directory}: where the copy of the read config is kept
 * @param configSaveDir      {@code config_save_dir}: where configs are saved around reloads
 * @param includeCheck       {@code include_check}, as last set
 * @param randomSeed         {@code random_seed}: seed for {@code ${_RANDOM}}
 * @param dataUseInstance    {@code data_use_instance}: dump file names carry the instance name
 * @param umask              {@code umask} (default IWGRP|IWOTH = 022)
 */
public record ConfigFileSettings(Optional<String> tmpConfigDirectory, Optional<String> configSaveDir,
                                 IncludeCheck includeCheck, OptionalLong randomSeed, boolean dataUseInstance,
                                 int umask) {

    public static final int DEFAULT_UMASK = 0022;

    public static final ConfigFileSettings DEFAULT = new ConfigFileSettings(Optional.empty(), Optional.empty(),
            IncludeCheck.NONE, OptionalLong.empty(), false, DEFAULT_UMASK);

    public ConfigFileSettings {
        Objects.requireNonNull(tmpConfigDirectory, "tmpConfigDirectory");
        Objects.requireNonNull(configSaveDir, "configSaveDir");
        Objects.requireNonNull(includeCheck, "includeCheck");
        Objects.requireNonNull(randomSeed, "randomSeed");
    }
}
