package org.keepalived4j.config.lvs;

import java.util.Optional;
import org.keepalived4j.config.Diagnostics;
import org.keepalived4j.config.IpAddress;
import org.keepalived4j.config.SourcePos;
import org.keepalived4j.config.KeepalivedNumbers;

/**
 * An address and port as keepalived's inet_stosockaddr() reads them: the address text ends at
 * the first '/' or '-' (range and mask suffixes are ignored there), the port must be 1..65535.
 */
record Endpoint(IpAddress address, int port) {

    /** Callers pass no port for a missing one or one written as zeros ("0", "00"). */
    static String nonZeroPort(String port) {
        return port == null || port.chars().allMatch(c -> c == '0') ? null : port;
    }

    static Optional<Endpoint> parse(String ip, String port, SourcePos pos, Diagnostics diag) {
        int p = 0;
        if (port != null) {
            var n = KeepalivedNumbers.readUnsigned(port, 1, 65535, pos, diag);
            if (n.isEmpty()) {
                return Optional.empty();
            }
            p = (int) n.getAsLong();
        }
        int cut = indexOfAny(ip, "/-");
        // the family is chosen by a ':' anywhere in the text, as inet_stosockaddr() does
        boolean v6 = ip.indexOf(':') >= 0;
        Optional<IpAddress> a = IpAddress.parse(cut < 0 ? ip : ip.substring(0, cut)).filter(x -> x.isV4() != v6);
        int fp = p;
        return a.map(addr -> new Endpoint(addr, fp));
    }

    static int indexOfAny(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }
}
