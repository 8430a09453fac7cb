package org.keepalived4j.config.global;

import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import org.keepalived4j.config.BlockFamily;
import org.keepalived4j.config.ConfigErrorKind;
import org.keepalived4j.config.Diagnostics;
import org.keepalived4j.config.Directive;
import org.keepalived4j.config.HostFacts;
import org.keepalived4j.config.KeywordTable;
import org.keepalived4j.config.ParseContext;
import org.keepalived4j.config.SourcePos;

/**
 * The global family: the {@code global_defs} block and the root-level keywords
 * {@code net_namespace}, {@code net_namespace_ipvs}, {@code namespace_with_ipsets},
 * {@code instance}, {@code use_pid_dir}, {@code child_wait_time} and
 * {@code linkbeat_use_polling}. The keyword set is exactly keepalived 2.2.7's (as Debian builds
 * it: with nftables, without iptables and ipsets); later keywords are unknown, as there.
 */
public final class GlobalBlocks implements BlockFamily {

    private static final KeywordTable<GlobalDraft> GLOBAL_DEFS = globalDefsTable();

    private static final Set<String> TOP_LEVEL = Set.of("global_defs", "net_namespace", "net_namespace_ipvs",
            "namespace_with_ipsets", "instance", "use_pid_dir", "child_wait_time", "linkbeat_use_polling");

    private final GlobalDraft draft;

    public GlobalBlocks() {
        this(Runtime.getRuntime().availableProcessors());
    }

    /** @param onlineCpus the CPUs {@code *_cpu_affinity} may name (0 .. onlineCpus-1) */
    GlobalBlocks(int onlineCpus) {
        this.draft = new GlobalDraft(onlineCpus);
    }

    private static KeywordTable<GlobalDraft> globalDefsTable() {
        KeywordTable<GlobalDraft> t = new KeywordTable<>("global_defs");
        MailKeywords.register(t);
        ProcessKeywords.register(t);
        ScriptKeywords.register(t);
        VrrpKeywords.register(t);
        LvsKeywords.register(t);
        SystemKeywords.register(t);
        return t;
    }

    /** The keywords keepalived 2.2.7 accepts inside {@code global_defs}. */
    public static Set<String> globalDefsKeywords() {
        return GLOBAL_DEFS.keywords();
    }

    @Override
    public Set<String> topLevelKeywords() {
        return TOP_LEVEL;
    }

    @Override
    public void accept(Directive d, ParseContext ctx) {
        Diagnostics diag = ctx.diagnostics();
        GlobalDraft g = draft;
        switch (d.keyword()) {
            case "global_defs" -> {
                if (!d.hasBlock()) {
                    diag.report(ConfigErrorKind.MISSING_BOB, d.pos(), "Missing '{' at beginning of configuration block");
                    return;
                }
                GLOBAL_DEFS.applyAll(d.children(), g, ctx);
            }
            case "net_namespace" -> {
                if (d.argCount() < 1) {
                    diag.error(d.pos(), "net_namespace name missing - ignoring");
                } else if (g.netNamespace != null) {
                    diag.error(d.pos(), "Duplicate net_namespace definition " + d.arg(0) + " - ignoring");
                } else {
                    g.netNamespace = d.arg(0);
                    g.usePidDir = true;
                }
            }
            case "net_namespace_ipvs" -> {
                if (g.ipvsNamespace != null) {
                    diag.error(d.pos(), "Duplicate net_namespace_ipvs definition "
                            + (d.argCount() < 1 ? "(null)" : d.arg(0)) + " - ignoring");
                } else {
                    // no name means the default namespace
                    g.ipvsNamespace = d.argCount() < 1 ? "" : d.arg(0);
                }
            }
            case "namespace_with_ipsets" -> g.namespaceWithIpsets = true;
            case "instance" -> {
                if (d.argCount() < 1) {
                    diag.error(d.pos(), "instance name missing - ignoring");
                } else if (g.instanceName != null) {
                    diag.error(d.pos(), "Duplicate instance definition " + d.arg(0) + " - ignoring");
                } else {
                    g.instanceName = d.arg(0);
                    g.usePidDir = true;
                }
            }
            case "use_pid_dir" -> g.usePidDir = true;
            case "child_wait_time" -> Reading.unsigned(d, ctx, 0, Reading.UINT_MAX, w -> "Invalid child_wait_time " + w)
                    .ifPresent(v -> g.childWaitTime = java.time.Duration.ofSeconds(v));
            case "linkbeat_use_polling" -> g.linkbeatUsePolling = true;
            default -> throw new IllegalArgumentException("not a global keyword: " + d.keyword());
        }
    }

