package org.keepalived4j.config.lvs;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.keepalived4j.config.Diagnostics;
import org.keepalived4j.config.Directive;
import org.keepalived4j.config.IpAddress;
import org.keepalived4j.config.ParseContext;
import org.keepalived4j.config.KeepalivedNumbers;

/**
 * {@code virtual_server_group NAME { ... }}: each line an entry, {@code IP[-END|/LEN] [PORT]} or
 * {@code fwmark N [inet|inet6]}. A bad entry is reported at its line and skipped; a group left
 * empty, or mixing both families with a family-less fwmark, is removed at its closing brace.
 */
final class GroupSyntax {

    private GroupSyntax() {
    }

    static VirtualServerGroup read(Directive d, ParseContext ctx) {
        Diagnostics diag = ctx.diagnostics();
        Optional<String> name = Words.required(d, 1, diag);
        if (name.isEmpty()) {
            return null;
        }
        List<VirtualServerGroup.Entry> entries = new ArrayList<>();
        for (Directive line : d.children()) {
            VirtualServerGroup.Entry e = line.keyword().equals("fwmark") ? fwmark(line, name.get(), diag) : range(line, diag);
            if (e != null) {
                entries.add(e);
            }
        }
        VirtualServerGroup g = new VirtualServerGroup(d.pos(), name.get(), entries);
        if (entries.isEmpty()) {
            diag.error(d.end(), "virtual server group " + g.name() + " has no entries - removing");
            return null;
        }
        if (g.hasIpv4() && g.hasIpv6() && g.hasFwmarkWithoutFamily()) {
            diag.error(d.end(), "virtual server group " + g.name()
                    + " cannot have IPv4, IPv6 and fwmark without family - removing");
            return null;
        }
        return g;
    }

    private static VirtualServerGroup.Entry fwmark(Directive line, String group, Diagnostics diag) {
        Optional<String> w = Words.required(line, 1, diag);
        if (w.isEmpty()) {
            return null;
        }
        var mark = KeepalivedNumbers.readUnsigned(w.get(), 0, KeepalivedNumbers.UINT_MAX, line.pos(), diag);
        if (mark.isEmpty()) {
            diag.error(line.pos(), "(" + group + "): fwmark '" + w.get() + "' must be in [0, " + KeepalivedNumbers.UINT_MAX
                    + "] - ignoring");
            return null;
        }
        Optional<IpAddress.Family> family = Optional.empty();
        if (line.argCount() > 1) {
            switch (line.arg(1)) {
                case "inet" -> family = Optional.of(IpAddress.Family.INET);
                case "inet6" -> family = Optional.of(IpAddress.Family.INET6);
                default -> {
                    diag.error(line.pos(), "(" + group + "): fwmark '" + mark.getAsLong() + "' family " + line.arg(1)
                            + " unknown - ignoring");
                    return null;
                }
            }
        }
        return new VirtualServerGroup.Fwmark(mark.getAsLong(), family);
    }

    private static VirtualServerGroup.Entry range(Directive line, Diagnostics diag) {
        String text = line.keyword();
        String port = Endpoint.nonZeroPort(line.arg(0));
        Optional<Endpoint> start = Endpoint.parse(text, port, line.pos(), diag);
        if (start.isEmpty()) {
            diag.error(line.pos(), "Invalid virtual server group IP address " + text + " "
                    + (port != null ? "/port/" + port : "") + " - skipping");
            return null;
        }
        IpAddress first = start.get().address();
        int p = start.get().port();
        int slash = text.indexOf('/');
        if (slash >= 0) {
            return masked(line, text, first, text.substring(slash + 1), p, diag);
        }
        int dash = text.indexOf('-');
        if (dash >= 0) {
            String end = text.substring(dash + 1);
            if (end.indexOf(first.isV4() ? '.' : ':') >= 0) {
                Optional<Endpoint> last = Endpoint.parse(end, port, line.pos(), diag);
                if (last.isEmpty()) {
                    diag.error(line.pos(), "Invalid range end " + text + " - skipping");
                    return null;
                }
                if (last.get().address().family() != first.family()) {
                    diag.error(line.pos(), "Range address families do not match " + text + " - skipping");
                    return null;
                }
                if (last.get().address().compareTo(first) < 0) {
                    diag.error(line.pos(), "Address range end is less than address range start - " + text + " - skipping");
                    return null;
                }
                return new VirtualServerGroup.AddressRange(first, last.get().address(), p);
            }
            return lastPart(line, text, end, first, p, diag);
        }
        return new VirtualServerGroup.AddressRange(first, first, p);
    }

    /** {@code a.b.c.d-e} (decimal, last octet) or {@code x::y-z} (hex, last 16-bit word). */
    private static VirtualServerGroup.Entry lastPart(Directive line, String text, String end, IpAddress first, int port,
                                                     Diagnostics diag) {
        int radix = first.isV4() ? 10 : 16;
        long limit = first.isV4() ? 255 : 0xffff;
        int i = 0;
        while (i < end.length() && Character.isWhitespace(end.charAt(i))) {
            i++;
        }
        if (i < end.length() && end.charAt(i) == '+') {
            i++;
        }
        long value = 0;
        int digitsFrom = i;
        while (i < end.length() && Character.digit(end.charAt(i), radix) >= 0) {
            value = Math.min(value * radix + Character.digit(end.charAt(i), radix), Long.MAX_VALUE / 32);
            i++;
        }
        if (i == digitsFrom) {
            i = 0;
        }
        if (i < end.length()) {
            diag.error(line.pos(), "Virtual server group range '" + text + "' has extra characters at end '"
                    + end.substring(i) + "'");
            return null;
        }
        if (value > limit) {
            diag.error(line.pos(), "Virtual server group range '" + text + "' end '" + end + "' too large");
            return null;
        }
        byte[] b = first.bytes();
        long start = first.isV4() ? b[3] & 0xff : ((b[14] & 0xff) << 8) | (b[15] & 0xff);
        if (start >= value) {
            diag.error(line.pos(), "Address range end is not greater than address range start - " + text + " - skipping");
            return null;
        }
        if (first.isV4()) {
            b[3] = (byte) value;
        } else {
            b[14] = (byte) (value >> 8);
            b[15] = (byte) value;
        }
        return new VirtualServerGroup.AddressRange(first, IpAddress.of(b), port);
    }

    private static VirtualServerGroup.Entry masked(Directive line, String text, IpAddress first, String len, int port,
                                                   Diagnostics diag) {
        Long bits = StatusCodeText.plainUnsigned(len);
        if (bits == null || bits == 0 || bits > first.bitLength()) {
            diag.error(line.pos(), "Invalid netmask - " + text + " - skipping");
            return null;
        }
        byte[] b = first.bytes();
        byte[] last = b.clone();
        for (int bit = bits.intValue(); bit < first.bitLength(); bit++) {
            int mask = 0x80 >> (bit % 8);
            if ((b[bit / 8] & mask) != 0) {
                diag.error(line.pos(), "Address mask bits not empty - " + text + " - skipping");
                return null;
            }
            last[bit / 8] |= (byte) mask;
        }
        return new VirtualServerGroup.AddressRange(first, IpAddress.of(last), port);
    }
}
