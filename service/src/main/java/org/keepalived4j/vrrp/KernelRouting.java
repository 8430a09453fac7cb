package org.keepalived4j.vrrp;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import org.keepalived4j.config.net.RouteEntry;
import org.keepalived4j.config.net.RouteMetrics;
import org.keepalived4j.config.net.RuleAction;
import org.keepalived4j.config.net.RuleEntry;
import org.keepalived4j.linux.Route;
import org.keepalived4j.linux.Rule;

/**
 * Turns {@code virtual_routes}/{@code static_routes} and {@code virtual_rules}/{@code static_rules}
 * entries into the rtnetlink messages this build can send. keepalived's route and rule syntax is
 * far richer than plain destination/gateway/device/table routes and from/to/table rules; an entry
 * that uses more is refused with the words of what it uses, rather than installed half-way.
 */
final class KernelRouting {

    /** A route or rule this build can install, or why not. */
    record Translation<T>(Optional<T> value, String refusal) {
        static <T> Translation<T> of(T value) {
            return new Translation<>(Optional.of(value), "");
        }

        static <T> Translation<T> refused(String why) {
            return new Translation<>(Optional.empty(), why);
        }
    }

    private KernelRouting() {
    }

    /**
     * The kernel route for an entry; {@code ifindex} resolves {@code dev} names (empty if the
     * interface does not exist now).
     */
    static Translation<Route> route(RouteEntry e, Function<String, OptionalInt> ifindex) {
        List<String> unsupported = new ArrayList<>();
        if (e.source().isPresent()) {
            unsupported.add("from");
        }
        if (e.vrf().isPresent()) {
            unsupported.add("vrf");
        }
        if (e.tos().isPresent()) {
            unsupported.add("tos");
        }
        if (e.realms().isPresent()) {
            unsupported.add("realms");
        }
        if (e.expires().isPresent()) {
            unsupported.add("expires");
        }
        if (e.pref().isPresent()) {
            unsupported.add("pref");
        }
        if (e.ttlPropagate().isPresent()) {
            unsupported.add("ttl-propagate");
        }
        if (e.onlink()) {
            unsupported.add("onlink");
        }
        if (e.encap().isPresent()) {
            unsupported.add("encap");
        }
        if (!e.metrics().equals(RouteMetrics.NONE)) {
            unsupported.add("route metrics (mtu, advmss, rtt, ...)");
        }
        if (!e.nexthops().isEmpty()) {
            unsupported.add("nexthop");
        }
        if (!unsupported.isEmpty()) {
            return Translation.refused("uses " + String.join(", ", unsupported) + ", not yet supported by keepalived4j");
        }
        Route r = Route.to(e.destination().address(), e.destination().length()).inTable((int) e.table())
                .withProtocol(e.protocol().code()).withType(e.type().code());
        if (e.via().isPresent()) {
            r = r.via(e.via().get());
        }
        if (e.device().isPresent()) {
            OptionalInt index = ifindex.apply(e.device().get());
            if (index.isEmpty()) {
                return Translation.refused("interface " + e.device().get() + " does not exist");
            }
            r = r.dev(index.getAsInt());
        }
        if (e.metric().isPresent()) {
            r = r.withMetric((int) e.metric().getAsLong());
        }
        if (e.scope().isPresent()) {
            r = r.withScope(e.scope().get().code());
        } else if (e.via().isEmpty() && e.device().isPresent()) {
            // what ip route does for a directly connected destination
            r = r.withScope(Route.SCOPE_LINK);
        }
        if (e.preferredSource().isPresent()) {
            r = r.from(e.preferredSource().get());
        }
        return Translation.of(r);
    }

    /** The kernel rule for an entry: from/to/table/priority/iif/oif/fwmark rules. */
    static Translation<Rule> rule(RuleEntry e) {
        List<String> unsupported = new ArrayList<>();
        if (e.action() != RuleAction.TO_TABLE || e.l3mdev()) {
            unsupported.add("action " + e.action().name().toLowerCase(java.util.Locale.ROOT)
                    + (e.l3mdev() ? " (l3mdev)" : ""));
        }
        if (e.invert()) {
            unsupported.add("not");
        }
        if (e.tos() != 0) {
            unsupported.add("tos");
        }
        if (e.realms().isPresent()) {
            unsupported.add("realms");
        }
        if (e.suppressPrefixLength().isPresent() || e.suppressGroup().isPresent()) {
            unsupported.add("suppress_*");
        }
        if (e.tunnelId().isPresent()) {
            unsupported.add("tunnel-id");
        }
        if (e.uidRange().isPresent()) {
            unsupported.add("uidrange");
        }
        // the rule's protocol (FRA_PROTOCOL, keepalived's own by default) only labels it: left out
        if (e.ipProtocol().isPresent() || e.sourcePorts().isPresent() || e.destinationPorts().isPresent()) {
            unsupported.add("ipproto/sport/dport");
        }
        if (!unsupported.isEmpty()) {
            return Translation.refused("uses " + String.join(", ", unsupported) + ", not yet supported by keepalived4j");
        }
        Rule r = Rule.lookup(e.family(), (int) e.table()).withPriority((int) e.preference());
        if (e.from().isPresent()) {
            r = r.from(e.from().get().address(), e.from().get().length());
        }
        if (e.to().isPresent()) {
            r = r.to(e.to().get().address(), e.to().get().length());
        }
        if (e.inputInterface().isPresent()) {
            r = r.inputInterface(e.inputInterface().get());
        }
        if (e.outputInterface().isPresent()) {
            r = r.outputInterface(e.outputInterface().get());
        }
        if (e.fwmark().isPresent()) {
            r = r.withFwmark((int) e.fwmark().getAsLong(), (int) e.fwmask().orElse(0xffffffffL));
        }
        return Translation.of(r);
    }
}