    /**
     * Called once after the whole text is read: applies defaults, validates (cross references
     * included) and returns the immutable model. Problems go to {@code ctx.diagnostics()}.
     */
    public GlobalConfig build(ParseContext ctx) {
        GlobalDraft g = draft;
        HostFacts host = ctx.host();
        String localName = host.hostname();
        RunEnvironment environment = new RunEnvironment(Optional.ofNullable(g.netNamespace),
                Optional.ofNullable(g.ipvsNamespace), g.namespaceWithIpsets, Optional.ofNullable(g.instanceName),
                g.usePidDir, g.childWaitTime, g.linkbeatUsePolling);
        ProcessNames names = new ProcessNames(Optional.ofNullable(g.parentName), Optional.ofNullable(g.vrrpName),
                Optional.ofNullable(g.checkerName), Optional.ofNullable(g.bfdName));
        ProcessTuning tuning = new ProcessTuning(child(g.vrrpProcess), child(g.checkerProcess), child(g.bfdProcess),
                g.maxAutoPriority == null ? OptionalInt.empty() : OptionalInt.of(g.maxAutoPriority), g.minAutoPriorityDelay);
        MailSettings mail = new MailSettings(g.recipients, Optional.ofNullable(g.emailFrom), Optional.ofNullable(g.smtpServer),
                Optional.ofNullable(g.heloName), g.smtpConnectTimeout, Optional.ofNullable(g.smtpAlert),
                Optional.ofNullable(g.smtpAlertVrrp), Optional.ofNullable(g.smtpAlertChecker), g.noEmailFaults,
                g.noCheckerEmails, g.checkerLogAllFailures, g.rsInitNotifies, localName);
        ScriptSettings scripts = ParentScripts.secure(g, ctx);
        NotifyFifos fifos = fifos(g, ctx.diagnostics());
        VrrpDefaults vrrp = new VrrpDefaults(g.vrrpVersion, g.mcastGroup4, g.mcastGroup6, Optional.ofNullable(g.defaultInterface),
                g.vrrpStrict, g.skipCheckAdvAddr, g.checkUnicastSrc, g.lowerPrioNoAdvert, g.higherPrioSendAdvert,
                g.downTimerAdverts, g.startupDelay, g.logUnknownVrids, Optional.ofNullable(g.vmacPrefix),
                Optional.ofNullable(g.vmacAddrPrefix), rxBufsPolicy(g), g.rxBufsMultiplier, g.dynamicInterfaces,
                g.allowIfChanges, g.disableLocalIgmp, g.vipLifetime, g.v3ChecksumAsV2);
        GarpDefaults garp = new GarpDefaults(g.garpMasterDelay, g.garpMasterRepeat, g.garpMasterRefresh,
                g.garpMasterRefreshRepeat, Optional.ofNullable(g.garpLowerPrioDelay),
                g.garpLowerPrioRepeat == null ? OptionalLong.empty() : OptionalLong.of(g.garpLowerPrioRepeat),
                g.garpInterval, g.gnaInterval, Optional.ofNullable(g.garpExtraIf), g.garpExtraIfAll);
        FirewallSettings firewall = new FirewallSettings(Optional.ofNullable(g.nftablesTable), g.nftablesPriority,
                g.nftablesIfindex, g.nftablesCounters);
        LvsSettings lvs = new LvsSettings(Optional.ofNullable(g.syncDaemon),
                new LvsTimeouts(Optional.ofNullable(g.lvsTcpTimeout), Optional.ofNullable(g.lvsTcpFinTimeout),
                        Optional.ofNullable(g.lvsUdpTimeout)),
                g.lvsFlush, g.lvsFlushOnStop, Optional.ofNullable(g.ipvsNftablesTable), g.ipvsNftablesPriority,
                g.ipvsStartFwmark);
        NetlinkBuffers buffers = new NetlinkBuffers(buffer(g.vrrpNetlinkCmd), buffer(g.vrrpNetlinkMonitor),
                buffer(g.lvsNetlinkCmd), buffer(g.lvsNetlinkMonitor), buffer(g.processMonitor));
        SnmpSettings snmp = new SnmpSettings(Optional.ofNullable(g.snmpSocket), g.snmpVrrp, g.snmpChecker, g.snmpRfcV2,
                g.snmpRfcV3, g.snmpTraps);
        DbusSettings dbus = new DbusSettings(g.dbus, Optional.ofNullable(g.dbusServiceName));
        ReloadSettings reload = new ReloadSettings(Optional.ofNullable(g.reloadCheckConfig),
                Optional.ofNullable(g.reloadTimeFile), g.reloadRepeat, Optional.ofNullable(g.reloadFile));
        ConfigFileSettings files = new ConfigFileSettings(Optional.ofNullable(g.tmpConfigDirectory),
                Optional.ofNullable(g.configSaveDir), new IncludeCheck(g.includeCheck),
                g.randomSeed == null ? OptionalLong.empty() : OptionalLong.of(g.randomSeed), g.dataUseInstance, g.umask);
        String routerId = g.routerId != null ? g.routerId : localName;
        return new GlobalConfig(environment, routerId, names, tuning, mail, scripts, fifos, vrrp, garp, firewall, lvs,
                buffers, snmp, dbus, reload, files);
    }

