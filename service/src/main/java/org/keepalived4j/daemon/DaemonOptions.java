package org.keepalived4j.daemon;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the command line asks of a running daemon.
 *
 * @param configFile  {@code -f}: the main keepalived.conf (may be a glob pattern)
 * @param configId    {@code -i}: the id for {@code @ID} lines; empty means the short host name
 * @param pidFile     {@code -p}, or the default under the pid directory
 * @param dumpConf    {@code -d}: log the parsed configuration after every load
 * @param dontReleaseVrrp {@code -V}: leave the VIPs in place when the daemon stops
 * @param cleanup     {@code --cleanup}: remove the configured VIPs left by an earlier run, then exit
 * @param notes       what to log once at start-up: options accepted but not yet acted on
 * @param commandLine the arguments as given, for the start-up log
 * @param version     keepalived4j's version
 */
public record DaemonOptions(String configFile, Optional<String> configId, boolean allConfig, Path pidFile, boolean dumpConf,
        boolean dontReleaseVrrp, boolean cleanup, List<String> notes, List<String> commandLine, String version) {

    public DaemonOptions {
        Objects.requireNonNull(configFile, "configFile");
        Objects.requireNonNull(configId, "configId");
        Objects.requireNonNull(pidFile, "pidFile");
        notes = List.copyOf(notes);
        commandLine = List.copyOf(commandLine);
        Objects.requireNonNull(version, "version");
    }
}
