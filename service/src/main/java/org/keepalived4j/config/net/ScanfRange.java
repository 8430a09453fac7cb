package org.keepalived4j.config.net;

/** What {@code sscanf(text, "%u-%u")} (or {@code %hu}) reads: how many numbers, and their values. */
final class ScanfRange {

    private ScanfRange() {
    }

    /**
     * The numbers read before the first mismatch (0, 1 or 2 of them), each cut to {@code mask} as the
     * C variable's width does; text after the second number is ignored, as scanf does.
     */
    static long[] scan(String text, long mask) {
        CNumber first = CNumber.strtoul(text, 10);
        if (first.end() == 0) {
            return new long[0];
        }
        int at = first.end();
        if (at >= text.length() || text.charAt(at) != '-') {
            return new long[] {first.value() & mask};
        }
        String rest = text.substring(at + 1);
        CNumber second = CNumber.strtoul(rest, 10);
        if (second.end() == 0) {
            return new long[] {first.value() & mask};
        }
        return new long[] {first.value() & mask, second.value() & mask};
    }
}
