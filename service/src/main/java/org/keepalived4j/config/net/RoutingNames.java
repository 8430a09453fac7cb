package org.keepalived4j.config.net;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;
import org.keepalived4j.config.CNumber;

/**
 * The names keepalived resolves in route and rule lines: routing tables, DS fields, realms, route
 * protocols, device groups, scopes (iproute2's files under {@code /etc/iproute2/}) and IP protocols
 * ({@code /etc/protocols}, as {@code getprotobyname} reads it). Pure: the text of the files is given,
 * and {@link RoutingNameFiles} reads the real ones.
 *
 * <p>As keepalived 2.2.7 does: a word that is wholly a C number is taken as that number (or refused
 * if too large) without looking at names; names are looked up first in the file, in file order,
 * then in keepalived's built-in defaults for the ids the file does not name.
 */
public final class RoutingNames {

    public static final String TABLES_FILE = "/etc/iproute2/rt_tables";
    public static final String DSFIELD_FILE = "/etc/iproute2/rt_dsfield";
    public static final String REALMS_FILE = "/etc/iproute2/rt_realms";
    public static final String PROTOS_FILE = "/etc/iproute2/rt_protos";
    public static final String GROUPS_FILE = "/etc/iproute2/group";
    public static final String SCOPES_FILE = "/etc/iproute2/rt_scopes";
    public static final String IP_PROTOCOLS_FILE = "/etc/protocols";

    /** Every file this class may be given, for a reader to load. */
    public static final List<String> FILES = List.of(TABLES_FILE, DSFIELD_FILE, REALMS_FILE, PROTOS_FILE,
            GROUPS_FILE, SCOPES_FILE, IP_PROTOCOLS_FILE);

    record Entry(long id, String name) {
    }

    private static final List<Entry> DEFAULT_TABLES = List.of(
            new Entry(253, "default"), new Entry(254, "main"), new Entry(255, "local"));
    private static final List<Entry> DEFAULT_PROTOS = List.of(
            new Entry(0, "none"), new Entry(1, "redirect"), new Entry(2, "kernel"), new Entry(3, "boot"),
            new Entry(4, "static"), new Entry(8, "gated"), new Entry(9, "ra"), new Entry(10, "mrt"),
            new Entry(11, "zebra"), new Entry(12, "bird"), new Entry(42, "babel"), new Entry(13, "dnrouted"),
            new Entry(14, "xorp"), new Entry(15, "ntk"), new Entry(16, "dhcp"));
    private static final List<Entry> DEFAULT_SCOPES = List.of(
            new Entry(0, "global"), new Entry(255, "nowhere"), new Entry(254, "host"), new Entry(253, "link"),
            new Entry(200, "site"));

    private final List<Entry> tables;
    private final List<Entry> dsfields;
    private final List<Entry> realms;
    private final List<Entry> protos;
    private final List<Entry> groups;
    private final List<Entry> scopes;
    private final List<Entry> ipProtocols;

    private RoutingNames(Function<String, Optional<String>> files) {
        tables = withDefaults(table(files.apply(TABLES_FILE), 0xffffffffL), DEFAULT_TABLES);
        dsfields = table(files.apply(DSFIELD_FILE), 255);
        realms = table(files.apply(REALMS_FILE), 255);
        protos = withDefaults(table(files.apply(PROTOS_FILE), 255), DEFAULT_PROTOS);
        groups = table(files.apply(GROUPS_FILE), Integer.MAX_VALUE);
        scopes = withDefaults(table(files.apply(SCOPES_FILE), 255), DEFAULT_SCOPES);
        ipProtocols = protocols(files.apply(IP_PROTOCOLS_FILE));
    }

    /** Only what keepalived knows without any file (as on a host without iproute2's files). */
    public static RoutingNames builtIn() {
        return new RoutingNames(path -> Optional.empty());
    }

