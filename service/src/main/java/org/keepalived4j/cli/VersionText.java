package org.keepalived4j.cli;

import java.util.List;

/** What {@code -v} prints: like keepalived's, our version and what this build can do. */
final class VersionText {

    /** What this build does, in the spirit of keepalived's "Config options". */
    static final List<String> FEATURES = List.of("CONFIG_TEST", "DUMP_CONF", "PID_FILE", "RELOAD", "MANAGEMENT_SPI",
            "VRRP", "VRRP_AUTH", "VRRP_V3_CHECKSUM_AS_V2", "CRASH_SAFE_VIPS");

    /** What a keepalived build has and this one does not have yet. */
    static final List<String> NOT_YET = List.of("VRRP_VMAC", "VRRP_SYNC_GROUPS", "VRRP_TRACKING",
            "VRRP_RELOAD", "LVS", "BFD", "CHECKERS", "NOTIFY", "DATA_DUMP", "JSON", "SNMP_AGENTX", "NFTABLES");

    private VersionText() {
    }

    static String of(String version, List<String> plugins) {
        return "Keepalived4j v" + version + " (compatible with keepalived 2.2.7)\n"
                + "\n"
                + "Running on " + System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                + System.getProperty("os.arch") + ", Java " + System.getProperty("java.version") + " ("
                + System.getProperty("java.vendor") + ")\n"
                + "\n"
                + "Features: " + String.join(" ", FEATURES) + "\n"
                + "Not yet in this build: " + String.join(" ", NOT_YET) + "\n"
                + "Management plugins: " + (plugins.isEmpty() ? "none found" : String.join(" ", plugins)) + "\n";
    }
}
