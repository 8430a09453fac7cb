package org.keepalived4j.config.global;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.TreeSet;
import org.keepalived4j.config.IpAddress;
import org.keepalived4j.config.ScriptCommand;

/**
 * What the global keywords have set so far, while one configuration is being read. Mutable and
 * confined to one load; {@link GlobalBlocks#build} turns it into the immutable {@link GlobalConfig}.
 * Fields hold null where keepalived distinguishes "not set".
 */
final class GlobalDraft {

    /** Scheduling of one child process while it is read. */
    static final class ChildDraft {
        Integer nice;
        boolean noSwap;
        Integer realtimePriority;
        TreeSet<Integer> cpus = new TreeSet<>();
        Duration rlimitRttime = ChildProcess.DEFAULT_RLIMIT_RTTIME;
    }

    /** One notify FIFO while it is read. */
    static final class FifoDraft {
        String path;
        ScriptUser owner;
        ScriptCommand script;
    }

    /** One netlink socket buffer while it is read. */
    static final class BufferDraft {
        Long size;
        boolean force;
    }

    /** CPUs online, the bound of {@code *_cpu_affinity} (keepalived asks sysconf). */
    final int onlineCpus;

    GlobalDraft(int onlineCpus) {
        this.onlineCpus = onlineCpus;
    }

    // root-level keywords
    String netNamespace;
    String ipvsNamespace;
    boolean namespaceWithIpsets;
    String instanceName;
    boolean usePidDir;
    Duration childWaitTime = RunEnvironment.DEFAULT_CHILD_WAIT_TIME;
    boolean linkbeatUsePolling;

    // identity and process names
    String routerId;
    String parentName;
    String vrrpName;
    String checkerName;
    String bfdName;

    // scheduling
    final ChildDraft vrrpProcess = new ChildDraft();
    final ChildDraft checkerProcess = new ChildDraft();
    final ChildDraft bfdProcess = new ChildDraft();
    Integer maxAutoPriority;
    Duration minAutoPriorityDelay = ProcessTuning.DEFAULT_MIN_AUTO_PRIORITY_DELAY;

    // mail
    final List<String> recipients = new ArrayList<>();
    String emailFrom;
    SmtpServer smtpServer;
    String heloName;
    Duration smtpConnectTimeout = MailSettings.DEFAULT_CONNECT_TIMEOUT;
    Boolean smtpAlert;
    Boolean smtpAlertVrrp;
    Boolean smtpAlertChecker;
    boolean noEmailFaults;
    boolean noCheckerEmails;
    boolean checkerLogAllFailures;
    boolean rsInitNotifies;

    // scripts
    ScriptUser scriptUser;
    /** keepalived 2.2.7 never accepts a script user again once one failed in this load. */
    boolean scriptUserFailed;
    boolean scriptSecurity;
    ScriptCommand startupScript;
    Duration startupTimeout = ScriptSettings.DEFAULT_SCRIPT_TIMEOUT;
    ScriptCommand shutdownScript;
    Duration shutdownTimeout = ScriptSettings.DEFAULT_SCRIPT_TIMEOUT;

    // notify FIFOs
    final FifoDraft globalFifo = new FifoDraft();
    final FifoDraft vrrpFifo = new FifoDraft();
    final FifoDraft lvsFifo = new FifoDraft();
    boolean vrrpNotifyPriorityChanges;
    boolean fifoWriteVrrpStatesOnReload;

    // VRRP defaults
    int vrrpVersion = 2;
    IpAddress mcastGroup4 = VrrpDefaults.DEFAULT_MCAST_GROUP4;
    IpAddress mcastGroup6 = VrrpDefaults.DEFAULT_MCAST_GROUP6;
    String defaultInterface;
    boolean vrrpStrict;
    boolean skipCheckAdvAddr;
    boolean checkUnicastSrc;
    boolean lowerPrioNoAdvert;
    boolean higherPrioSendAdvert;
    int downTimerAdverts = VrrpDefaults.DEFAULT_DOWN_TIMER_ADVERTS;
    VipLifetimeSetting vipLifetime = VipLifetimeSetting.AUTO;
    boolean v3ChecksumAsV2;
    Duration startupDelay = Duration.ZERO;
    boolean logUnknownVrids;
    String vmacPrefix;
    String vmacAddrPrefix;
    boolean rxBufsMtu;
    boolean rxBufsAdvert;
    Long rxBufsSize;
    long rxBufsMultiplier = VrrpDefaults.DEFAULT_RX_BUFS_MULTIPLIER;
    boolean dynamicInterfaces;
    boolean allowIfChanges;
    boolean disableLocalIgmp;

    // GARP
    Duration garpMasterDelay = GarpDefaults.DEFAULT_MASTER_DELAY;
    long garpMasterRepeat = GarpDefaults.DEFAULT_MASTER_REPEAT;
    Duration garpMasterRefresh = Duration.ZERO;
    long garpMasterRefreshRepeat = GarpDefaults.DEFAULT_MASTER_REFRESH_REPEAT;
    Duration garpLowerPrioDelay;
    Long garpLowerPrioRepeat;
    Duration garpInterval = Duration.ZERO;
    Duration gnaInterval = Duration.ZERO;
    Duration garpExtraIf;
    boolean garpExtraIfAll;

    // firewall
    String nftablesTable;
    int nftablesPriority = FirewallSettings.DEFAULT_PRIORITY;
    boolean nftablesIfindex;
    boolean nftablesCounters;

    // LVS
    LvsSyncDaemon syncDaemon;
    Duration lvsTcpTimeout;
    Duration lvsTcpFinTimeout;
    Duration lvsUdpTimeout;
    boolean lvsFlush;
    LvsFlushOnStop lvsFlushOnStop = LvsFlushOnStop.DISABLED;
    String ipvsNftablesTable;
    int ipvsNftablesPriority = -1;
    long ipvsStartFwmark = LvsSettings.DEFAULT_START_FWMARK;

    // netlink buffers
    final BufferDraft vrrpNetlinkCmd = new BufferDraft();
    final BufferDraft vrrpNetlinkMonitor = new BufferDraft();
    final BufferDraft lvsNetlinkCmd = new BufferDraft();
    final BufferDraft lvsNetlinkMonitor = new BufferDraft();
    final BufferDraft processMonitor = new BufferDraft();

    // SNMP and DBus
    String snmpSocket;
    boolean snmpVrrp;
    boolean snmpChecker;
    boolean snmpRfcV2;
    boolean snmpRfcV3;
    boolean snmpTraps;
    boolean dbus;
    String dbusServiceName;

    // reload and config files
    String reloadCheckConfig;
    String reloadTimeFile;
    boolean reloadRepeat;
    String reloadFile;
    String tmpConfigDirectory;
    String configSaveDir;
    EnumSet<IncludeCheck.Option> includeCheck = EnumSet.noneOf(IncludeCheck.Option.class);
    Long randomSeed;
    boolean dataUseInstance;
    int umask = ConfigFileSettings.DEFAULT_UMASK;
}
