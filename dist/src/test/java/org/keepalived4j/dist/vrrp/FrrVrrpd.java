package org.keepalived4j.dist.vrrp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.keepalived4j.testing.HostProcess;
import org.keepalived4j.testing.LanHost;
import org.keepalived4j.testing.Launch;
import org.keepalived4j.testing.NetnsLan;

/**
 * FRR 8.4's VRRP (Debian {@code frr}: /usr/lib/frr/zebra and /usr/lib/frr/vrrpd) as a router of a namespace
 * LAN, set up as FRR's VRRP documentation says: per address family a macvlan on the VR's interface in mode
 * bridge, with the virtual MAC 00:00:5e:00:0{1,2}:VRID, {@code addrgenmode random} (so that its IPv6
 * link-local, the advert source, is not derived from the shared VMAC) and the VIP on it. vrrpd keeps the VIP
 * there in every state and puts the macvlan into {@code protodown} while Backup, so "holds the VIP" means
 * VIP present and macvlan not protodown.
 *
 * <p>zebra and vrrpd run in the foreground, started through the LAN (which stops them), with their
 * configuration, pid files, vty sockets and zserv socket in a private directory: nothing of the machine's
 * own FRR is used or touched. They drop privileges to the {@code frr} user (in group frrvty, which FRR
 * requires of the vty user), so that directory is world-writable inside a work directory others may
 * traverse.
 */
final class FrrVrrpd {

    private static final Pattern STATUS = Pattern.compile("\"(v4|v6)\":\\{[^}]*?\"status\":\"(\\w+)\"");

    private final NetnsLan lan;
    private final LanHost host;
    private final int vrid;
    private final String vip;
    private final boolean ipv6;
    private final Path dir;
    private HostProcess zebra;
    private HostProcess vrrpd;

    FrrVrrpd(NetnsLan lan, LanHost host, int vrid, String vip) {
        this.lan = lan;
        this.host = host;
        this.vrid = vrid;
        this.vip = vip;
        this.ipv6 = vip.contains(":");
        this.dir = lan.workDir().resolve("frr-" + host.role());
    }

    /** vrrp4-VRID or vrrp6-VRID. */
    String macvlan() {
        return (ipv6 ? "vrrp6-" : "vrrp4-") + vrid;
    }

    String vmac() {
        return String.format("00:00:5e:00:%02x:%02x", ipv6 ? 2 : 1, vrid);
    }

    /** Creates the macvlan with the VIP and starts zebra; vrrpd is started by {@link #start}. */
    void setUp() {
        String mvl = macvlan();
        // `ip link add ... addrgenmode random type macvlan` (FRR's doc) is refused by this kernel/iproute2
        // ("Address family not supported by protocol"): the same in two steps
        host.ip("link", "add", mvl, "link", host.interfaceName(), "type", "macvlan", "mode", "bridge").orThrow();
        host.ip("link", "set", mvl, "addrgenmode", "random").orThrow();
        host.ip("link", "set", mvl, "address", vmac()).orThrow();
        host.addAddress(mvl, vip + (ipv6 ? "/64" : "/24"));
        host.ip("link", "set", mvl, "up").orThrow();
        try {
            Files.createDirectories(dir);
            Files.setPosixFilePermissions(lan.workDir(), PosixFilePermissions.fromString("rwx--x--x"));
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxrwxrwx"));
            Files.writeString(dir.resolve("zebra.conf"), "hostname " + host.role() + "\nlog stdout informational\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        zebra = host.start(Launch.of("zebra", "/usr/lib/frr/zebra", "--vty_socket", dir.toString(),
                "-z", dir.resolve("zserv.api").toString(), "-i", dir.resolve("zebra.pid").toString(),
                "-f", dir.resolve("zebra.conf").toString(), "-P", "0"));
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!Files.exists(dir.resolve("zserv.api"))) {
            if (System.nanoTime() > deadline || !zebra.isAlive()) {
                throw new AssertionError("zebra did not open its zserv socket\n" + zebra.tail(20));
            }
            sleep(50);
        }
    }

    /** Starts vrrpd with one VR: version 3, this priority and interval, the VIP. */
    HostProcess start(int priority, int advertMillis) {
        String conf = "hostname " + host.role() + "\nlog stdout informational\n!\ninterface " + host.interfaceName()
                + "\n vrrp " + vrid + " version 3\n vrrp " + vrid + " priority " + priority
                + "\n vrrp " + vrid + " advertisement-interval " + advertMillis
                + "\n vrrp " + vrid + (ipv6 ? " ipv6 " : " ip ") + vip + "\n!\n";
        try {
            Files.writeString(dir.resolve("vrrpd.conf"), conf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        vrrpd = host.start(Launch.of("vrrpd", "/usr/lib/frr/vrrpd", "--vty_socket", dir.toString(),
                "-z", dir.resolve("zserv.api").toString(), "-i", dir.resolve("vrrpd.pid").toString(),
                "-f", dir.resolve("vrrpd.conf").toString(), "-P", "0"));
        return vrrpd;
    }

    HostProcess vrrpd() {
        return vrrpd;
    }

    HostProcess zebra() {
        return zebra;
    }

    /**
     * vrrpd reports Master for the family, and the VIP is usable: present, macvlan not in protodown. Right
     * after start the macvlan is up before zebra sets protodown, so the address check alone would be wrong.
     */
    boolean holdsVip() {
        if (vrrpd == null || !vrrpd.isAlive()) {
            return hasUsableVip();
        }
        Matcher m = STATUS.matcher(showVrrp());
        boolean master = false;
        while (m.find()) {
            if (m.group(1).equals(ipv6 ? "v6" : "v4")) {
                master = m.group(2).equals("Master");
            }
        }
        return master && hasUsableVip();
    }

    /** The VIP is configured on an interface that is not protodown (what hosts on the LAN can reach). */
    boolean hasUsableVip() {
        return host.hasAddress(vip) && !host.ip("-d", "link", "show", macvlan()).orThrow().stdout()
                .contains("protodown on");
    }

    /** {@code show vrrp VRID json}, for failure reports and the log. */
    String showVrrp() {
        return host.run(Duration.ofSeconds(5), "vtysh", "--vty_socket", dir.toString(), "-c",
                "show vrrp " + vrid + " json").stdout();
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
