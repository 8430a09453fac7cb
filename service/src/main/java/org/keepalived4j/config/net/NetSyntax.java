package org.keepalived4j.config.net;

import java.util.Optional;
import org.keepalived4j.config.Directive;
import org.keepalived4j.config.ParseContext;

/**
 * The {@code ip addr}/{@code ip route}/{@code ip rule}-like entry syntaxes of keepalived.conf:
 * one line of {@code static_ipaddress}, {@code virtual_ipaddress}, {@code virtual_ipaddress_excluded},
 * {@code static_routes}, {@code virtual_routes}, {@code static_rules}, {@code virtual_rules}.
 *
 * <p>Each method reads one line on its own, with keepalived's built-in routing names. What
 * keepalived carries from line to line (the preferences it assigns to rules, whether a missing
 * interface was named, the defined track groups, {@code /etc/iproute2} names, dynamic interfaces)
 * needs one {@link NetEntryParser} per configuration load instead.
 */
public final class NetSyntax {

    /** Which block an entry line comes from: the keywords allowed differ slightly. */
    public enum Origin { STATIC, VIRTUAL, VIRTUAL_EXCLUDED }

    private NetSyntax() {
    }

    /** One address line ({@code IP[/LEN] [brd ..] [dev ..] [scope ..] [label ..] ...}); empty (and reported) if invalid. */
    public static Optional<AddressEntry> address(Directive line, Origin origin, ParseContext ctx) {
        return new NetEntryParser(ctx).address(line, origin);
    }

    /** One route line; empty (and reported) if invalid. */
    public static Optional<RouteEntry> route(Directive line, Origin origin, ParseContext ctx) {
        return new NetEntryParser(ctx).route(line, origin);
    }

    /** One rule line; empty (and reported) if invalid. */
    public static Optional<RuleEntry> rule(Directive line, Origin origin, ParseContext ctx) {
        return new NetEntryParser(ctx).rule(line, origin);
    }
}