    private static ChildProcess child(GlobalDraft.ChildDraft c) {
        return new ChildProcess(c.nice == null ? OptionalInt.empty() : OptionalInt.of(c.nice), c.noSwap,
                c.realtimePriority == null ? OptionalInt.empty() : OptionalInt.of(c.realtimePriority), c.cpus,
                c.rlimitRttime);
    }

    private static NetlinkBuffer buffer(GlobalDraft.BufferDraft b) {
        return new NetlinkBuffer(b.size == null ? OptionalLong.empty() : OptionalLong.of(b.size), b.force);
    }

    private static RxBufsPolicy rxBufsPolicy(GlobalDraft g) {
        if (g.rxBufsSize != null) {
            return new RxBufsPolicy(RxBufsPolicy.Kind.SIZE, OptionalLong.of(g.rxBufsSize));
        }
        if (g.rxBufsMtu) {
            return new RxBufsPolicy(RxBufsPolicy.Kind.MTU, OptionalLong.empty());
        }
        if (g.rxBufsAdvert) {
            return new RxBufsPolicy(RxBufsPolicy.Kind.ADVERT, OptionalLong.empty());
        }
        return RxBufsPolicy.SYSTEM_DEFAULT;
    }

    /**
     * The FIFOs as the processes will use them: one named like the global FIFO is dropped (its
     * events would be written twice), and LVS and VRRP sharing a FIFO cannot both start a
     * script for it. keepalived only logs these.
     */
    private static NotifyFifos fifos(GlobalDraft g, Diagnostics diag) {
        Optional<NotifyFifo> global = fifo(g.globalFifo);
        Optional<NotifyFifo> vrrp = fifo(g.vrrpFifo);
        Optional<NotifyFifo> lvs = fifo(g.lvsFifo);
        if (global.isPresent() && vrrp.isPresent() && global.get().path().equals(vrrp.get().path())) {
            diag.notice(SourcePos.NONE, "notify FIFO " + vrrp.get().path()
                    + " has been specified for global and vrrp FIFO - ignoring vrrp FIFO");
            vrrp = Optional.empty();
        }
        if (global.isPresent() && lvs.isPresent() && global.get().path().equals(lvs.get().path())) {
            diag.notice(SourcePos.NONE, "notify FIFO " + lvs.get().path()
                    + " has been specified for global and LVS FIFO - ignoring LVS FIFO");
            lvs = Optional.empty();
        }
        if (lvs.isPresent() && vrrp.isPresent() && lvs.get().path().equals(vrrp.get().path())
                && lvs.get().script().isPresent() && vrrp.get().script().isPresent()) {
            diag.notice(SourcePos.NONE, "LVS notify FIFO and vrrp FIFO are the same both with scripts - ignoring LVS FIFO script");
            lvs = Optional.of(new NotifyFifo(lvs.get().path(), lvs.get().owner(), Optional.empty()));
        }
        return new NotifyFifos(global, vrrp, lvs, g.vrrpNotifyPriorityChanges, g.fifoWriteVrrpStatesOnReload);
    }

    private static Optional<NotifyFifo> fifo(GlobalDraft.FifoDraft f) {
        if (f.path == null) {
            return Optional.empty();
        }
        return Optional.of(new NotifyFifo(f.path, Optional.ofNullable(f.owner), Optional.ofNullable(f.script)));
    }
}
