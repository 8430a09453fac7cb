package org.keepalived4j.config.vrrp;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.keepalived4j.config.ConfigErrorKind;
import org.keepalived4j.config.Diagnostics;
import org.keepalived4j.config.IpAddress;
import org.keepalived4j.config.IpPrefix;
import org.keepalived4j.config.SourcePos;

/**
 * keepalived 2.2.7's {@code vrrp_complete_init}, run once everything is read: defaults that
 * depend on other settings, strict mode, VRID conflicts, sync groups, weights that cannot apply.
 * Its messages carry no line, as keepalived prints them. Where keepalived gives up on the whole
 * configuration (an instance without a VRID, a VRID conflict, ...) the rest is still completed
 * for the model, but silently, because keepalived would not have looked further.
 */
final class InstanceCompletion {

    /** The MTU keepalived assumes when it does not know the interface's. */
    private static final int DEFAULT_MTU = 1500;
    private static final int MAX_VIPS = 255;

    private final VrrpParse parse;
    private final InstanceDefaults defaults;
    private Diagnostics diag;
    private boolean firewallNoticed;

    InstanceCompletion(VrrpParse parse) {
        this.parse = parse;
        this.defaults = parse.defaults();
        this.diag = parse.diag();
    }

    /** Runs the checks in keepalived's order; returns the instances that can run. */
    List<InstanceDraft> complete() {
        List<InstanceDraft> all = parse.instances;
        if (parse.interfaces().missingSeen()) {
            diag.report(ConfigErrorKind.BAD_IF, SourcePos.NONE, "Non-existent interface specified in configuration");
            giveUp();
        }
        if (!all.isEmpty()) {
            new ScriptSecurity(parse, diag).check();
        }
        List<InstanceDraft> runnable = new ArrayList<>();
        for (InstanceDraft v : all) {
            if (v.vrid == 0) {
                diag.error(SourcePos.NONE, "(" + v.name + ") the virtual router id must be set");
                giveUp();
            } else if (v.ifp == null) {
                // 2.2.7 wants an interface even for unicast (later versions allow a unicast_src_ip instead)
                diag.error(SourcePos.NONE, "(" + v.name + ") Unknown interface!");
                giveUp();
            } else {
                runnable.add(v);
            }
        }
        if (vridConflicts(runnable)) {
            giveUp();
        }
        syncGroups(runnable);
        List<InstanceDraft> completed = new ArrayList<>();
        for (InstanceDraft v : runnable) {
            if (completeInstance(v)) {
                completed.add(v);
            } else {
                giveUp();
            }
        }
        trackGroups(completed);
        syncGroupTracking();
        return completed;
    }

    /** After this keepalived stops validating; keep completing the model without reporting. */
    private void giveUp() {
        diag = new Diagnostics();
    }

    private boolean vridConflicts(List<InstanceDraft> list) {
        boolean error = false;
        for (int i = 0; i < list.size(); i++) {
            InstanceDraft a = list.get(i);
            for (int j = i + 1; j < list.size(); j++) {
                InstanceDraft b = list.get(j);
                if (a.family != b.family || a.vrid != b.vrid || a.peers.isEmpty() != b.peers.isEmpty()) {
                    continue;
                }
                if (!a.peers.isEmpty()) {
                    if (a.ifp != null && b.ifp != null && !a.ifp.name().equals(b.ifp.name())) {
                        continue;
                    }
                    // 2.2.7 lets unicast instances share a VRID as long as they talk to different peers
                    if (a.peers.stream().noneMatch(p -> b.peers.stream().anyMatch(q -> q.address().equals(p.address())))) {
                        continue;
                    }
                    IpAddress.Family f = a.family == null ? IpAddress.Family.INET : a.family;
                    Optional<IpAddress> sa = localAddress(a, f);
                    Optional<IpAddress> sb = localAddress(b, f);
                    if (sa.isPresent() && sb.isPresent() && !sa.get().equals(sb.get())) {
                        continue;
                    }
                    diag.error(SourcePos.NONE, "(" + a.name + ") duplicate VRID conflict with " + b.name + " VRID " + a.vrid);
                    error = true;
                    continue;
                }
                String ia = a.ifp == null ? null : a.ifp.name();
                String ib = b.ifp == null ? null : b.ifp.name();
                if (ia == null || !ia.equals(ib)) {
                    continue;
                }
                if (a.ifp.index() != 0) {
                    diag.error(SourcePos.NONE, a.name + " and " + b.name + " both use VRID " + a.vrid + " with IPv"
                            + (a.family == IpAddress.Family.INET6 ? 6 : 4) + " on interface " + ia);
                    error = true;
                }
            }
        }
        return error;
    }

