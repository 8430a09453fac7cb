package org.keepalived4j.cli;

import java.util.ArrayList;
import java.util.List;
import org.keepalived4j.cli.OptionShape.Argument;

/**
 * Every option of {@code keepalived --help} (2.2.7), with keepalived's names and help text, plus
 * what keepalived4j adds, declared in keepalived's help order as plain data: {@link GetoptScan}
 * decides what the words mean, {@link #set} keeps what was given, and {@link UsageMessage}
 * renders the help from the same declarations. No annotation scan: a daemon that must send its
 * first advert within a second cannot spend a fifth of it reflecting over its own options.
 */
final class CommandLineOptions {

    static final String DEFAULT_CONFIG_FILE = "/etc/keepalived/keepalived.conf";

    /** How {@code -h} shows one option. */
    record Declared(OptionShape shape, String paramLabel, List<String> description, boolean hidden) {
    }

    static final List<Declared> DECLARED = List.of(
            withArgument('f', "use-file", "FILE", "Use the specified configuration file",
                    "default '" + DEFAULT_CONFIG_FILE + "'"),
            flag('P', "vrrp", "Only run with VRRP subsystem"),
            flag('C', "check", "Only run with Health-checker subsystem"),
            flag('B', "no_bfd", "Don't run BFD subsystem"),
            flag((char) 0, "all", "Force all child processes to run, even if have no configuration"),
            flag('l', "log-console", "Log messages to local console"),
            flag('D', "log-detail", "Detailed log messages (twice: more)"),
            withArgument('S', "log-facility", "([0-7]|local[0-7]|user|daemon)",
                    "Set syslog facility to LOG_LOCAL[0-7], user or daemon (default)"),
            flag('G', "no-syslog", "Don't log via syslog"),
            withArgument('u', "umask", "MASK", "umask for file creation (in numeric form)"),
            flag('X', "release-vips", "Drop VIP on transition from signal."),
            flag('V', "dont-release-vrrp", "Don't remove VRRP VIPs and VROUTEs on daemon stop"),
            flag('I', "dont-release-ipvs", "Don't remove IPVS topology on daemon stop"),
            flag('R', "dont-respawn", "Don't respawn child processes"),
            flag('n', "dont-fork", "Don't fork the daemon process (keepalived4j never forks)"),
            flag('d', "dump-conf", "Dump the configuration data"),
            withArgument('p', "pid", "FILE", "Use specified pidfile for parent process"),
            withArgument('r', "vrrp_pid", "FILE", "Use specified pidfile for VRRP child process"),
            flag('T', "genhash", "Enter into genhash utility mode (this should be the first option used)."),
            withArgument('c', "checkers_pid", "FILE", "Use specified pidfile for checkers child process"),
            flag('a', "address-monitoring", "Report all address additions/deletions notified via netlink"),
            withArgument('b', "bfd_pid", "FILE", "Use specified pidfile for BFD child process"),
            flag('x', "snmp", "Enable SNMP subsystem"),
            withArgument('A', "snmp-agent-socket", "FILE", "Use the specified socket for master agent"),
            withArgument('s', "namespace", "NAME", "Run in network namespace NAME (overrides config)"),
            flag('m', "core-dump", "Produce core dump if terminate abnormally"),
            withOptionalArgument('M', "core-dump-pattern", "PATN",
                    "Also set /proc/sys/kernel/core_pattern to PATN (default 'core')"),
            flag('e', "all-config", "Error if any configuration file missing (same as includet)"),
            withArgument('i', "config-id", "id", "Skip any configuration lines beginning '@' that don't match id",
                    "or any lines beginning @^ that do match.",
                    "The config-id defaults to the node name if option not used"),
            withArgument((char) 0, "signum", "SIGFUNC",
                    "Return signal number for STOP, RELOAD, DATA, STATS, STATS_CLEAR, JSON"),
            withOptionalArgument('t', "config-test", "LOG_FILE", "Check the configuration for obvious errors, output to",
                    "stderr by default"),
            flag((char) 0, "cleanup",
                    "Remove the configured virtual addresses left over by a crashed daemon, then exit"),
            // keepalived's internal reload check option; accepted so that reload_check_config can pass it
            new Declared(new OptionShape("config-fd", (char) 0, Argument.REQUIRED), "fd_num", List.of(), true),
            flag('v', "version", "Display the version number"),
            flag('h', "help", "Display this help message"));

