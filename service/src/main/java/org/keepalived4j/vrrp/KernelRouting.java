package org.keepalived4j.vrrp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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

    /** The names of the features an entry uses, in the order given. */
    @SafeVarargs
    private static List<String> named(Map.Entry<String, Boolean>... features) {
        List<String> used = new ArrayList<>();
        for (Map.Entry<String, Boolean> f : features) {
            if (f.getValue()) {
                used.add(f.getKey());
            }
        }
        return used;
    }

    /**
     * The kernel route for an entry; {@code ifindex} resolves {@code dev} names (empty if the
     * interface does not exist now).
     */
    static Translation<Route> route(RouteEntry e, Function<String, OptionalInt> ifindex) {
        List<String> unsupported = named(
                Map.entry("from", e.source().isPresent()),
                Map.entry("vrf", e.vrf().isPresent()),
                Map.entry("tos", e.tos().isPresent()),
                Map.entry("realms", e.realms().isPresent()),
                Map.entry("expires", e.expires().isPresent()),
                Map.entry("pref", e.pref().isPresent()),
                Map.entry("ttl-propagate", e.ttlPropagate().isPresent()),
                Map.entry("onlink", e.onlink()),
                Map.entry("encap", e.encap().isPresent()),
                Map.entry("route metrics (mtu, advmss, rtt, ...)", !e.metrics().equals(RouteMetrics.NONE)),
                Map.entry("nexthop", !e.nexthops().isEmpty()));
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
        List<String> unsupported = named(
                Map.entry("action " + e.action().name().toLowerCase(Locale.ROOT) + (e.l3mdev() ? " (l3mdev)" : ""),
                        e.action() != RuleAction.TO_TABLE || e.l3mdev()),
                Map.entry("not", e.invert()),
                Map.entry("tos", e.tos() != 0),
                Map.entry("realms", e.realms().isPresent()),
                Map.entry("suppress_*", e.suppressPrefixLength().isPresent() || e.suppressGroup().isPresent()),
                Map.entry("tunnel-id", e.tunnelId().isPresent()),
                Map.entry("uidrange", e.uidRange().isPresent()),
                Map.entry("ipproto/sport/dport", e.ipProtocol().isPresent() || e.sourcePorts().isPresent()
                        || e.destinationPorts().isPresent()));
        // the rule's protocol (FRA_PROTOCOL, keepalived's own by default) only labels it: left out
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