    private static Optional<IpAddress> localAddress(InstanceDraft v, IpAddress.Family family) {
        if (v.sourceAddress != null) {
            return Optional.of(v.sourceAddress);
        }
        if (v.ifp == null) {
            return Optional.empty();
        }
        return v.ifp.addresses().stream().map(IpPrefix::address).filter(a -> a.family() == family).findFirst();
    }

    /** keepalived's {@code vrrp_sync_set_group}, for each group in file order. */
    private void syncGroups(List<InstanceDraft> instances) {
        for (Iterator<SyncGroupDraft> it = parse.syncGroups.iterator(); it.hasNext(); ) {
            SyncGroupDraft g = it.next();
            if (g.memberNames == null) {
                diag.error(SourcePos.NONE, "Sync group " + g.name + " has no virtual router(s). removing");
                it.remove();
                continue;
            }
            boolean owner = false;
            boolean nonOwner = false;
            for (String name : g.memberNames) {
                Optional<InstanceDraft> v = instances.stream().filter(i -> i.name.equals(name)).findFirst();
                if (v.isEmpty()) {
                    diag.error(SourcePos.NONE, "Virtual router " + name + " specified in sync group " + g.name + " doesn't exist - ignoring");
                } else if (v.get().sync != null) {
                    diag.error(SourcePos.NONE, "Virtual router " + name + " cannot exist in more than one sync group; ignoring " + g.name);
                } else {
                    g.members.add(v.get());
                    v.get().sync = g;
                    if (v.get().isOwner()) {
                        owner = true;
                    } else {
                        nonOwner = true;
                    }
                }
            }
            if (owner && nonOwner) {
                diag.notice(SourcePos.NONE, "Sync group " + g.name
                        + " has some member(s) as address owner and some not as address owner. This won't work.");
            }
            if (g.members.isEmpty()) {
                diag.error(SourcePos.NONE, "Sync group " + g.name + ", no matching virtual router found in group declaration - removing");
                it.remove();
                continue;
            }
            if (g.members.size() == 1) {
                diag.error(SourcePos.NONE, "Sync group " + g.name + " has only 1 virtual router(s) - this probably isn't what you want");
            }
        }
    }

