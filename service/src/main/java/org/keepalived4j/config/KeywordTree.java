package org.keepalived4j.config;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * keepalived 2.2.7's keyword tree as far as the shape of the text depends on it: for each level,
 * the keywords that open a sub-level ({@code install_sublevel}, or a root with keywords under
 * it) and those whose handler reads a value block ({@code alloc_value_block}). Every other word
 * is a plain statement to this tree, whether keepalived knows it or not: a '{' after it is
 * unexpected. At the top level every keyword is listed, since an unknown one is reported there.
 *
 * <p>Taken from the {@code install_keyword_root}/{@code install_keyword}/{@code install_sublevel}
 * calls of global_parser.c, vrrp_parser.c, check_parser.c, check_*.c, bfd_parser.c and
 * track_file.c, with the build options of Debian's 2.2.7 (VRRP_AUTH, track process, linkbeat,
 * SMTP {@code host} entries). What depends on the process: a root keyword is active only in the
 * processes that read it; in the others it has no sub-level at all, and keepalived skips its block
 * by counting braces.
 */
final class KeywordTree {

    enum Shape {
        /** No block: a '{' after it is unexpected. */
        PLAIN,
        /** Opens a sub-level of keywords. */
        BLOCK,
        /** Its handler reads the following lines as values up to the first '}'. */
        VALUE_BLOCK,
        /**
         * {@code virtual_server_group NAME}: a value block whose handler hides the name from
         * {@code alloc_value_block}, so the words after the name are its "extra parameters".
         */
        NAMED_VALUE_BLOCK
    }

    /**
     * One keyword of a level.
     *
     * @param sub       the keywords of its sub-level, for {@link Shape#BLOCK}
     * @param activeIn  the processes that read it (all, below the top level)
     * @param oneName   its handler skips the whole block unless the keyword has exactly one
     *                  argument, a name no earlier block of this keyword used
     */
    record Keyword(String name, Shape shape, Level sub, Set<KeepalivedProcess> activeIn, boolean oneName) {

        boolean activeIn(KeepalivedProcess process) {
            return activeIn.contains(process);
        }
    }

    /** The keywords of one level, in keepalived's order: a lookup finds the first of a name. */
    static final class Level {
        private final Map<String, Keyword> keywords = new LinkedHashMap<>();

        private Level(Keyword... ks) {
            for (Keyword k : ks) {
                keywords.putIfAbsent(k.name(), k);
            }
        }

        /** The keyword, or null for a word that is plain here (or unknown). */
        Keyword find(String word) {
            return keywords.get(word);
        }

        Set<String> names() {
            return keywords.keySet();
        }
    }

    private static final Set<KeepalivedProcess> ALL = EnumSet.allOf(KeepalivedProcess.class);

    private static Keyword block(String name, Level sub) {
        return new Keyword(name, Shape.BLOCK, sub, ALL, false);
    }

    private static Keyword values(String name) {
        return new Keyword(name, Shape.VALUE_BLOCK, null, ALL, false);
    }

    private static Level plainLevel() {
        return new Level();
    }

    private static Keyword root(String name, Shape shape, Level sub, KeepalivedProcess... in) {
        return new Keyword(name, shape, sub, EnumSet.of(in[0], in), false);
    }

    private static Keyword namedRoot(String name, Level sub, KeepalivedProcess in) {
        return new Keyword(name, Shape.BLOCK, sub, EnumSet.of(in), true);
    }

    private static final Level GLOBAL_DEFS = new Level(values("notification_email"));

    private static final Level VRRP_INSTANCE = new Level(
            values("unicast_peer"), values("track_interface"), values("track_script"), values("track_file"),
            values("track_process"), values("track_bfd"), values("virtual_ipaddress"),
            values("virtual_ipaddress_excluded"), values("virtual_routes"), values("virtual_rules"),
            block("authentication", plainLevel()));

    private static final Level VRRP_SYNC_GROUP = new Level(
            values("group"), values("track_interface"), values("track_script"), values("track_file"),
            values("track_process"), values("track_bfd"));

    private static final Level HTTP_CHECK = new Level(block("url", plainLevel()));

    private static final Level REAL_SERVER = new Level(
            block("MISC_CHECK", plainLevel()),
            block("SMTP_CHECK", new Level(block("host", plainLevel()))),
            block("TCP_CHECK", plainLevel()),
            block("PING_CHECK", plainLevel()),
            block("UDP_CHECK", plainLevel()),
            block("HTTP_GET", HTTP_CHECK),
            block("SSL_GET", HTTP_CHECK),
            block("DNS_CHECK", plainLevel()),
            block("FILE_CHECK", plainLevel()),
            block("BFD_CHECK", plainLevel()));

    private static final Level VIRTUAL_SERVER = new Level(block("real_server", REAL_SERVER));

    private static final KeepalivedProcess PARENT = KeepalivedProcess.PARENT;
    private static final KeepalivedProcess CHECKER = KeepalivedProcess.CHECKER;
    private static final KeepalivedProcess VRRP = KeepalivedProcess.VRRP;
    private static final KeepalivedProcess BFD = KeepalivedProcess.BFD;

    /** The top level, in the order keepalived installs it (global, VRRP, checker, BFD, track_file). */
    static final Level ROOT = new Level(
            root("linkbeat_use_polling", Shape.PLAIN, null, PARENT),
            root("net_namespace", Shape.PLAIN, null, PARENT),
            root("net_namespace_ipvs", Shape.PLAIN, null, PARENT),
            root("namespace_with_ipsets", Shape.PLAIN, null, PARENT),
            root("use_pid_dir", Shape.PLAIN, null, PARENT),
            root("instance", Shape.PLAIN, null, PARENT),
            root("child_wait_time", Shape.PLAIN, null, PARENT),
            root("global_defs", Shape.BLOCK, GLOBAL_DEFS, PARENT),

            namedRoot("track_group", new Level(values("group")), VRRP),
            root("static_ipaddress", Shape.VALUE_BLOCK, null, VRRP),
            root("static_routes", Shape.VALUE_BLOCK, null, VRRP),
            root("static_rules", Shape.VALUE_BLOCK, null, VRRP),
            namedRoot("vrrp_sync_group", VRRP_SYNC_GROUP, VRRP),
            root("garp_group", Shape.BLOCK, new Level(values("interfaces")), VRRP),
            root("linkbeat_interfaces", Shape.VALUE_BLOCK, null, VRRP),
            namedRoot("vrrp_instance", VRRP_INSTANCE, VRRP),
            root("vrrp_script", Shape.BLOCK, plainLevel(), VRRP),
            root("vrrp_track_process", Shape.BLOCK, plainLevel(), VRRP),
            root("interface_up_down_delays", Shape.VALUE_BLOCK, null, VRRP),

            root("SSL", Shape.BLOCK, plainLevel(), CHECKER),
            root("virtual_server_group", Shape.NAMED_VALUE_BLOCK, null, CHECKER),
            root("virtual_server", Shape.BLOCK, VIRTUAL_SERVER, CHECKER),

            // each of the three gets its own handler, but all read the same sub-level
            root("bfd_instance", Shape.BLOCK, plainLevel(), BFD, VRRP, CHECKER),

            root("track_file", Shape.BLOCK, plainLevel(), VRRP, CHECKER),
            root("vrrp_track_file", Shape.BLOCK, plainLevel(), VRRP, CHECKER));

    private KeywordTree() {
    }
}
