package org.keepalived4j.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * What keepalived4j tells the log about options it accepts (so that existing unit files and scripts
 * keep working) but cannot act on yet. Never silent: each such option gives one line at start-up.
 */
final class OptionNotes {

    private static final String NOT_YET = " is accepted but not yet supported by keepalived4j";

    private OptionNotes() {
    }

    static List<String> of(CommandLineOptions o) {
        List<String> notes = new ArrayList<>();
        notYet(notes, o.vrrpOnly, "-P/--vrrp", "only VRRP runs in this build");
        notYet(notes, o.checkOnly, "-C/--check", "no VRRP or checker subsystem in this build");
        notYet(notes, o.noBfd, "-B/--no_bfd", "no BFD subsystem in this build");
        notYet(notes, o.all, "--all", "no checker or BFD subsystem in this build");
        notYet(notes, o.umask != null, "-u/--umask", "files are created with the JVM's umask");
        notYet(notes, o.releaseVips, "-X/--release-vips", null);
        notYet(notes, o.dontReleaseIpvs, "-I/--dont-release-ipvs", "no LVS in this build");
        if (o.dontRespawn) {
            notes.add("Option -R/--dont-respawn is accepted; keepalived4j runs as one process and never respawns");
        }
        notYet(notes, o.vrrpPidFile != null, "-r/--vrrp_pid", "one process: only the -p pid file is written");
        notYet(notes, o.checkersPidFile != null, "-c/--checkers_pid", "one process: only the -p pid file is written");
        notYet(notes, o.bfdPidFile != null, "-b/--bfd_pid", "one process: only the -p pid file is written");
        notYet(notes, o.addressMonitoring, "-a/--address-monitoring", null);
        notYet(notes, o.snmp, "-x/--snmp", "SNMP comes with the snmp-agent plugin");
        notYet(notes, o.snmpAgentSocket != null, "-A/--snmp-agent-socket", "SNMP comes with the snmp-agent plugin");
        notYet(notes, o.namespace != null, "-s/--namespace", null);
        notYet(notes, o.coreDump, "-m/--core-dump", null);
        notYet(notes, o.coreDumpPattern != null, "-M/--core-dump-pattern", null);
        notYet(notes, o.configFd != null, "--config-fd", null);
        return notes;
    }

    private static void notYet(List<String> notes, boolean given, String option, String why) {
        if (given) {
            notes.add("Option " + option + NOT_YET + (why == null ? "" : " (" + why + ")"));
        }
    }
}