    /** keepalived's {@code vrrp_complete_instance}; false when the instance (and so the configuration) cannot run. */
    private boolean completeInstance(InstanceDraft v) {
        String n = "(" + v.name + ")";
        boolean strict = v.strictMode != null ? v.strictMode : defaults.strict();
        v.strictMode = strict;

        if (v.family == IpAddress.Family.INET6) {
            if (v.version == 2 && strict) {
                diag.error(SourcePos.NONE, n + " cannot use IPv6 with VRRP version 2; setting version 3");
                v.version = 3;
            } else if (v.version == 0) {
                v.version = 3;
            }
        }
        if (v.family == null) {
            v.family = IpAddress.Family.INET;
        }
        if (v.version == 0) {
            v.version = defaults.vrrpVersion();
        }
        if (v.family == IpAddress.Family.INET && v.unicastTtl == -1) {
            v.unicastTtl = 255;
        }
        if (v.vips.isEmpty()) {
            if (v.version == 3 || strict) {
                diag.error(SourcePos.NONE, n + " No VIP specified; at least one is required");
                return false;
            }
            diag.error(SourcePos.NONE, n + " No VIP specified; at least one is sensible");
        }
        if (v.priority == 0) {
            v.priority = v.wantState == Election.State.MASTER ? Election.PRIORITY_OWNER : Election.PRIORITY_DEFAULT;
        }
        if (v.wantState == null) {
            v.wantState = v.isOwner() ? Election.State.MASTER : Election.State.BACKUP;
        } else if (strict && (v.wantState == Election.State.MASTER) != v.isOwner()) {
            diag.error(SourcePos.NONE, n + " State MASTER must match being address owner");
            v.wantState = v.isOwner() ? Election.State.MASTER : Election.State.BACKUP;
        }
        authentication(v, n, strict);

        // keepalived refuses unicast peers in strict mode only on interfaces it knows support
        // multicast; under -t it has not read interface flags, so 2.2.7 -t never refuses them
        if (v.ifp == null) {
            if (v.sourceAddress == null) {
                diag.error(SourcePos.NONE, "(" + v.name + "): Unicast instances must have unicast_src_ip or interface");
                return false;
            }
            if (v.family == IpAddress.Family.INET6 && v.sourceAddress.isLinkLocal()) {
                diag.error(SourcePos.NONE, n + " Non link-local address required if interface omitted");
                return false;
            }
        }
        if (v.unicastConfigured && v.peers.isEmpty()) {
            if (v.unicastFaultNoPeer) {
                diag.error(SourcePos.NONE, n + " Cannot use unicast without any peers - going to fault state");
            } else {
                diag.error(SourcePos.NONE, n + " A unicast keyword has been specified without any unicast peers."
                        + " Defaulting to multicast. This usage is deprecated - please update your configuration.");
            }
        }
        if (strict && v.vmacMac != null) {
            diag.error(SourcePos.NONE, "(" + v.name + "): cannot specify MAC address with strict mode - clearing");
            v.vmacMac = null;
        }
        if (v.family == IpAddress.Family.INET6 && v.peers.isEmpty() && !v.vips.isEmpty()) {
            IpPrefix first = v.vipPrefixes.get(0);
            if (first != null && !first.address().isLinkLocal()) {
                if (strict) {
                    diag.error(SourcePos.NONE, n + " the first IPv6 VIP address must be link local");
                } else {
                    diag.notice(SourcePos.NONE, n + " the first IPv6 VIP address should be link local");
                }
            }
        }
        if (v.vrfIfp != null && (v.peers.isEmpty() || v.ifp != null)) {
            diag.error(SourcePos.NONE, n + " vrf can only be specified with" + (v.peers.isEmpty() ? " unicast" : "out interface") + " - clearing");
            v.vrfIfp = null;
            v.vrfName = null;
        }
        tooManyVips(v, n);

        if (v.isOwner() && v.nopreempt) {
            diag.error(SourcePos.NONE, n + " nopreempt is incompatible with priority 255. resetting nopreempt");
            v.nopreempt = false;
        }
        if (v.wantState == Election.State.MASTER) {
            if (v.nopreempt) {
                diag.error(SourcePos.NONE, n + " Warning - nopreempt will not work with initial state MASTER - clearing");
                v.nopreempt = false;
            }
            if (!v.preemptDelay.isZero()) {
                diag.error(SourcePos.NONE, n + " Warning - preempt delay will not work with initial state MASTER - clearing");
                v.preemptDelay = Duration.ZERO;
            }
        }
        if (!v.preemptDelay.isZero()) {
            if (strict) {
                diag.error(SourcePos.NONE, n + " preempt_delay is incompatible with strict mode - resetting");
                v.preemptDelay = Duration.ZERO;
            }
            if (v.nopreempt) {
                diag.error(SourcePos.NONE, n + " preempt_delay is incompatible with nopreempt mode - resetting");
                v.preemptDelay = Duration.ZERO;
            }
        }
        if (strict && v.downTimerAdverts != 3) {
            diag.error(SourcePos.NONE, n + " down_timer_adverts is incompatible with strict mode - resetting");
            v.downTimerAdverts = 3;
        }
        if (v.accept == null) {
            v.accept = v.isOwner() || !strict;
        }
        if (v.accept && !v.isOwner() && strict && v.version == 2) {
            diag.error(SourcePos.NONE, n + " warning - accept mode for VRRP version 2 does not comply with RFC3768 - resetting");
            v.accept = false;
        }
        if ((!v.accept || v.vmac) && !firewallNoticed) {
            firewallNoticed = true;
            diag.notice(SourcePos.NONE, "use_vmac or no_accept/strict specified, but no firewall configured - using nftables");
        }
        if (v.multicastDestination != null && !v.peers.isEmpty()) {
            diag.error(SourcePos.NONE, n + " multicast destination specified with unicast - ignoring");
            v.multicastDestination = null;
        }
        garp(v, n, strict);
        if (v.smtpAlert == null) {
            v.smtpAlert = defaults.smtpAlert().orElse(false);
        }
        if (v.notifyPriorityChanges == null) {
            v.notifyPriorityChanges = v.sync != null && v.sync.notifyPriorityChanges != null
                    ? v.sync.notifyPriorityChanges : defaults.notifyPriorityChanges();
        }
        advertInterval(v, n);
        if (v.sourceAddress == null) {
            v.trackSourceAddress = false;
        }
        vmacAndIpvlan(v, n, strict);
        ownInterfaceTracking(v, n);
        if (v.vmacXmitBase && !v.vmac) {
            diag.error(SourcePos.NONE, n + " vmac_xmit_base is only valid with a vmac");
            v.vmacXmitBase = false;
        }
        vipsWithoutInterface(v);
        if (v.vips.isEmpty()) {
            if (v.version == 3 || v.family == IpAddress.Family.INET6 || strict) {
                diag.error(SourcePos.NONE, n + " No VIP specified; at least one is required");
                return false;
            }
            diag.warning(SourcePos.NONE, n + " No VIP specified; at least one is sensible");
        }
        weightsThatCannotApply(v, n);
        return true;
    }

