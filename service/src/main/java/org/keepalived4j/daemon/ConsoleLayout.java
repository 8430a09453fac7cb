package org.keepalived4j.daemon;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.config.Configuration;
import org.apache.logging.log4j.core.layout.AbstractStringLayout;
import org.apache.logging.log4j.core.layout.PatternLayout;

/**
 * keepalived's console lines ({@code -l}): the local time as keepalived's {@code strftime("%a %b %d
 * %H:%M:%S %Y")} writes it in the C locale, then {@code ": "} and the message, laid out by log4j2's
 * {@code %m%n} (exceptions included). What log4j2.xml writes as {@code %d{EEE MMM dd HH:mm:ss yyyy}:
 * %m%n}, without the cost of that date pattern: log4j2 formats it with java.time and the JVM's
 * locale data, some 50 ms of CPU at every start with {@code -l}. The names are always English, as
 * keepalived's are.
 */
final class ConsoleLayout extends AbstractStringLayout {

    private static final String[] DAYS = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    private static final String[] MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
        "Nov", "Dec"};

    private final PatternLayout message;

    ConsoleLayout(Configuration configuration) {
        super(StandardCharsets.UTF_8);
        this.message = PatternLayout.newBuilder().withConfiguration(configuration).withPattern("%m%n").build();
    }

    @Override
    public String toSerializable(LogEvent event) {
        StringBuilder line = new StringBuilder(96);
        appendTime(line, event.getTimeMillis(), ZoneId.systemDefault());
        return line.append(": ").append(message.toSerializable(event)).toString();
    }

    /** {@code Mon Dec 07 15:11:11 2026}: the instant in that zone. */
    static void appendTime(StringBuilder line, long epochMillis, ZoneId zone) {
        long seconds = Math.floorDiv(epochMillis, 1000L);
        LocalDateTime t = LocalDateTime.ofEpochSecond(seconds, 0, zone.getRules().getOffset(Instant.ofEpochSecond(seconds)));
        line.append(DAYS[t.getDayOfWeek().ordinal()]).append(' ').append(MONTHS[t.getMonthValue() - 1]).append(' ');
        twoDigits(line, t.getDayOfMonth()).append(' ');
        twoDigits(line, t.getHour()).append(':');
        twoDigits(line, t.getMinute()).append(':');
        twoDigits(line, t.getSecond()).append(' ').append(t.getYear());
    }

    private static StringBuilder twoDigits(StringBuilder line, int value) {
        return line.append((char) ('0' + value / 10)).append((char) ('0' + value % 10));
    }
}
