package org.keepalived4j.testing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Reads `ip -br addr` output: "IFNAME[@PEER] STATE ADDR/LEN ADDR/LEN ...", one interface a line. */
final class BriefAddresses {

    private BriefAddresses() {
    }

    /** The addresses (with prefix length) of one interface, in the order ip prints them. */
    static List<String> of(String ipBriefAddr, String interfaceName) {
        for (String line : ipBriefAddr.split("\n")) {
            String[] fields = line.strip().split("\\s+");
            if (fields.length >= 2 && fields[0].split("@", 2)[0].equals(interfaceName)) {
                return List.copyOf(Arrays.asList(fields).subList(2, fields.length));
            }
        }
        return List.of();
    }

    /** Addresses of all interfaces. */
    static List<String> all(String ipBriefAddr) {
        List<String> addresses = new ArrayList<>();
        for (String line : ipBriefAddr.split("\n")) {
            String[] fields = line.strip().split("\\s+");
            if (fields.length > 2) {
                addresses.addAll(Arrays.asList(fields).subList(2, fields.length));
            }
        }
        return List.copyOf(addresses);
    }
}
