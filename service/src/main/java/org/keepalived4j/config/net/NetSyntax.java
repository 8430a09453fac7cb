package org.keepalived4j.config.net;

import java.util.Optional;
import org.keepalived4j.config.Directive;
import org.keepalived4j.config.ParseContext;

/**
 * The {@code ip addr}/{@code ip route}/{@code ip rule}-like entry syntaxes of keepalived.conf:
 * one line of {@code static_ipaddress}, {@code virtual_ipaddress}, {@code virtual_ipaddress_excluded},
 * {@code static_routes}, {@code virtual_routes}, {@code static_rules}, {@code virtual_rules}.
 */
public final class NetSyntax {

    /** Which block an entry line comes from: the keywords allowed differ slightly. */
    public enum Origin { STATIC, VIRTUAL, VIRTUAL_EXCLUDED }

    private NetSyntax() {
    }

    /** One address line ({@code IP[/LEN] [brd ..] [dev ..] [scope ..] [label ..] ...}); empty (and reported) if invalid. */
    public static Optional<AddressEntry> address(Directive line, Origin origin, ParseContext ctx) {
        return Optional.empty();
    }

    /** One route line; empty (and reported) if invalid. */
    public static Optional<RouteEntry> route(Directive line, Origin origin, ParseContext ctx) {
        return Optional.empty();
    }

    /** One rule line; empty (and reported) if invalid. */
    public static Optional<RuleEntry> rule(Directive line, Origin origin, ParseContext ctx) {
        return Optional.empty();
    }
}
