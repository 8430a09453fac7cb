package org.keepalived4j.config.lvs;

import java.io.ByteArrayOutputStream;

/**
 * keepalived's read_hex_str() for UDP_CHECK: hex digits in pairs, spaces and tabs between
 * octets, a lone digit before a space (or at the end) making one octet; in reply patterns
 * {@code x}/{@code X} stands for any nibble.
 */
final class HexText {

    private static final int INVALID = 0xff;
    private static final int WILDCARD = 0xfe;

    private HexText() {
    }

    /**
     * Null if keepalived refuses the text. It refuses, as 2.2.7 does, any text whose last octet is
     * 0xff: that value doubles as its "bad digit" marker.
     */
    static org.keepalived4j.config.lvs.Checker.HexPattern parse(String s, boolean wildcards) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ByteArrayOutputStream mask = new ByteArrayOutputStream();
        int i = 0;
        int val = 0;
        while (true) {
            while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) {
                i++;
            }
            if (i >= s.length()) {
                break;
            }
            val = nibble(s.charAt(i++), wildcards);
            if (val == INVALID) {
                break;
            }
            int m = 0;
            if (val == WILDCARD) {
                m = 0x0f;
                val = 0;
            }
            if (i < s.length() && s.charAt(i) != ' ') {
                int high = val << 4;
                m <<= 4;
                val = nibble(s.charAt(i++), wildcards);
                if (val == INVALID) {
                    break;
                }
                if (val == WILDCARD) {
                    m |= 0x0f;
                    val = 0;
                }
                val |= high;
            }
            bytes.write(val);
            mask.write(m);
        }
        if (val == INVALID || bytes.size() == 0) {
            return null;
        }
        return new org.keepalived4j.config.lvs.Checker.HexPattern(bytes.toByteArray(), mask.toByteArray());
    }

    private static int nibble(char c, boolean wildcards) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        char u = c >= 'a' ? (char) (c - ('a' - 'A')) : c;
        if (u >= 'A' && u <= 'F') {
            return u - 'A' + 10;
        }
        if (wildcards && u == 'X') {
            return WILDCARD;
        }
        return INVALID;
    }
}
