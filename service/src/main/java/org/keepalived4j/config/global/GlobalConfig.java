package org.keepalived4j.config.global;

import java.util.Objects;
import org.keepalived4j.config.Diagnostics;
import org.keepalived4j.config.HostFacts;
import org.keepalived4j.config.ParseContext;

/**
 * The global part of the configuration: {@code global_defs} and the root-level keywords
 * ({@code net_namespace}, {@code instance}, {@code use_pid_dir}, ...), with keepalived 2.2.7's
 * defaults for everything not written.
 *
 * @param environment    namespace, instance name, pid directory, child wait time
 * @param routerId       {@code router_id} (default: the host name)
 * @param processNames   {@code process_names}, {@code *process_name}
 * @param processTuning  nice/realtime priority, CPU affinity, no-swap, rlimit of each child
 * @param mail           SMTP alerting
 * @param scripts        script user, script security, startup/shutdown scripts
 * @param notifyFifos    notify FIFOs and their scripts
 * @param vrrp           defaults of every VRRP instance and VRRP-process settings
 * @param garp           gratuitous ARP / NA defaults
 * @param firewall       the VRRP nftables table
 * @param lvs            IPVS sync daemon, timeouts, flushes, IPVS nftables table
 * @param netlinkBuffers netlink socket buffer sizes
 * @param snmp           SNMP switches and AgentX socket
 * @param dbus           DBus switch and service name
 * @param reload         reload checking and scheduling
 * @param configFiles    config copy/save directories, include_check, random seed, umask
 */
public record GlobalConfig(RunEnvironment environment, String routerId, ProcessNames processNames,
                           ProcessTuning processTuning, MailSettings mail, ScriptSettings scripts,
                           NotifyFifos notifyFifos, VrrpDefaults vrrp, GarpDefaults garp, FirewallSettings firewall,
                           LvsSettings lvs, NetlinkBuffers netlinkBuffers, SnmpSettings snmp, DbusSettings dbus,
                           ReloadSettings reload, ConfigFileSettings configFiles) {

    public GlobalConfig {
        Objects.requireNonNull(environment, "environment");
        Objects.requireNonNull(routerId, "routerId");
        Objects.requireNonNull(processNames, "processNames");
        Objects.requireNonNull(processTuning, "processTuning");
        Objects.requireNonNull(mail, "mail");
        Objects.requireNonNull(scripts, "scripts");
        Objects.requireNonNull(notifyFifos, "notifyFifos");
        Objects.requireNonNull(vrrp, "vrrp");
        Objects.requireNonNull(garp, "garp");
        Objects.requireNonNull(firewall, "firewall");
        Objects.requireNonNull(lvs, "lvs");
        Objects.requireNonNull(netlinkBuffers, "netlinkBuffers");
        Objects.requireNonNull(snmp, "snmp");
        Objects.requireNonNull(dbus, "dbus");
        Objects.requireNonNull(reload, "reload");
        Objects.requireNonNull(configFiles, "configFiles");
    }

    /**
     * The configuration of a keepalived.conf without global keywords, on the given host: handy
     * for the tests of the families that read this one.
     */
    public static GlobalConfig defaults(HostFacts host) {
        return new GlobalBlocks().build(new ParseContext(new Diagnostics(), host));
    }
}