    private void authentication(InstanceDraft v, String n, boolean strict) {
        if (v.authType == null) {
            return;
        }
        if (strict) {
            diag.error(SourcePos.NONE, n + " Strict mode does not support authentication. Ignoring.");
            v.authType = null;
        } else if (v.version == 3) {
            diag.error(SourcePos.NONE, n + " VRRP version 3 does not support authentication. Ignoring.");
            v.authType = null;
        } else if (v.authPassword.isEmpty()) {
            diag.error(SourcePos.NONE, n + " Authentication specified but no password given. Ignoring");
            v.authType = null;
        } else if (v.family == IpAddress.Family.INET6 && v.authType == Authentication.Type.AH) {
            diag.error(SourcePos.NONE, n + " Cannot use AH authentication with IPv6. ignoring");
            v.authType = null;
        } else if (v.authType == Authentication.Type.AH && v.wantState == Election.State.MASTER && !v.isOwner()) {
            diag.error(SourcePos.NONE, n + " Initial state master is incompatible with AH authentication - clearing");
            v.wantState = Election.State.BACKUP;
        }
    }

    /** VIPs beyond what fits in one advert become eVIPs (keepalived keeps one fewer than fits). */
    private void tooManyVips(InstanceDraft v, String n) {
        int max;
        if (v.family == IpAddress.Family.INET) {
            int hdr = 14 + 20 + 8 + (v.version == 2 ? 8 + (v.authType == Authentication.Type.AH ? 24 : 0) : 0);
            max = (DEFAULT_MTU - hdr) / 4;
        } else {
            max = (DEFAULT_MTU - (14 + 40 + 8)) / 16;
        }
        max = Math.min(max, MAX_VIPS);
        if (v.vips.size() > max) {
            diag.error(SourcePos.NONE, n + " Number of VIPs (" + v.vips.size() + ") exceeds maximum/space available in packet (max "
                    + max + " addresses) - excess moved to eVIPs");
            while (v.vips.size() > max - 1) {
                int last = max - 1;
                v.evips.add(v.vips.remove(last));
                v.evipTexts.add(v.vipTexts.remove(last));
                v.evipHasDevice.add(v.vipHasDevice.remove(last));
                v.vipPrefixes.remove(last);
            }
        }
    }

