package org.keepalived4j.config;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A host described by the test: users, groups, files, interfaces, the host name, the names its
 * resolver knows and its network namespaces. Start from one of the factories, then add what the
 * test needs; every fact the test did not add is absent.
 */
public final class FakeHost implements HostFacts {

    public static final int ROOT = 0;

    private final Map<String, NetInterface> interfaces = new HashMap<>();
    private final Set<String> users = new HashSet<>();
    private final Set<String> groups = new HashSet<>();
    private final Map<String, FileFacts> files = new HashMap<>();
    private final Set<String> namespaces = new HashSet<>();
    private final Set<String> hostNames = new HashSet<>();
    private String hostname = "lb1.example.com";

    private FakeHost() {
    }

    /** Nothing at all: no interfaces, users, groups or files; named lb1.example.com. */
    public static FakeHost bare() {
        return new FakeHost();
    }

    /**
     * A small Debian box named lb1.example.com: users root, daemon and nobody (groups root, daemon
     * and nogroup), root-owned system directories, /tmp with the sticky bit, the executables
     * /bin/true, /bin/false, /usr/bin/true and /usr/bin/logger, the IGMP sysctl of a recent kernel,
     * and a resolver that knows localhost and mail.example.com. No interfaces.
     */
    public static FakeHost debian() {
        FakeHost h = new FakeHost().user("root").user("daemon").user("nobody").group("nogroup");
        for (String dir : List.of("/", "/bin", "/usr", "/usr/bin", "/usr/sbin", "/sbin", "/etc", "/etc/keepalived",
                "/proc", "/proc/sys", "/proc/sys/net", "/proc/sys/net/ipv4", "/var", "/var/lib")) {
            h.directory(dir, ROOT, 0755);
        }
        h.directory("/tmp", ROOT, 01777);
        for (String exe : List.of("/bin/true", "/bin/false", "/usr/bin/true", "/usr/bin/logger")) {
            h.script(exe, ROOT, 0755);
        }
        h.file("/proc/sys/net/ipv4/igmp_link_local_mcast_reports", new FileFacts(true, false, ROOT, 0644));
        return h.hostName("localhost").hostName("mail.example.com");
    }

    /**
     * Shaped like the network namespace the real keepalived was checked in: {@code lo},
     * {@code eth0} (10.9.9.1/24) and {@code eth1} (10.9.9.2/24), user root only, root-owned /,
     * /bin, /usr, /usr/bin and {@code /bin/true} as the one executable.
     */
    public static FakeHost withEth0AndEth1() {
        FakeHost h = new FakeHost().user("root")
                .networkInterface(new NetInterface("lo", 1, true, true, List.of(prefix("127.0.0.1/8"))))
                .networkInterface(new NetInterface("eth0", 2, false, true, List.of(prefix("10.9.9.1/24"))))
                .networkInterface(new NetInterface("eth1", 3, false, true, List.of(prefix("10.9.9.2/24"))));
        for (String dir : List.of("/", "/bin", "/usr", "/usr/bin")) {
            h.directory(dir, ROOT, 0755);
        }
        return h.script("/bin/true", ROOT, 0755);
    }

    private static IpPrefix prefix(String text) {
        return IpPrefix.parse(text).orElseThrow();
    }

    /** A user, with the group of the same name that Debian's useradd gives it. */
    public FakeHost user(String name) {
        users.add(name);
        groups.add(name);
        return this;
    }

    public FakeHost group(String name) {
        groups.add(name);
        return this;
    }

    public FakeHost hostname(String name) {
        hostname = name;
        return this;
    }

    /** A host name the resolver knows. */
    public FakeHost hostName(String name) {
        hostNames.add(name);
        return this;
    }

    /** A named network namespace that exists on this host. */
    public FakeHost namespace(String name) {
        namespaces.add(name);
        return this;
    }

    public FakeHost directory(String path, int owner, int mode) {
        return file(path, new FileFacts(false, true, owner, mode));
    }

    /** A regular file, executable when its mode has any x bit. */
    public FakeHost script(String path, int owner, int mode) {
        return file(path, new FileFacts(true, (mode & 0111) != 0, owner, mode));
    }

    public FakeHost file(String path, FileFacts facts) {
        files.put(path, facts);
        return this;
    }

    public FakeHost remove(String path) {
        files.remove(path);
        return this;
    }

    public FakeHost networkInterface(NetInterface i) {
        interfaces.put(i.name(), i);
        return this;
    }

    /** Interfaces that are up and have no addresses; {@code lo} is the loopback. */
    public FakeHost links(String... names) {
        for (String name : names) {
            networkInterface(new NetInterface(name, interfaces.size() + 1, name.equals("lo"), true, List.of()));
        }
        return this;
    }

    @Override
    public boolean groupExists(String name) {
        return groups.contains(name);
    }

    @Override
    public boolean networkNamespaceExists(String name) {
        return namespaces.contains(name);
    }

    @Override
    public boolean userExists(String name) {
        return users.contains(name);
    }

    @Override
    public String hostname() {
        return hostname;
    }

    @Override
    public Optional<NetInterface> networkInterface(String name) {
        return Optional.ofNullable(interfaces.get(name));
    }

    @Override
    public boolean resolvesHostName(String name) {
        return hostNames.contains(name);
    }

    @Override
    public Optional<FileFacts> file(String path) {
        return Optional.ofNullable(files.get(path));
    }

    @Override
    public String shortHostname() {
        int dot = hostname.indexOf('.');
        return dot < 0 ? hostname : hostname.substring(0, dot);
    }
}
