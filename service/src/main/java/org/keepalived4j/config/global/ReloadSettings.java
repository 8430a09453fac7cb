package org.keepalived4j.config.global;

import java.util.Objects;
import java.util.Optional;

/**
 * How reloads are checked and scheduled.
 *
 * @param checkConfigLog {@code reload_check_config [LOG_FILE]}: validate before reloading;
 *                       present when set, holding the log file ({@code /dev/null} when bare)
 * @param timeFile       {@code reload_time_file PATH}: a file that schedules a reload
 * @param repeat         {@code reload_repeat}: keep the time file and reload daily
 * @param reloadFile     {@code reload_file [PATH]}: present when set; when bare it is
 *                       {@link #DEFAULT_RELOAD_FILE}, a name in the pid directory
 */
public record ReloadSettings(Optional<String> checkConfigLog, Optional<String> timeFile, boolean repeat,
                             Optional<String> reloadFile) {

    public static final String DEFAULT_CHECK_LOG = "/dev/null";
    public static final String DEFAULT_RELOAD_FILE = "keepalived.reload";

    public static final ReloadSettings DEFAULT = new ReloadSettings(Optional.empty(), Optional.empty(), false,
            Optional.empty());

    public ReloadSettings {
        Objects.requireNonNull(checkConfigLog, "checkConfigLog");
        Objects.requireNonNull(timeFile, "timeFile");
        Objects.requireNonNull(reloadFile, "reloadFile");
    }

    public boolean checkConfig() {
        return checkConfigLog.isPresent();
    }
}