    String useFile = DEFAULT_CONFIG_FILE;
    boolean vrrpOnly;
    boolean checkOnly;
    boolean noBfd;
    boolean all;
    boolean logConsole;
    /** How many times {@code -D} was given. */
    int logDetail;
    String logFacility;
    boolean noSyslog;
    String umask;
    boolean releaseVips;
    boolean dontReleaseVrrp;
    boolean dontReleaseIpvs;
    boolean dontRespawn;
    boolean dontFork;
    boolean dumpConf;
    String pidFile;
    String vrrpPidFile;
    boolean genhash;
    String checkersPidFile;
    boolean addressMonitoring;
    String bfdPidFile;
    boolean snmp;
    String snmpAgentSocket;
    String namespace;
    boolean coreDump;
    /** Empty when {@code -M} was given without a pattern. */
    String coreDumpPattern;
    boolean allConfig;
    String configId;
    String signum;
    /** Empty when {@code -t} was given without a log file. */
    String configTest;
    boolean cleanup;
    String configFd;
    boolean version;
    boolean help;

    /** The options as getopt sees them. */
    static List<OptionShape> shapes() {
        List<OptionShape> shapes = new ArrayList<>(DECLARED.size());
        for (Declared d : DECLARED) {
            shapes.add(d.shape());
        }
        return shapes;
    }

    /**
     * Keeps one option as given; a later one overrides an earlier one, as in keepalived.
     *
     * @param value the argument, null when none was given
     */
    void set(OptionShape option, String value) {
        String v = value == null ? "" : value;
        switch (option.longName()) {
            case "use-file" -> useFile = v;
            case "vrrp" -> vrrpOnly = true;
            case "check" -> checkOnly = true;
            case "no_bfd" -> noBfd = true;
            case "all" -> all = true;
            case "log-console" -> logConsole = true;
            case "log-detail" -> logDetail++;
            case "log-facility" -> logFacility = v;
            case "no-syslog" -> noSyslog = true;
            case "umask" -> umask = v;
            case "release-vips" -> releaseVips = true;
            case "dont-release-vrrp" -> dontReleaseVrrp = true;
            case "dont-release-ipvs" -> dontReleaseIpvs = true;
            case "dont-respawn" -> dontRespawn = true;
            case "dont-fork" -> dontFork = true;
            case "dump-conf" -> dumpConf = true;
            case "pid" -> pidFile = v;
            case "vrrp_pid" -> vrrpPidFile = v;
            case "genhash" -> genhash = true;
            case "checkers_pid" -> checkersPidFile = v;
            case "address-monitoring" -> addressMonitoring = true;
            case "bfd_pid" -> bfdPidFile = v;
            case "snmp" -> snmp = true;
            case "snmp-agent-socket" -> snmpAgentSocket = v;
            case "namespace" -> namespace = v;
            case "core-dump" -> coreDump = true;
            case "core-dump-pattern" -> coreDumpPattern = v;
            case "all-config" -> allConfig = true;
            case "config-id" -> configId = v;
            case "signum" -> signum = v;
            case "config-test" -> configTest = v;
            case "cleanup" -> cleanup = true;
            case "config-fd" -> configFd = v;
            case "version" -> version = true;
            case "help" -> help = true;
            default -> throw new IllegalArgumentException("undeclared option --" + option.longName());
        }
    }

    /** How many times {@code -D} was given. */
    int detail() {
        return logDetail;
    }

    private static Declared flag(char shortName, String longName, String... description) {
        return new Declared(new OptionShape(longName, shortName, Argument.NONE), null, List.of(description), false);
    }

    private static Declared withArgument(char shortName, String longName, String label, String... description) {
        return new Declared(new OptionShape(longName, shortName, Argument.REQUIRED), label, List.of(description), false);
    }

    private static Declared withOptionalArgument(char shortName, String longName, String label, String... description) {
        return new Declared(new OptionShape(longName, shortName, Argument.OPTIONAL), label, List.of(description), false);
    }
}
