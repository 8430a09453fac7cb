package org.keepalived4j.config.vrrp;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.keepalived4j.config.BlockFamily;
import org.keepalived4j.config.Directive;
import org.keepalived4j.config.ParseContext;
import org.keepalived4j.config.bfd.BfdConfig;
import org.keepalived4j.config.global.GlobalConfig;

/**
 * The VRRP family of top-level blocks. The directives are kept as they come and read in file
 * order by {@link #build}, once {@code global_defs} (defaults, script user) and the BFD
 * instances are known: keepalived resolves references while reading, so a {@code track_script}
 * naming a script defined further down is "not found", and so it is here.
 */
public final class VrrpBlocks implements BlockFamily {

    static final Set<String> KEYWORDS = Set.of("vrrp_instance", "vrrp_sync_group", "vrrp_script", "track_file",
            "vrrp_track_file", "vrrp_track_process", "static_ipaddress", "static_routes", "static_rules",
            "linkbeat_interfaces", "interface_up_down_delays", "track_group", "garp_group");

    private final List<Directive> directives = new ArrayList<>();
    private final NetEntries net;

    public VrrpBlocks() {
        this(NetEntries.NET_SYNTAX);
    }

    VrrpBlocks(NetEntries net) {
        this.net = Objects.requireNonNull(net, "net");
    }

    @Override
    public Set<String> topLevelKeywords() {
        return KEYWORDS;
    }

    @Override
    public void accept(Directive d, ParseContext ctx) {
        directives.add(d);
    }

    /**
     * Called once after the whole text is read: reads the blocks in file order, completes and
     * validates them, and returns the immutable model. Problems go to {@code ctx.diagnostics()}.
     */
    public VrrpConfig build(ParseContext ctx, GlobalConfig global, BfdConfig bfd) {
        return build(ctx, InstanceDefaults.from(global), bfdInstances(bfd));
    }

    VrrpConfig build(ParseContext ctx, InstanceDefaults defaults, Map<String, TrackLines.Defaults> bfds) {
        // keepalived -t also reads the file as the checker process, which knows only track_file
        // of our blocks: so problems in track_file blocks are reported twice, first by that pass
        VrrpParse checkerPass = new VrrpParse(ctx, defaults, bfds, net);
        for (Directive d : directives) {
            if (d.keyword().equals("track_file") || d.keyword().equals("vrrp_track_file")) {
                checkerPass.topLevel(d);
            }
        }
        VrrpParse parse = new VrrpParse(ctx, defaults, bfds, net);
        for (Directive d : directives) {
            parse.topLevel(d);
        }
        List<InstanceDraft> runnable = new InstanceCompletion(parse).complete();
        return new VrrpModel(parse).build(runnable);
    }

    /**
     * The BFD instances VRRP can track, each with its default weight and sense ({@code weight W
     * [reverse]} in {@code bfd_instance}); those restricted to the checker are not among them.
     */
    static Map<String, TrackLines.Defaults> bfdInstances(BfdConfig bfd) {
        Map<String, TrackLines.Defaults> out = new java.util.LinkedHashMap<>();
        bfd.vrrpTracks().forEach((name, t) -> out.put(name, new TrackLines.Defaults(t.weight(), t.reverse())));
        return out;
    }

    /** Turns the completed drafts into the immutable model. */
    private record VrrpModel(VrrpParse parse) {

        VrrpConfig build(List<InstanceDraft> runnable) {
            List<VrrpInstance> instances = runnable.stream().map(this::instance).toList();
            List<SyncGroup> groups = parse.syncGroups.stream().map(this::group).toList();
            List<TrackGroup> trackGroups = parse.trackGroups.stream().filter(g -> g.members != null)
                    .map(g -> new TrackGroup(g.name, g.pos, g.members)).toList();
            return new VrrpConfig(instances, groups, parse.scripts, parse.trackFiles, parse.trackProcesses,
                    parse.staticAddresses, parse.staticRoutes, parse.staticRules, parse.linkbeat,
                    parse.interfaceDelays, trackGroups, parse.garpGroups, parse.scriptUsers().defaultUser());
        }

