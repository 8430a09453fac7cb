package org.keepalived4j.vrrp;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Decides which receive errors and send failures are worth a log line: the first of each cause
 * per instance, then at most one a minute while the cause persists, so that a flood of bad packets
 * costs counters, not a flooded log. Owned by the loop thread.
 */
final class ProtocolErrorLog {

    static final long QUIET_NANOS = 60_000_000_000L;

    private record Key(String instance, Object cause) {
    }

    private final Map<Key, Long> lastLogged = new HashMap<>();

    /** Whether this occurrence at {@code now} should be logged (and reported as an event). */
    boolean shouldReport(String instance, Object cause, long now) {
        Key key = new Key(Objects.requireNonNullElse(instance, ""), cause);
        Long last = lastLogged.get(key);
        if (last != null && now - last < QUIET_NANOS) {
            return false;
        }
        lastLogged.put(key, now);
        return true;
    }
}
