package org.keepalived4j.config;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InterfaceAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.nio.file.Files;

import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The machine this process runs on, in the network namespace it runs in. */
public final class LiveHostFacts implements HostFacts {

    @Override
    public Optional<NetInterface> networkInterface(String name) {
        try {
            NetworkInterface ni = NetworkInterface.getByName(name);
            if (ni == null) {
                return Optional.empty();
            }
            List<IpPrefix> addrs = new ArrayList<>();
            for (InterfaceAddress ia : ni.getInterfaceAddresses()) {
                IpAddress a = IpAddress.of(ia.getAddress().getAddress());
                int len = Math.max(0, Math.min(ia.getNetworkPrefixLength(), a.bitLength()));
                addrs.add(new IpPrefix(a, len, true));
            }
            return Optional.of(new NetInterface(ni.getName(), ni.getIndex(), ni.isLoopback(), ni.isUp(), addrs));
        } catch (SocketException e) {
            return Optional.empty();
        }
    }

    @Override
    public boolean userExists(String name) {
        return databaseHas(Path.of("/etc/passwd"), name);
    }

    @Override
    public boolean groupExists(String name) {
        return databaseHas(Path.of("/etc/group"), name);
    }

    private static boolean databaseHas(Path db, String name) {
        try {
            return Files.readAllLines(db).stream().anyMatch(l -> l.startsWith(name + ":"));
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public Optional<FileFacts> file(String path) {
        Path p = Path.of(path);
        try {
            PosixFileAttributes a = Files.readAttributes(p, PosixFileAttributes.class);
            int uid = (Integer) Files.getAttribute(p, "unix:uid");
            // unix:mode keeps the set-id and sticky bits, which script security looks at (a sticky /tmp is safe)
            int mode = (Integer) Files.getAttribute(p, "unix:mode") & 07777;
            return Optional.of(new FileFacts(a.isRegularFile(), Files.isExecutable(p), uid, mode));
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    @Override
    public boolean resolvesHostName(String name) {
        try {
            return InetAddress.getAllByName(name).length > 0;
        } catch (UnknownHostException | SecurityException e) {
            return false;
        }
    }

    @Override
    public boolean networkNamespaceExists(String name) {
        // where iproute2 (and keepalived's set_namespaces) find named namespaces
        return !name.isEmpty() && !name.contains("/") && Files.exists(Path.of("/var/run/netns", name));
    }

    @Override
    public String shortHostname() {
        String h = hostname();
        int dot = h.indexOf('.');
        return dot < 0 ? h : h.substring(0, dot);
    }

    @Override
    public String hostname() {
        try {
            return Files.readString(Path.of("/proc/sys/kernel/hostname")).trim();
        } catch (IOException e) {
            return "localhost";
        }
    }

}