    private void garp(InstanceDraft v, String n, boolean strict) {
        if (v.garpLowerPrioRepeat == null) {
            v.garpLowerPrioRepeat = strict ? 0 : defaults.effectiveLowerPrioRepeat();
        } else if (strict && v.garpLowerPrioRepeat != 0) {
            diag.error(SourcePos.NONE, n + " Strict mode requires no repeat garps. resetting");
            v.garpLowerPrioRepeat = 0;
        }
        if (v.garpLowerPrioDelay == null) {
            v.garpLowerPrioDelay = strict ? Duration.ZERO : defaults.effectiveLowerPrioDelay();
        } else if (strict && !v.garpLowerPrioDelay.isZero()) {
            diag.error(SourcePos.NONE, n + " Strict mode requires no repeat garp delay. resetting");
            v.garpLowerPrioDelay = Duration.ZERO;
        }
        if (v.lowerPrioNoAdvert == null) {
            v.lowerPrioNoAdvert = strict || defaults.lowerPrioNoAdvert();
        } else if (strict && !v.lowerPrioNoAdvert) {
            diag.error(SourcePos.NONE, n + " Strict mode requires no lower priority advert. resetting");
            v.lowerPrioNoAdvert = true;
        }
        if (v.higherPrioSendAdvert == null) {
            v.higherPrioSendAdvert = !strict && defaults.higherPrioSendAdvert();
        } else if (strict && v.higherPrioSendAdvert) {
            diag.error(SourcePos.NONE, n + " strict mode requires higher_prio_send_advert to be clear. resetting");
            v.higherPrioSendAdvert = false;
        }
        if (v.garpExtraIf == null) {
            v.garpExtraIf = defaults.garpExtraIfInterval();
            v.garpExtraIfAll = defaults.garpExtraIfAll();
        }
    }

    private void advertInterval(InstanceDraft v, String n) {
        Duration adv = v.advertInterval == null ? Duration.ofSeconds(1) : v.advertInterval;
        long micros = adv.toNanos() / 1000;
        if (v.version == 2) {
            if (micros >= 256_000_000L) {
                diag.error(SourcePos.NONE, n + " VRRPv2 advertisement interval " + percent2f(adv)
                        + "s is out of range. Must be less than 256s. Setting to 255s");
                micros = 255_000_000L;
            } else if (micros % 1_000_000L != 0) {
                diag.error(SourcePos.NONE, n + " VRRPv2 advertisement interval " + percentF(adv) + "s must be an integer. rounding");
                micros += 500_000L;
                micros -= micros % 1_000_000L;
                if (micros == 0) {
                    micros = 1_000_000L;
                }
            }
        } else {
            if (micros >= 40_960_000L) {
                diag.error(SourcePos.NONE, n + " VRRPv3 advertisement interval " + percent2f(adv)
                        + "s is out of range. Must be less than 40.96s. Setting to 40.95s");
                micros = 40_950_000L;
            } else if (micros % 10_000L != 0) {
                diag.error(SourcePos.NONE, n + " VRRPv3 advertisement interval " + percentF(adv) + "s must be in units of 10ms - rounding");
                micros += 5_000L;
                micros -= micros % 10_000L;
                if (micros == 0) {
                    micros = 10_000L;
                }
            }
        }
        v.advertInterval = Duration.ofNanos(micros * 1000);
    }

    private void vmacAndIpvlan(InstanceDraft v, String n, boolean strict) {
        if (v.vmac || v.ipvlan) {
            if (v.vmac && strict && v.vmacXmitBase) {
                diag.error(SourcePos.NONE, n + " xmit_base is incompatible with strict mode - resetting");
                v.vmacXmitBase = false;
            }
            if (v.promoteSecondaries) {
                diag.error(SourcePos.NONE, n + " promote_secondaries is automatically set for vmacs - ignoring");
                v.promoteSecondaries = false;
            }
        }
        if (v.ipvlan) {
            if (v.family == IpAddress.Family.INET && v.ipvlanAddress == null) {
                diag.error(SourcePos.NONE, n + " IPv4 ipvlan requires a source ip address to be configured. setting instance to fault state");
            } else if (v.ipvlanAddress != null && v.ipvlanAddress.address().family() != v.family) {
                diag.error(SourcePos.NONE, n + " IPv4 ipvlan address family does not match instance. setting instance to fault state");
            }
        }
    }

