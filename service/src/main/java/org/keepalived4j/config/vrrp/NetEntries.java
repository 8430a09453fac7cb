package org.keepalived4j.config.vrrp;

import java.util.Optional;
import org.keepalived4j.config.Directive;
import org.keepalived4j.config.ParseContext;
import org.keepalived4j.config.net.AddressEntry;
import org.keepalived4j.config.net.NetSyntax;
import org.keepalived4j.config.net.RouteEntry;
import org.keepalived4j.config.net.RuleEntry;

/**
 * The address/route/rule entry syntaxes, behind a seam: production uses {@link NetSyntax};
 * tests of the VRRP blocks can stand in for it while the entry syntaxes are built elsewhere.
 */
interface NetEntries {

    NetEntries NET_SYNTAX = new NetEntries() {
        @Override
        public Optional<AddressEntry> address(Directive line, NetSyntax.Origin origin, ParseContext ctx) {
            return NetSyntax.address(line, origin, ctx);
        }

        @Override
        public Optional<RouteEntry> route(Directive line, NetSyntax.Origin origin, ParseContext ctx) {
            return NetSyntax.route(line, origin, ctx);
        }

        @Override
        public Optional<RuleEntry> rule(Directive line, NetSyntax.Origin origin, ParseContext ctx) {
            return NetSyntax.rule(line, origin, ctx);
        }
    };

    Optional<AddressEntry> address(Directive line, NetSyntax.Origin origin, ParseContext ctx);

    Optional<RouteEntry> route(Directive line, NetSyntax.Origin origin, ParseContext ctx);

    Optional<RuleEntry> rule(Directive line, NetSyntax.Origin origin, ParseContext ctx);
}
