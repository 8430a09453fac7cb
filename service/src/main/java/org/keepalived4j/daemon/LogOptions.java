package org.keepalived4j.daemon;

import java.util.Objects;

/**
 * What the command line says about logging.
 *
 * @param console  {@code -l}: human-readable lines on the console (stderr)
 * @param noSyslog {@code -G}: no syslog-style lines on stdout
 * @param detail   how many times {@code -D} was given: 0 info, 1 debug, 2 or more trace
 * @param facility {@code -S}: the facility in the priority prefix
 * @param quiet    {@code -t}: a config test writes its findings itself; nothing else unless {@code -l}
 */
public record LogOptions(boolean console, boolean noSyslog, int detail, SyslogFacility facility, boolean quiet) {

    public LogOptions {
        Objects.requireNonNull(facility, "facility");
    }

    public static LogOptions defaults() {
        return new LogOptions(false, false, 0, SyslogFacility.DAEMON, false);
    }
}
