package org.keepalived4j.testing;

/**
 * Who gets which address on a LAN. Everything comes from the documentation ranges (RFC 5737, RFC 3849), so
 * nothing a test does can look like a real network. Host n (1-99) owns 192.0.2.n/24 and 2001:db8::n/64, its
 * interfaces get locally administered MACs 02:4b:34:00:PP:HH (port, host); 192.0.2.201-254 and
 * 2001:db8::201-254 are never given to hosts, for tests to use as virtual addresses.
 */
public final class AddressPlan {

    public static final int MAX_HOSTS = 99;
    public static final int MAX_VIRTUAL = 54;
    public static final int IPV4_PREFIX_LENGTH = 24;
    public static final int IPV6_PREFIX_LENGTH = 64;
    static final int MAX_PORTS = 255;

    private AddressPlan() {
    }

    public static String ipv4(int host) {
        return "192.0.2." + checkHost(host);
    }

    /** The host number in decimal digits read as hex, so host 12 is 192.0.2.12 and 2001:db8::12. */
    public static String ipv6(int host) {
        return "2001:db8::" + checkHost(host);
    }

    public static String virtualIpv4(int n) {
        return "192.0.2." + (200 + checkVirtual(n));
    }

    public static String virtualIpv6(int n) {
        return "2001:db8::" + (200 + checkVirtual(n));
    }

    /** The MAC of a host's interface; port 0 is the interface the host was built with. */
    public static String mac(int host, int port) {
        return String.format("02:4b:34:00:%02x:%02x", checkPort(port), checkHost(host));
    }

    /** The MAC of the bridge-side end of a host's cable. */
    static String hubMac(int host, int port) {
        return String.format("02:4b:34:01:%02x:%02x", checkPort(port), checkHost(host));
    }

    /** The name of the bridge-side end of a host's cable in the hub: short enough for IFNAMSIZ. */
    static String hubPort(int host, int port) {
        return "h" + checkHost(host) + "p" + checkPort(port);
    }

    private static int checkHost(int host) {
        if (host < 1 || host > MAX_HOSTS) {
            throw new IllegalArgumentException("host must be 1-" + MAX_HOSTS + ": " + host);
        }
        return host;
    }

    private static int checkVirtual(int n) {
        if (n < 1 || n > MAX_VIRTUAL) {
            throw new IllegalArgumentException("virtual address number must be 1-" + MAX_VIRTUAL + ": " + n);
        }
        return n;
    }

    private static int checkPort(int port) {
        if (port < 0 || port > MAX_PORTS) {
            throw new IllegalArgumentException("port must be 0-" + MAX_PORTS + ": " + port);
        }
        return port;
    }
}