    private void ownInterfaceTracking(InstanceDraft v, String n) {
        if (v.ifp == null) {
            return;
        }
        v.trackInterfaces.removeIf(t -> {
            if (t.name().equals(v.ifp.name())) {
                diag.error(SourcePos.NONE, n + " Ignoring track_interface " + t.name() + " since own interface");
                return true;
            }
            return false;
        });
    }

    /** A VIP or eVIP needs an interface: its own {@code dev}, else the instance's. */
    private void vipsWithoutInterface(InstanceDraft v) {
        if (v.ifp != null) {
            return;
        }
        for (int i = v.vips.size() - 1; i >= 0; i--) {
            if (!v.vipHasDevice.get(i)) {
                diag.error(SourcePos.NONE, "(" + v.name + "): no interface for vip " + v.vipTexts.get(i) + " - removing");
                v.vips.remove(i);
                v.vipTexts.remove(i);
                v.vipHasDevice.remove(i);
                v.vipPrefixes.remove(i);
            }
        }
        for (int i = v.evips.size() - 1; i >= 0; i--) {
            if (!v.evipHasDevice.get(i)) {
                diag.error(SourcePos.NONE, "(" + v.name + "): no interface for evip " + v.evipTexts.get(i) + " - removing");
                v.evips.remove(i);
                v.evipTexts.remove(i);
                v.evipHasDevice.remove(i);
            }
        }
    }

    /** Members of a sync group (without tracking weights) and address owners ignore weighted trackers. */
    private void weightsThatCannotApply(InstanceDraft v, String n) {
        boolean syncNoWeight = v.sync != null && !v.sync.trackingWeight;
        if (!syncNoWeight && !v.isOwner()) {
            return;
        }
        String why = syncNoWeight ? "SYNC group" : "address owner";
        String why2 = syncNoWeight ? "SYNC group" : "address_owner";
        List<TrackedObject> interfaces = new ArrayList<>();
        for (TrackedObject t : v.trackInterfaces) {
            if (t.weight() != 0) {
                diag.error(SourcePos.NONE, n + " ignoring " + t.name() + " tracked interface " + (syncNoWeight ? "weight " : "")
                        + "due to " + why);
                if (syncNoWeight) {
                    interfaces.add(t.withWeight(0));
                }
            } else {
                interfaces.add(t);
            }
        }
        v.trackInterfaces.clear();
        v.trackInterfaces.addAll(interfaces);
        v.trackScripts.removeIf(t -> {
            if (t.weight() != 0) {
                diag.error(SourcePos.NONE, n + " ignoring tracked script " + t.name() + " with weights due to " + why2);
                return true;
            }
            return false;
        });
        List<TrackedObject> files = new ArrayList<>();
        for (TrackedObject t : v.trackFiles) {
            if (t.weight() == 1) {
                diag.error(SourcePos.NONE, n + " ignoring weight from tracked file " + t.name() + " due to " + why2 + ". specify weight 0");
                files.add(t.withWeight(0));
            } else if (t.weight() != 0) {
                diag.error(SourcePos.NONE, n + " ignoring tracked file " + t.name() + " with weight " + t.weight() + " due to " + why2);
            } else {
                files.add(t);
            }
        }
        v.trackFiles.clear();
        v.trackFiles.addAll(files);
        v.trackBfds.removeIf(t -> {
            if (t.weight() != 0) {
                diag.error(SourcePos.NONE, n + " ignoring tracked bfd " + t.name() + " with weight " + t.weight() + " due to " + why2);
                return true;
            }
            return false;
        });
    }

