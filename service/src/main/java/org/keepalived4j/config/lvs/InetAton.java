package org.keepalived4j.config.lvs;

import java.util.Optional;
import org.keepalived4j.config.IpAddress;

/**
 * The IPv4 forms getaddrinfo(AI_NUMERICHOST) accepts, as inet_aton(3) reads them: one to four
 * parts, each decimal, octal (leading 0) or hex (0x), the last part filling the remaining bytes
 * ({@code 255.255} is 255.0.0.255).
 */
final class InetAton {

    private InetAton() {
    }

    static Optional<IpAddress> parse(String text) {
        String[] parts = text.split("\\.", -1);
        if (parts.length < 1 || parts.length > 4) {
            return Optional.empty();
        }
        long[] v = new long[parts.length];
        for (int i = 0; i < parts.length; i++) {
            Long p = part(parts[i]);
            if (p == null) {
                return Optional.empty();
            }
            v[i] = p;
        }
        long addr = 0;
        for (int i = 0; i < v.length - 1; i++) {
            if (v[i] > 255) {
                return Optional.empty();
            }
            addr |= v[i] << (24 - 8 * i);
        }
        long last = v[v.length - 1];
        int lastBytes = 5 - v.length;
        if (last >= 1L << (8 * lastBytes)) {
            return Optional.empty();
        }
        addr |= last;
        return Optional.of(IpAddress.of(new byte[] {(byte) (addr >> 24), (byte) (addr >> 16), (byte) (addr >> 8), (byte) addr}));
    }

    private static Long part(String s) {
        if (s.isEmpty()) {
            return null;
        }
        int radix = 10;
        String digits = s;
        if (s.startsWith("0x") || s.startsWith("0X")) {
            radix = 16;
            digits = s.substring(2);
            if (digits.isEmpty()) {
                return 0L;
            }
        } else if (s.length() > 1 && s.charAt(0) == '0') {
            radix = 8;
            digits = s.substring(1);
        }
        final int r = radix;
        if (!digits.chars().allMatch(c -> Character.digit(c, r) >= 0)) {
            return null;
        }
        try {
            long v = Long.parseLong(digits, radix);
            return v < 0 || v > 0xffff_ffffL ? null : v;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
