package org.keepalived4j.config.net;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.keepalived4j.config.ConfigErrorKind;
import org.keepalived4j.config.ConfigTexts;
import org.keepalived4j.config.Diagnostic;
import org.keepalived4j.config.Diagnostics;
import org.keepalived4j.config.Directive;
import org.keepalived4j.config.FakeHost;
import org.keepalived4j.config.IpAddress;
import org.keepalived4j.config.IpPrefix;
import org.keepalived4j.config.ParseContext;

/** A host with eth0, eth1 and lo, a load's diagnostics, and lines read from text. */
final class NetFixture {

    static final String FILE = "keepalived.conf";

    /** A few names as Debian's iproute2 and netbase files have them. */
    static final Map<String, String> FILES = Map.of(
            RoutingNames.TABLES_FILE, "#\n# reserved values\n#\n255\tlocal\n254\tmain\n253\tdefault\n0\tunspec\n#\n# local\n#\n#1\tinr.ruhep\n100\tvip\n",
            RoutingNames.DSFIELD_FILE, "0x0\tdefault\n0x28\tAF11\n0xB8\tEF\n",
            RoutingNames.REALMS_FILE, "0\tcosmos\n7\tcustomers\n",
            RoutingNames.PROTOS_FILE, "0\tunspec\n18\tkeepalived\n186\tbgp\n",
            RoutingNames.GROUPS_FILE, "0\tdefault\n9\tuplinks\n",
            RoutingNames.SCOPES_FILE, "0\tglobal\n255\tnowhere\n254\thost\n253\tlink\n200\tsite\n",
            RoutingNames.IP_PROTOCOLS_FILE, "# Internet protocols\nip\t0\tIP\t\t# internet protocol\nicmp\t1\tICMP\ntcp\t6\tTCP\nudp\t17\tUDP\n");

    final Diagnostics diagnostics = new Diagnostics();
    final ParseContext ctx;
    final NetEntryParser parser;

    NetFixture() {
        this(false, name -> name.equals("G1") || name.equals("G2"));
    }

    NetFixture(boolean dynamicInterfaces, Predicate<String> trackGroups) {
        ctx = new ParseContext(diagnostics, FakeHost.bare().links("lo", "eth0", "eth1"));
        parser = new NetEntryParser(ctx, RoutingNames.fromFiles(p -> Optional.ofNullable(FILES.get(p))),
                dynamicInterfaces, trackGroups);
    }

    static Directive line(int n, String text) {
        return ConfigTexts.line(FILE, n, text);
    }

    Optional<AddressEntry> address(int n, String text) {
        return parser.address(line(n, text), NetSyntax.Origin.STATIC);
    }

    Optional<AddressEntry> vip(int n, String text) {
        return parser.address(line(n, text), NetSyntax.Origin.VIRTUAL);
    }

    Optional<RouteEntry> route(int n, String text) {
        return parser.route(line(n, text), NetSyntax.Origin.STATIC);
    }

    Optional<RouteEntry> vroute(int n, String text) {
        return parser.route(line(n, text), NetSyntax.Origin.VIRTUAL);
    }

    Optional<RuleEntry> rule(int n, String text) {
        return parser.rule(line(n, text), NetSyntax.Origin.STATIC);
    }

    Optional<RuleEntry> vrule(int n, String text) {
        return parser.rule(line(n, text), NetSyntax.Origin.VIRTUAL);
    }

    /** What keepalived -t would print: the counted diagnostics as "(file: Line N) message". */
    List<String> printed() {
        return diagnostics.counted().stream().map(Diagnostic::keepalivedFormat).toList();
    }

    List<Diagnostic> all() {
        return diagnostics.all();
    }

    List<ConfigErrorKind> kinds() {
        return diagnostics.all().stream().map(Diagnostic::kind).toList();
    }

    /** Every diagnostic as "KIND line N: message", notices included. */
    List<String> reports() {
        return diagnostics.all().stream()
                .map(d -> d.kind() + " line " + d.pos().line() + ": " + d.message())
                .toList();
    }

    static String error(int n, String message) {
        return ConfigErrorKind.GENERAL_ERROR + " line " + n + ": " + message;
    }

    static String number(int n, String message) {
        return ConfigErrorKind.INVALID_NUMBER + " line " + n + ": " + message;
    }

    static String missing(int n, String message) {
        return ConfigErrorKind.MISSING_PARAMETER + " line " + n + ": " + message;
    }

    static String notice(int n, String message) {
        return ConfigErrorKind.NOTICE + " line " + n + ": " + message;
    }

    static IpAddress ip(String text) {
        return IpAddress.parse(text).orElseThrow();
    }

    static IpPrefix prefix(String text) {
        return IpPrefix.parse(text).orElseThrow();
    }
}