    /** keepalived's {@code static_track_group_init}. */
    private void trackGroups(List<InstanceDraft> instances) {
        for (Iterator<VrrpParse.TrackGroupDraft> it = parse.trackGroups.iterator(); it.hasNext(); ) {
            VrrpParse.TrackGroupDraft g = it.next();
            if (g.members == null) {
                diag.notice(SourcePos.NONE, "Static track group " + g.name + " has no virtual router(s)");
                it.remove();
                continue;
            }
            List<String> found = new ArrayList<>();
            for (String name : g.members) {
                if (instances.stream().noneMatch(i -> i.name.equals(name))) {
                    diag.notice(SourcePos.NONE, "vrrp instance " + name + " specified in track group " + g.name + " doesn't exist - ignoring");
                } else {
                    found.add(name);
                }
            }
            if (found.isEmpty()) {
                diag.notice(SourcePos.NONE, "Static track group " + g.name + " has no VRRP instance(s)");
                it.remove();
                continue;
            }
            g.members = found;
        }
    }

    /** keepalived's {@code sync_group_tracking_init}: a group's trackers apply to every member. */
    private void syncGroupTracking() {
        for (SyncGroupDraft g : parse.syncGroups) {
            boolean owner = g.members.stream().anyMatch(InstanceDraft::isOwner);
            clearWeights(g, g.trackScripts, owner, "script", "clearing weight");
            for (TrackedObject t : g.trackScripts) {
                for (InstanceDraft v : g.members) {
                    if (v.trackScripts.stream().anyMatch(s -> s.name().equals(t.name()))) {
                        diag.notice(SourcePos.NONE, "(" + v.name + ") track_script " + t.name()
                                + " is configured on VRRP instance and sync group. Remove vrrp instance config");
                    }
                }
            }
            clearWeights(g, g.trackFiles, owner, "file", "setting weight 0");
            clearWeights(g, g.trackProcesses, owner, "process", "setting weight 0");
            for (TrackedObject t : g.trackProcesses) {
                for (InstanceDraft v : g.members) {
                    if (v.trackProcesses.stream().anyMatch(s -> s.name().equals(t.name()))) {
                        diag.notice(SourcePos.NONE, "(" + v.name + ") track_process " + t.name()
                                + " is configured on VRRP instance and sync group. Remove vrrp instance config");
                    }
                }
            }
            clearWeights(g, g.trackBfds, owner, "bfd", "setting weight 0");
            for (TrackedObject t : g.trackBfds) {
                for (InstanceDraft v : g.members) {
                    if (v.trackBfds.stream().anyMatch(s -> s.name().equals(t.name()))) {
                        diag.notice(SourcePos.NONE, "(" + v.name + ") track_bfd " + t.name()
                                + " is configured on VRRP instance and sync group. Remove vrrp instance config");
                    }
                }
            }
            clearWeights(g, g.trackInterfaces, owner, "interface", "clearing weight");
            for (TrackedObject t : g.trackInterfaces) {
                for (InstanceDraft v : g.members) {
                    boolean own = v.ifp != null && v.ifp.name().equals(t.name()) && !v.dontTrackPrimary;
                    boolean direct = v.trackInterfaces.stream().anyMatch(s -> s.name().equals(t.name()));
                    if (own || direct) {
                        diag.error(SourcePos.NONE, "(" + v.name + ") track_interface " + t.name()
                                + " is configured on VRRP instance and sync group. Remove vrrp instance or sync group config");
                    }
                }
            }
            if (g.smtpAlert == null) {
                g.smtpAlert = defaults.smtpAlert().orElse(false);
            }
        }
    }

    private void clearWeights(SyncGroupDraft g, List<TrackedObject> list, boolean owner, String what, String action) {
        if (!owner) {
            return;
        }
        for (int i = 0; i < list.size(); i++) {
            TrackedObject t = list.get(i);
            if (t.weight() != 0) {
                diag.error(SourcePos.NONE, "(" + g.name + ") Cannot have weighted track " + what + " '" + t.name()
                        + "' with member having priority 255 - " + action);
                list.set(i, t.withWeight(0));
            }
        }
    }

    /** {@code %f} of a duration in seconds. */
    private static String percentF(Duration d) {
        return String.format(Locale.ROOT, "%f", d.toNanos() / 1e9);
    }

    /** {@code %.2f} of a duration in seconds. */
    private static String percent2f(Duration d) {
        return String.format(Locale.ROOT, "%.2f", d.toNanos() / 1e9);
    }
}