        private VrrpInstance instance(InstanceDraft v) {
            Election election = new Election(v.wantState, v.priority, v.nopreempt, v.preemptDelay, v.accept,
                    v.downTimerAdverts, v.lowerPrioNoAdvert, v.higherPrioSendAdvert, v.skipCheckAdvAddr);
            Optional<Vmac> vmac = v.vmac ? Optional.of(new Vmac(Optional.ofNullable(v.vmacName), Optional.ofNullable(v.vmacMac),
                    v.vmacAddr, v.vmacXmitBase)) : Optional.empty();
            Optional<Ipvlan> ipvlan = v.ipvlan ? Optional.of(new Ipvlan(Optional.ofNullable(v.vmacName),
                    Optional.ofNullable(v.ipvlanAddress), v.ipvlanMode)) : Optional.empty();
            InstanceNetwork network = new InstanceNetwork(Optional.ofNullable(v.ifp == null ? null : v.interfaceName),
                    Optional.ofNullable(v.vrfName), Optional.ofNullable(v.sourceAddress), v.trackSourceAddress,
                    Optional.ofNullable(v.multicastDestination), v.peers, v.unicastTtl, v.unicastFaultNoPeer,
                    v.checkUnicastSource || parse.defaults().checkUnicastSource(), v.unicastChecksum, vmac, ipvlan,
                    v.promoteSecondaries, v.dontTrackPrimary, v.linkbeatUsePolling, v.kernelRxBufSize, v.v3ChecksumAsV2);
            Optional<Authentication> auth = v.authType == null ? Optional.empty()
                    : Optional.of(new Authentication(v.authType, v.authPassword));
            GarpSettings garp = new GarpSettings(v.garpMasterDelay, v.garpMasterRepeat, v.garpMasterRefresh,
                    v.garpMasterRefreshRepeat, v.garpLowerPrioDelay, v.garpLowerPrioRepeat, v.garpExtraIf, v.garpExtraIfAll);
            NotifyScripts scripts = new NotifyScripts(Optional.ofNullable(v.notifyMaster), Optional.ofNullable(v.notifyBackup),
                    Optional.ofNullable(v.notifyFault), Optional.ofNullable(v.notifyStop), Optional.ofNullable(v.notifyDeleted),
                    Optional.ofNullable(v.notifyGeneric), Optional.ofNullable(v.notifyMasterRxLowerPri));
            Notifications notifications = new Notifications(scripts, v.notifyDeletedSet, v.notifyPriorityChanges, v.smtpAlert);
            Tracking tracking = new Tracking(v.trackInterfaces, v.trackScripts, v.trackFiles, v.trackProcesses, v.trackBfds);
            return new VrrpInstance(v.name, v.pos, v.vrid, v.version, v.family, v.advertInterval, v.strictMode, election,
                    network, auth, new InstanceAddresses(v.vips, v.evips, v.routes, v.rules, v.vipLifetime), tracking, garp, notifications,
                    Optional.ofNullable(v.sync == null ? null : v.sync.name));
        }

        private SyncGroup group(SyncGroupDraft g) {
            NotifyScripts scripts = new NotifyScripts(g.script(SyncGroupDraft.Slot.MASTER), g.script(SyncGroupDraft.Slot.BACKUP),
                    g.script(SyncGroupDraft.Slot.FAULT), g.script(SyncGroupDraft.Slot.STOP), Optional.empty(),
                    g.script(SyncGroupDraft.Slot.GENERIC), Optional.empty());
            boolean priorityChanges = g.notifyPriorityChanges != null ? g.notifyPriorityChanges
                    : parse.defaults().notifyPriorityChanges();
            Notifications notifications = new Notifications(scripts, false, priorityChanges, g.smtpAlert != null && g.smtpAlert);
            Tracking tracking = new Tracking(g.trackInterfaces, g.trackScripts, g.trackFiles, g.trackProcesses, g.trackBfds);
            return new SyncGroup(g.name, g.pos, g.members.stream().map(m -> m.name).toList(), tracking, notifications,
                    g.trackingWeight);
        }
    }
}
