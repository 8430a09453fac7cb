package org.keepalived4j.config.lvs;

import java.util.Optional;
import org.keepalived4j.config.Diagnostics;
import org.keepalived4j.config.Directive;
import org.keepalived4j.config.KeepalivedNumbers;

/**
 * {@code lvs_method NAT|DR|TUN [type ipip|gue|gre] [port N] [nocsum|csum|remcsum]}, for a virtual,
 * real or sorry server. As in keepalived the method is taken even when a tunnel option is then
 * refused; the tunnel options only when all of them are good.
 */
final class ForwardingSyntax {

    private ForwardingSyntax() {
    }

    /** @param serverType "virtual", "real" or "sorry", as the messages name it */
    static Optional<Forwarding> read(Directive d, Forwarding previous, String serverType, Diagnostics diag) {
        Optional<String> m = Words.required(d, 1, diag);
        if (m.isEmpty()) {
            return Optional.empty();
        }
        Forwarding.Method method;
        switch (m.get()) {
            case "NAT" -> method = Forwarding.Method.NAT;
            case "DR" -> method = Forwarding.Method.DR;
            case "TUN" -> method = Forwarding.Method.TUN;
            default -> {
                diag.error(d.pos(), "PARSER : unknown [" + m.get() + "] routing method for " + serverType + " server.");
                return Optional.empty();
            }
        }
        Forwarding base = previous == null ? Forwarding.NAT.withMethod(method) : previous.withMethod(method);
        Forwarding.TunnelType type = Forwarding.TunnelType.IPIP;
        Forwarding.TunnelChecksum csum = Forwarding.TunnelChecksum.NOCSUM;
        int port = 0;
        for (int i = 2; i < d.words().size(); i++) {
            String w = d.words().get(i);
            switch (w) {
                case "type" -> {
                    if (i + 1 == d.words().size()) {
                        diag.error(d.pos(), "Missing tunnel type for " + serverType + " server.");
                        return Optional.of(base);
                    }
                    String t = d.words().get(++i);
                    switch (t) {
                        case "ipip" -> type = Forwarding.TunnelType.IPIP;
                        case "gue" -> type = Forwarding.TunnelType.GUE;
                        case "gre" -> type = Forwarding.TunnelType.GRE;
                        default -> {
                            diag.error(d.pos(), "Unknown tunnel type " + t + " for " + serverType + " server.");
                            return Optional.of(base);
                        }
                    }
                }
                case "port" -> {
                    if (i + 1 == d.words().size()) {
                        diag.error(d.pos(), "Missing port for " + serverType + " server gue tunnel.");
                        return Optional.of(base);
                    }
                    String p = d.words().get(++i);
                    var n = KeepalivedNumbers.readUnsigned(p, 1, 65535, d.pos(), diag);
                    if (n.isEmpty()) {
                        diag.error(d.pos(), "Invalid gue tunnel port " + p + " for " + serverType + " server.");
                        return Optional.of(base);
                    }
                    port = (int) n.getAsLong();
                }
                case "nocsum" -> csum = Forwarding.TunnelChecksum.NOCSUM;
                case "csum" -> csum = Forwarding.TunnelChecksum.CSUM;
                case "remcsum" -> csum = Forwarding.TunnelChecksum.REMCSUM;
                default -> {
                    diag.error(d.pos(), "Invalid tunnel option " + w + " for " + serverType + " server.");
                    return Optional.of(base);
                }
            }
        }
        if ((type == Forwarding.TunnelType.GUE) != (port != 0)) {
            diag.error(d.pos(), "gue tunnels require port, otherwise cannot have port.");
            return Optional.of(base);
        }
        if (type == Forwarding.TunnelType.IPIP && csum != Forwarding.TunnelChecksum.NOCSUM) {
            diag.error(d.pos(), "ipip tunnels do not support checksum option.");
            return Optional.of(base);
        }
        if (type == Forwarding.TunnelType.GRE && csum == Forwarding.TunnelChecksum.REMCSUM) {
            diag.error(d.pos(), "gre tunnels do not support remote checksum option.");
            return Optional.of(base);
        }
        return Optional.of(new Forwarding(method, type, port, csum));
    }
}
