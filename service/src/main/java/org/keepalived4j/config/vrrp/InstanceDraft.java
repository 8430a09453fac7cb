package org.keepalived4j.config.vrrp;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.keepalived4j.config.HostFacts.NetInterface;
import org.keepalived4j.config.IpAddress;
import org.keepalived4j.config.IpPrefix;
import org.keepalived4j.config.ScriptCommand;
import org.keepalived4j.config.SourcePos;
import org.keepalived4j.config.net.AddressEntry;
import org.keepalived4j.config.net.RouteEntry;
import org.keepalived4j.config.net.RuleEntry;
import org.keepalived4j.config.global.VipLifetimeSetting;

/**
 * A {@code vrrp_instance} while it is read and completed: every field as keepalived keeps it,
 * with {@code null} (or 0) for "not configured" where keepalived resolves a default later.
 */
final class InstanceDraft {

    final String name;
    final SourcePos pos;
    SourcePos end;

    Election.State wantState;
    int priority;
    int vrid;
    int version;
    IpAddress.Family family;

    /**
     * keepalived's rule for every address an instance names (VIPs, source, peers, mcast
     * destination, ipvlan): the first one sets the instance's family, a later one must match it.
     */
    boolean adoptsFamily(IpAddress.Family f) {
        if (family == null) {
            family = f;
        }
        return family == f;
    }
    Duration advertInterval;

    String interfaceName;
    NetInterface ifp;
    String vrfName;
    NetInterface vrfIfp;

    IpAddress sourceAddress;
    boolean trackSourceAddress;
    IpAddress multicastDestination;
    final List<UnicastPeer> peers = new ArrayList<>();
    int unicastTtl = -1;
    boolean unicastConfigured;
    boolean unicastFaultNoPeer;
    boolean checkUnicastSource;
    InstanceNetwork.UnicastChecksum unicastChecksum = InstanceNetwork.UnicastChecksum.NONE;

    Authentication.Type authType;
    String authPassword = "";

    final List<AddressEntry> vips = new ArrayList<>();
    final List<IpPrefix> vipPrefixes = new ArrayList<>();
    /** The first word of each VIP line and whether it names a device, for the checks that need them. */
    final List<String> vipTexts = new ArrayList<>();
    final List<Boolean> vipHasDevice = new ArrayList<>();
    final List<AddressEntry> evips = new ArrayList<>();
    final List<String> evipTexts = new ArrayList<>();
    final List<Boolean> evipHasDevice = new ArrayList<>();
    final List<RouteEntry> routes = new ArrayList<>();
    final List<RuleEntry> rules = new ArrayList<>();

    final List<TrackedObject> trackInterfaces = new ArrayList<>();
    final List<TrackedObject> trackScripts = new ArrayList<>();
    final List<TrackedObject> trackFiles = new ArrayList<>();
    final List<TrackedObject> trackProcesses = new ArrayList<>();
    final List<TrackedObject> trackBfds = new ArrayList<>();
    boolean dontTrackPrimary;

    boolean nopreempt;
    Duration preemptDelay = Duration.ZERO;
    Boolean accept;
    Boolean strictMode;
    boolean skipCheckAdvAddr;

    boolean vmac;
    /** The VMAC or ipvlan interface name (keepalived keeps one field for both). */
    String vmacName;
    String vmacMac;
    boolean vmacAddr;
    boolean vmacXmitBase;
    boolean ipvlan;
    IpPrefix ipvlanAddress;
    Ipvlan.Mode ipvlanMode = Ipvlan.Mode.BRIDGE;
    boolean ipvlanModeSet;
    boolean promoteSecondaries;
    boolean linkbeatUsePolling;
    long kernelRxBufSize;
    int debug;

    Duration garpMasterDelay;
    int garpMasterRepeat;
    Duration garpMasterRefresh;
    int garpMasterRefreshRepeat;
    Duration garpLowerPrioDelay;
    Integer garpLowerPrioRepeat;
    Duration garpExtraIf;
    boolean garpExtraIfAll;
    int downTimerAdverts;
    VipLifetimeSetting vipLifetime;
    boolean v3ChecksumAsV2;
    Boolean lowerPrioNoAdvert;
    Boolean higherPrioSendAdvert;

    ScriptCommand notifyMaster;
    ScriptCommand notifyBackup;
    ScriptCommand notifyFault;
    ScriptCommand notifyStop;
    ScriptCommand notifyDeleted;
    ScriptCommand notifyGeneric;
    ScriptCommand notifyMasterRxLowerPri;
    boolean notifyDeletedSet;
    Boolean notifyPriorityChanges;
    Boolean smtpAlert;

    SyncGroupDraft sync;

    InstanceDraft(String name, SourcePos pos, InstanceDefaults defaults) {
        this.name = name;
        this.pos = pos;
        this.end = pos;
        this.skipCheckAdvAddr = defaults.skipCheckAdvAddr();
        this.garpMasterDelay = defaults.garpMasterDelay();
        this.garpMasterRepeat = defaults.garpMasterRepeat();
        this.garpMasterRefresh = defaults.garpMasterRefresh();
        this.garpMasterRefreshRepeat = defaults.garpMasterRefreshRepeat();
        this.downTimerAdverts = defaults.downTimerAdverts();
        this.vipLifetime = defaults.vipLifetime();
        this.v3ChecksumAsV2 = defaults.v3ChecksumAsV2();
    }

    boolean isUnicast() {
        return !peers.isEmpty();
    }

    boolean isOwner() {
        return priority == Election.PRIORITY_OWNER;
    }
}
