package org.keepalived4j.daemon;

import java.util.Optional;

/** The syslog facilities keepalived's {@code -S/--log-facility} can choose, with their syslog codes. */
public enum SyslogFacility {
    USER(1), DAEMON(3),
    LOCAL0(16), LOCAL1(17), LOCAL2(18), LOCAL3(19), LOCAL4(20), LOCAL5(21), LOCAL6(22), LOCAL7(23);

    /** The facility number of RFC 5424 (the priority is facility * 8 + severity). */
    public final int code;

    SyslogFacility(int code) {
        this.code = code;
    }

    /**
     * Reads {@code -S} as keepalived 2.2.7 does: a decimal 0-7 (leading zeros allowed) or
     * {@code local0}-{@code local7} mean LOCAL0-LOCAL7 (no digits at all counts as 0, as in
     * keepalived); {@code user} and {@code daemon} name themselves. Anything else (upper case,
     * {@code 8}, {@code -1}, {@code kern}) is refused.
     */
    public static Optional<SyslogFacility> parse(String text) {
        String digits = text.startsWith("local") ? text.substring(5) : text;
        if (digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            // keepalived's number reader takes no digits as 0: "-S ''" and "-S local" mean LOCAL0
            String stripped = digits.isEmpty() ? "0" : digits.replaceFirst("^0+(?=.)", "");
            if (stripped.length() == 1 && stripped.charAt(0) <= '7') {
                return Optional.of(values()[LOCAL0.ordinal() + (stripped.charAt(0) - '0')]);
            }
            return Optional.empty();
        }
        return switch (text) {
            case "user" -> Optional.of(USER);
            case "daemon" -> Optional.of(DAEMON);
            default -> Optional.empty();
        };
    }

    /**
     * The syslog priority prefix number journald reads from a line starting {@code <N>}, for each
     * log4j level (FATAL is crit, ERROR err, WARN warning, INFO info, DEBUG and TRACE debug), in
     * the form log4j's {@code %level{...}} pattern takes.
     */
    public String levelPriorities() {
        return "FATAL=" + (code * 8 + 2) + ", ERROR=" + (code * 8 + 3) + ", WARN=" + (code * 8 + 4)
                + ", INFO=" + (code * 8 + 6) + ", DEBUG=" + (code * 8 + 7) + ", TRACE=" + (code * 8 + 7);
    }
}
