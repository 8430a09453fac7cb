package org.keepalived4j.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Every option of {@code keepalived --help} (2.2.7), with keepalived's names and help text, plus
 * what keepalived4j adds. Declared in keepalived's help order; picocli renders the help and binds
 * values, {@link GetoptScan} decides what the words mean.
 */
@Command(name = "keepalived4j", sortOptions = false, usageHelpWidth = 100, abbreviateSynopsis = true,
        customSynopsis = "keepalived4j [OPTION...]",
        description = "Keepalived (VRRP failover and LVS health checking) for the JVM; accepts keepalived 2.2.7's options.",
        footer = {"", "Settings: /etc/keepalived4j/keepalived4j.properties (-Dkeepalived4j.properties=FILE or KEEPALIVED4J_PROPERTIES to change)."})
final class CommandLineOptions {

    static final String DEFAULT_CONFIG_FILE = "/etc/keepalived/keepalived.conf";

    @Option(names = {"-f", "--use-file"}, paramLabel = "FILE",
            description = {"Use the specified configuration file", "default '" + DEFAULT_CONFIG_FILE + "'"})
    String useFile = DEFAULT_CONFIG_FILE;

    @Option(names = {"-P", "--vrrp"}, description = "Only run with VRRP subsystem")
    boolean vrrpOnly;

    @Option(names = {"-C", "--check"}, description = "Only run with Health-checker subsystem")
    boolean checkOnly;

    @Option(names = {"-B", "--no_bfd"}, description = "Don't run BFD subsystem")
    boolean noBfd;

    @Option(names = "--all", description = "Force all child processes to run, even if have no configuration")
    boolean all;

    @Option(names = {"-l", "--log-console"}, description = "Log messages to local console")
    boolean logConsole;

    @Option(names = {"-D", "--log-detail"}, description = "Detailed log messages (twice: more)")
    boolean[] logDetail = new boolean[0];

    @Option(names = {"-S", "--log-facility"}, paramLabel = "([0-7]|local[0-7]|user|daemon)",
            description = "Set syslog facility to LOG_LOCAL[0-7], user or daemon (default)")
    String logFacility;

    @Option(names = {"-G", "--no-syslog"}, description = "Don't log via syslog")
    boolean noSyslog;

    @Option(names = {"-u", "--umask"}, paramLabel = "MASK", description = "umask for file creation (in numeric form)")
    String umask;

    @Option(names = {"-X", "--release-vips"}, description = "Drop VIP on transition from signal.")
    boolean releaseVips;

    @Option(names = {"-V", "--dont-release-vrrp"}, description = "Don't remove VRRP VIPs and VROUTEs on daemon stop")
    boolean dontReleaseVrrp;

    @Option(names = {"-I", "--dont-release-ipvs"}, description = "Don't remove IPVS topology on daemon stop")
    boolean dontReleaseIpvs;

    @Option(names = {"-R", "--dont-respawn"}, description = "Don't respawn child processes")
    boolean dontRespawn;

    @Option(names = {"-n", "--dont-fork"}, description = "Don't fork the daemon process (keepalived4j never forks)")
    boolean dontFork;

    @Option(names = {"-d", "--dump-conf"}, description = "Dump the configuration data")
    boolean dumpConf;

    @Option(names = {"-p", "--pid"}, paramLabel = "FILE", description = "Use specified pidfile for parent process")
    String pidFile;

    @Option(names = {"-r", "--vrrp_pid"}, paramLabel = "FILE", description = "Use specified pidfile for VRRP child process")
    String vrrpPidFile;

    @Option(names = {"-T", "--genhash"},
            description = "Enter into genhash utility mode (this should be the first option used).")
    boolean genhash;

    @Option(names = {"-c", "--checkers_pid"}, paramLabel = "FILE",
            description = "Use specified pidfile for checkers child process")
    String checkersPidFile;

    @Option(names = {"-a", "--address-monitoring"},
            description = "Report all address additions/deletions notified via netlink")
    boolean addressMonitoring;

    @Option(names = {"-b", "--bfd_pid"}, paramLabel = "FILE", description = "Use specified pidfile for BFD child process")
    String bfdPidFile;

    @Option(names = {"-x", "--snmp"}, description = "Enable SNMP subsystem")
    boolean snmp;

    @Option(names = {"-A", "--snmp-agent-socket"}, paramLabel = "FILE",
            description = "Use the specified socket for master agent")
    String snmpAgentSocket;

    @Option(names = {"-s", "--namespace"}, paramLabel = "NAME",
            description = "Run in network namespace NAME (overrides config)")
    String namespace;

    @Option(names = {"-m", "--core-dump"}, description = "Produce core dump if terminate abnormally")
    boolean coreDump;

    @Option(names = {"-M", "--core-dump-pattern"}, arity = "0..1", paramLabel = "PATN",
            description = "Also set /proc/sys/kernel/core_pattern to PATN (default 'core')")
    String coreDumpPattern;

    @Option(names = {"-e", "--all-config"}, description = "Error if any configuration file missing (same as includet)")
    boolean allConfig;

    @Option(names = {"-i", "--config-id"}, paramLabel = "id",
            description = {"Skip any configuration lines beginning '@' that don't match id",
                "or any lines beginning @^ that do match.",
                "The config-id defaults to the node name if option not used"})
    String configId;

    @Option(names = "--signum", paramLabel = "SIGFUNC",
            description = "Return signal number for STOP, RELOAD, DATA, STATS, STATS_CLEAR, JSON")
    String signum;

    @Option(names = {"-t", "--config-test"}, arity = "0..1", paramLabel = "LOG_FILE",
            description = {"Check the configuration for obvious errors, output to", "stderr by default"})
    String configTest;

    @Option(names = "--cleanup", description = "Remove the configured virtual addresses left over by a crashed daemon, then exit")
    boolean cleanup;

    /** keepalived's internal reload check option; accepted so that reload_check_config can pass it. */
    @Option(names = "--config-fd", paramLabel = "fd_num", hidden = true)
    String configFd;

    @Option(names = {"-v", "--version"}, description = "Display the version number")
    boolean version;

    @Option(names = {"-h", "--help"}, description = "Display this help message")
    boolean help;

    /** How many times {@code -D} was given. */
    int detail() {
        return logDetail.length;
    }
}
