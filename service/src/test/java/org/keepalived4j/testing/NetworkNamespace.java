package org.keepalived4j.testing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A network namespace of a LAN, in which commands run and processes start. */
public class NetworkNamespace {

    private final NetnsLan lan;
    private final String role;
    private final String name;

    NetworkNamespace(NetnsLan lan, String role) {
        this.lan = lan;
        this.role = role;
        this.name = lan.id().namespace(role);
    }

    /** The namespace's name, for `ip netns exec NAME` or `ip -n NAME`. */
    public String name() {
        return name;
    }

    /** "hub", "h1", "h2", ... */
    public String role() {
        return role;
    }

    NetnsLan lan() {
        return lan;
    }

    /** Runs a command to completion inside this namespace (30 s at most). */
    public CommandResult run(String... argv) {
        return run(Commands.DEFAULT_TIMEOUT, argv);
    }

    public CommandResult run(Duration timeout, String... argv) {
        return run(timeout, List.of(argv));
    }

    public CommandResult run(Duration timeout, List<String> argv) {
        List<String> inside = new ArrayList<>(List.of("ip", "netns", "exec", name));
        inside.addAll(argv);
        return Commands.run(inside, timeout);
    }

    /** Runs {@code ip -n NAME ARGS...}: cheaper than run("ip", ...) as it needs no exec into the namespace. */
    public CommandResult ip(String... args) {
        List<String> argv = new ArrayList<>(List.of("ip", "-n", name));
        argv.addAll(Arrays.asList(args));
        return Commands.run(argv);
    }

    /** Starts a long-running process here; the LAN stops it on close if the test does not. */
    public HostProcess start(String label, String... argv) {
        return start(Launch.of(label, argv));
    }

    public HostProcess start(Launch launch) {
        return lan.start(this, launch);
    }

    /** The addresses (ADDR/LEN) on one interface, as `ip -br addr` shows them. */
    public List<String> addresses(String interfaceName) {
        return BriefAddresses.of(ip("-br", "addr", "show", "dev", interfaceName).orThrow().stdout(), interfaceName);
    }

    /** True if any interface here has the address (without prefix length). */
    public boolean hasAddress(String address) {
        return BriefAddresses.all(ip("-br", "addr").orThrow().stdout()).stream()
                .anyMatch(cidr -> cidr.startsWith(address + "/"));
    }

    @Override
    public String toString() {
        return name;
    }
}
