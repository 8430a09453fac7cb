package org.keepalived4j.daemon;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.keepalived4j.testing.PropertyCheck;

class ConsoleLayoutTest {

    private static String time(long epochMillis, String zone) {
        StringBuilder b = new StringBuilder();
        ConsoleLayout.appendTime(b, epochMillis, ZoneId.of(zone));
        return b.toString();
    }

    @Test
    void writesTheTimeAsKeepalivedsConsoleDoes() {
        long t = Instant.parse("2026-12-07T15:11:11.999Z").toEpochMilli();
        assertThat(time(t, "UTC")).isEqualTo("Mon Dec 07 15:11:11 2026");
        assertThat(time(t, "Europe/Berlin")).isEqualTo("Mon Dec 07 16:11:11 2026");
        assertThat(time(Instant.parse("2026-07-01T00:30:00Z").toEpochMilli(), "America/New_York"))
                .isEqualTo("Tue Jun 30 20:30:00 2026");
        assertThat(time(-1, "UTC")).isEqualTo("Wed Dec 31 23:59:59 1969");
    }

    @Test
    void agreesWithTheDatePatternOfLog4j2XmlInEnglishForAnyInstantAndZone() {
        String[] zones = ZoneId.getAvailableZoneIds().toArray(String[]::new);
        DateTimeFormatter pattern = DateTimeFormatter.ofPattern("EEE MMM dd HH:mm:ss yyyy", Locale.ENGLISH);
        PropertyCheck.forAll("console time", 2000,
                r -> new Object[] {Math.floorMod(r.nextLong(), 4_102_444_800_000L), zones[r.nextInt(zones.length)]},
                c -> {
                    long millis = (long) c[0];
                    String zone = (String) c[1];
                    assertThat(time(millis, zone)).as("%d in %s", millis, zone)
                            .isEqualTo(pattern.format(Instant.ofEpochMilli(millis).atZone(ZoneId.of(zone))));
                });
    }
}
