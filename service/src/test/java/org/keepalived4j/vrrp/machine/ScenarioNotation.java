package org.keepalived4j.vrrp.machine;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Times and actions as scenario files write them, both ways, so that a failing replay prints the
 * actual stream in the syntax one pastes into the file.
 */
final class ScenarioNotation {

    private ScenarioNotation() {
    }

    /** "3.609375" or "3.609375s", "250ms", "3906us", "1ns"; never negative; exact to the nanosecond. */
    static long parseTime(String text) {
        String number = text;
        long unit = 1_000_000_000L;
        if (text.endsWith("ms")) {
            unit = 1_000_000L;
            number = text.substring(0, text.length() - 2);
        } else if (text.endsWith("us")) {
            unit = 1_000L;
            number = text.substring(0, text.length() - 2);
        } else if (text.endsWith("ns")) {
            unit = 1L;
            number = text.substring(0, text.length() - 2);
        } else if (text.endsWith("s")) {
            number = text.substring(0, text.length() - 1);
        }
        if (!number.matches("\\d+(\\.\\d+)?")) {
            throw new IllegalArgumentException("not a time: '" + text + "' (write e.g. 3.609375, 250ms, 3906us)");
        }
        BigDecimal nanos = new BigDecimal(number).multiply(BigDecimal.valueOf(unit));
        if (nanos.stripTrailingZeros().scale() > 0) {
            throw new IllegalArgumentException("time '" + text + "' is finer than a nanosecond");
        }
        return nanos.longValueExact();
    }

    /** Seconds with as many decimals as needed: 3.609375, 0.000001, 12. */
    static String formatTime(long nanos) {
        if (nanos == Long.MAX_VALUE) {
            return "none";
        }
        return new BigDecimal(nanos).divide(BigDecimal.valueOf(1_000_000_000L), 9, RoundingMode.UNNECESSARY)
                .stripTrailingZeros().toPlainString();
    }

    static String describe(Action action) {
        // Java 17 has no pattern switch; the sealed interface keeps this list complete by review
        if (action instanceof Action.SendAdvert a) {
            return "send advert prio " + a.priority();
        } else if (action instanceof Action.StateChanged s) {
            return "state " + s.from() + "->" + s.to() + " " + s.reason();
        } else if (action instanceof Action.MasterChanged m) {
            return "master " + m.master().map(Object::toString).orElse("none");
        } else if (action instanceof Action.AddAddresses) {
            return "add addresses";
        } else if (action instanceof Action.RemoveAddresses) {
            return "remove addresses";
        } else if (action instanceof Action.Announce) {
            return "announce";
        } else if (action instanceof Action.LowerPriorityAdvertSeen l) {
            return "lower priority advert prio " + l.priority() + " from " + l.source();
        }
        throw new IllegalArgumentException("unknown action " + action);
    }
}