    /** From the text of the files, by path (see the constants); a missing file is empty. */
    public static RoutingNames fromFiles(Function<String, Optional<String>> fileText) {
        return new RoutingNames(fileText);
    }

    /** A routing table: a number 0..2^32-1 or a name from rt_tables. */
    public OptionalLong table(String word) {
        return find(word, tables, 0xffffffffL);
    }

    /** A DS field (TOS) byte: a number 0..255 or a name from rt_dsfield. */
    public OptionalLong dsfield(String word) {
        return find(word, dsfields, 255);
    }

    /** A realm: a number 0..255 or a name from rt_realms. */
    public OptionalLong realm(String word) {
        return find(word, realms, 255);
    }

    /** A route protocol: a number 0..255 or a name from rt_protos. */
    public OptionalLong protocol(String word) {
        return find(word, protos, 255);
    }

    /** A device group: a number 0..2^31-1 or a name from the group file. */
    public OptionalLong group(String word) {
        return find(word, groups, Integer.MAX_VALUE);
    }

    /** A scope: a number 0..255 or a name from rt_scopes. */
    public OptionalLong scope(String word) {
        return find(word, scopes, 255);
    }

    /** An IP protocol by name or alias, as getprotobyname finds it. */
    public OptionalLong ipProtocol(String name) {
        for (Entry e : ipProtocols) {
            if (e.name.equals(name)) {
                return OptionalLong.of(e.id);
            }
        }
        return OptionalLong.empty();
    }

    private static OptionalLong find(String word, List<Entry> entries, long max) {
        CNumber n = CNumber.strtoul(word, 0);
        if (n.wholeOf(word)) {
            // keepalived keeps the low 32 bits of the unsigned long
            long id = n.value() & 0xffffffffL;
            return id <= max ? OptionalLong.of(id) : OptionalLong.empty();
        }
        for (Entry e : entries) {
            if (e.name.equals(word)) {
                return OptionalLong.of(e.id);
            }
        }
        return OptionalLong.empty();
    }

    /** Lines of exactly two words "ID NAME"; anything else (comments included) is skipped. */
    private static List<Entry> table(Optional<String> text, long max) {
        List<Entry> out = new ArrayList<>();
        if (text.isEmpty()) {
            return out;
        }
        for (String line : text.get().split("\n", -1)) {
            String[] w = line.trim().split("[ \t\r\u000b\f]+");
            if (w.length != 2 || w[0].isEmpty()) {
                continue;
            }
            String number = w[0];
            CNumber n = CNumber.strtoul(number, 0);
            if (number.startsWith("-") || !n.wholeOf(number) || n.overflow() || Long.compareUnsigned(n.value(), max) > 0) {
                continue;
            }
            out.add(new Entry(n.value(), w[1]));
        }
        return out;
    }

    private static List<Entry> withDefaults(List<Entry> fromFile, List<Entry> defaults) {
        List<Entry> out = new ArrayList<>(fromFile);
        for (Entry d : defaults) {
            if (fromFile.stream().noneMatch(e -> e.id == d.id)) {
                out.add(d);
            }
        }
        return List.copyOf(out);
    }

    /** /etc/protocols: "name number [aliases...]", '#' starts a comment. */
    private static List<Entry> protocols(Optional<String> text) {
        List<Entry> out = new ArrayList<>();
        if (text.isEmpty()) {
            return out;
        }
        for (String line : text.get().split("\n", -1)) {
            int hash = line.indexOf('#');
            String[] w = (hash >= 0 ? line.substring(0, hash) : line).trim().split("[ \t]+");
            if (w.length < 2 || w[0].isEmpty() || !w[1].chars().allMatch(Character::isDigit)) {
                continue;
            }
            long id = Long.parseLong(w[1].length() > 9 ? "999999999" : w[1]);
            for (int i = 0; i < w.length; i++) {
                if (i != 1) {
                    out.add(new Entry(id, w[i]));
                }
            }
        }
        return out;
    }
}
