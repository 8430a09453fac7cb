package org.keepalived4j.config.net;

import java.util.HashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.keepalived4j.config.Directive;
import org.keepalived4j.config.IpAddress;
import org.keepalived4j.config.ParseContext;

/**
 * Reads the address, route and rule lines of one configuration load. Unlike the static
 * {@link NetSyntax} methods it carries what keepalived keeps between lines: the preferences it
 * hands out to rules without one (16384, then 16383, ... per family, across static and virtual
 * rules), whether a line named an interface that does not exist (keepalived then reports
 * "Non-existent interface specified in configuration" once, at the end), and which
 * {@code track_group}s are defined so far. Use one instance per load, from one thread.
 */
public final class NetEntryParser {

    /** RULE_START_PRIORITY. */
    static final long FIRST_ASSIGNED_PREFERENCE = 16384;

    private final ParseContext ctx;
    private final RoutingNames names;
    private final boolean dynamicInterfaces;
    private final Predicate<String> trackGroupDefined;
    private long nextIpv4Preference = FIRST_ASSIGNED_PREFERENCE;
    private long nextIpv6Preference = FIRST_ASSIGNED_PREFERENCE;
    private boolean namedMissingInterface;
    private final Set<String> awaitedInterfaces = new HashSet<>();

    /** With keepalived's built-in names only, no dynamic interfaces, and every track group taken as defined. */
    public NetEntryParser(ParseContext ctx) {
        this(ctx, RoutingNames.builtIn(), false, name -> true);
    }

    /**
     * @param names             the routing names (see {@link RoutingNameFiles#installed()})
     * @param dynamicInterfaces global_defs {@code dynamic_interfaces}: a missing interface is then awaited,
     *                          not an error
     * @param trackGroupDefined whether a {@code track_group} of that name was defined before this line
     */
    public NetEntryParser(ParseContext ctx, RoutingNames names, boolean dynamicInterfaces,
            Predicate<String> trackGroupDefined) {
        this.ctx = Objects.requireNonNull(ctx, "ctx");
        this.names = Objects.requireNonNull(names, "names");
        this.dynamicInterfaces = dynamicInterfaces;
        this.trackGroupDefined = Objects.requireNonNull(trackGroupDefined, "trackGroupDefined");
    }

    /** One address line; empty (and reported) if keepalived would drop it. */
    public Optional<AddressEntry> address(Directive line, NetSyntax.Origin origin) {
        return new AddressReader(this, new EntryLine(line, ctx.diagnostics()), origin == NetSyntax.Origin.STATIC).read();
    }

    /** One route line; empty (and reported) if keepalived would drop it. */
    public Optional<RouteEntry> route(Directive line, NetSyntax.Origin origin) {
        return new RouteReader(this, new EntryLine(line, ctx.diagnostics()), origin == NetSyntax.Origin.STATIC).read();
    }

    /** One rule line; empty (and reported) if keepalived would drop it. */
    public Optional<RuleEntry> rule(Directive line, NetSyntax.Origin origin) {
        return new RuleReader(this, new EntryLine(line, ctx.diagnostics()), origin == NetSyntax.Origin.STATIC).read();
    }

    /**
     * Whether some line named an interface that does not exist (without dynamic interfaces): the
     * caller then reports keepalived's closing "Non-existent interface specified in configuration".
     */
    public boolean namedMissingInterface() {
        return namedMissingInterface;
    }

    RoutingNames names() {
        return names;
    }

    boolean trackGroupDefined(String name) {
        return trackGroupDefined.test(name);
    }

    /**
     * Whether {@code dev NAME} (or iif/oif) may be used: it exists, or dynamic interfaces are on (then
     * keepalived only logs that it will use it once it appears).
     */
    boolean interfaceUsable(String name, EntryLine line) {
        if (ctx.host().networkInterface(name).isPresent()) {
            return true;
        }
        if (dynamicInterfaces) {
            if (awaitedInterfaces.add(name)) {
                line.notice("Configuration specifies interface " + name + " which doesn't currently exist - will use if created");
            }
            return true;
        }
        namedMissingInterface = true;
        return false;
    }

    /** Whether {@code vrf NAME} names an existing interface (keepalived never awaits a VRF). */
    boolean interfaceExists(String name) {
        return ctx.host().networkInterface(name).isPresent();
    }

    long assignPreference(IpAddress.Family family) {
        return family == IpAddress.Family.INET ? nextIpv4Preference-- : nextIpv6Preference--;
    }
}
