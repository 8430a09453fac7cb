package org.keepalived4j.config.vrrp;

import java.time.Duration;
import java.util.Optional;
import java.util.OptionalLong;
import org.keepalived4j.config.Diagnostics;
import org.keepalived4j.config.Directive;
import org.keepalived4j.config.HostFacts.NetInterface;
import org.keepalived4j.config.IpAddress;
import org.keepalived4j.config.IpPrefix;
import org.keepalived4j.config.KeywordTable;
import org.keepalived4j.config.ParseContext;
import org.keepalived4j.config.ScriptCommand;
import org.keepalived4j.config.net.AddressEntry;
import org.keepalived4j.config.net.NetSyntax;
import org.keepalived4j.config.KeepalivedNumbers;
import org.keepalived4j.config.ValueSyntax;
import org.keepalived4j.config.global.VipLifetimeSetting;

/**
 * The keywords of a {@code vrrp_instance} block: exactly keepalived 2.2.7's set, each with
 * keepalived's checks and messages. Cross-instance rules (VRID conflicts, sync groups, strict
 * mode) are applied later, by {@link InstanceCompletion}.
 */
final class InstanceKeywords {

    /** Interface names are limited by the kernel's IFNAMSIZ (16, with the terminating NUL). */
    static final int IFNAMSIZ = 16;

    static final KeywordTable<Reading<InstanceDraft>> TABLE = build();

    static final KeywordTable<Reading<InstanceDraft>> AUTHENTICATION = new KeywordTable<Reading<InstanceDraft>>("authentication")
            .on("auth_type", (d, r, ctx) -> ValueSyntax.word(d, 0, ctx.diagnostics()).ifPresent(t -> {
                InstanceDraft v = r.draft();
                switch (t) {
                    case "AH" -> v.authType = Authentication.Type.AH;
                    case "PASS" -> v.authType = Authentication.Type.PASS;
                    default -> ctx.diagnostics().error(d.pos(), "(" + v.name + ") unknown authentication type '" + t + "'");
                }
            }))
            .on("auth_pass", (d, r, ctx) -> ValueSyntax.word(d, 0, ctx.diagnostics()).ifPresent(p -> {
                String pass = p;
                if (pass.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > 8) {
                    ctx.diagnostics().error(d.pos(), "Truncating auth_pass to 8 characters");
                    pass = truncate8(pass);
                }
                r.draft().authPassword = pass;
            }));

    private InstanceKeywords() {
    }

    private static KeywordTable<Reading<InstanceDraft>> build() {
        KeywordTable<Reading<InstanceDraft>> t = new KeywordTable<>("vrrp_instance");
        t.on("use_vmac", InstanceKeywords::useVmac);
        t.on("use_vmac_addr", (d, r, ctx) -> r.draft().vmacAddr = true);
        t.on("vmac_xmit_base", (d, r, ctx) -> r.draft().vmacXmitBase = true);
        t.on("use_ipvlan", InstanceKeywords::useIpvlan);
        t.on("unicast_peer", (d, r, ctx) -> {
            r.draft().unicastConfigured = true;
            for (Directive line : d.children()) {
                unicastPeer(line, r.draft(), ctx.diagnostics());
            }
        });
        t.on("unicast_fault_no_peer", (d, r, ctx) -> {
            r.draft().unicastConfigured = true;
            r.draft().unicastFaultNoPeer = true;
        });
        t.on("check_unicast_src", (d, r, ctx) -> {
            r.draft().unicastConfigured = true;
            r.draft().checkUnicastSource = true;
        });
        t.on("old_unicast_checksum", (d, r, ctx) -> {
            InstanceDraft v = r.draft();
            v.unicastConfigured = true;
            if (d.argCount() == 0) {
                v.unicastChecksum = InstanceNetwork.UnicastChecksum.CONFIG;
            } else if (d.arg(0).equals("never")) {
                v.unicastChecksum = InstanceNetwork.UnicastChecksum.NEVER;
            } else {
                ctx.diagnostics().error(d.pos(), "(" + v.name + ") Unknown old_unicast_chksum mode " + d.arg(0) + " - ignoring");
            }
        });
        t.on("native_ipv6", (d, r, ctx) -> {
            InstanceDraft v = r.draft();
            if (v.family == IpAddress.Family.INET) {
                ctx.diagnostics().error(d.pos(), "(" + v.name + ") Cannot specify native_ipv6 with IPv4 addresses");
                return;
            }
            v.family = IpAddress.Family.INET6;
            v.version = 3;
        });
        t.on("state", (d, r, ctx) -> ValueSyntax.word(d, 0, ctx.diagnostics()).ifPresent(s -> state(d, s, r.draft(), ctx.diagnostics())));
        t.on("interface", (d, r, ctx) -> ValueSyntax.word(d, 0, ctx.diagnostics()).ifPresent(n -> iface(d, n, r, ctx.diagnostics())));
        t.on("vrf", (d, r, ctx) -> ValueSyntax.word(d, 0, ctx.diagnostics()).ifPresent(n -> vrf(d, n, r, ctx.diagnostics())));
        t.on("dont_track_primary", (d, r, ctx) -> r.draft().dontTrackPrimary = true);
        t.on("track_interface", (d, r, ctx) -> r.parse().track().interfaces(r.draft().name, d, r.draft().trackInterfaces));
        t.on("track_script", (d, r, ctx) -> r.parse().track().scripts(r.draft().name, d, r.draft().trackScripts));
        t.on("track_file", (d, r, ctx) -> r.parse().track().files(r.draft().name, d, r.draft().trackFiles));
        t.on("track_process", (d, r, ctx) -> r.parse().track().processes(r.draft().name, d, r.draft().trackProcesses));
        t.on("track_bfd", (d, r, ctx) -> r.parse().track().bfds(r.draft().name, d, r.draft().trackBfds));
        t.on("mcast_src_ip", (d, r, ctx) -> ValueSyntax.word(d, 0, ctx.diagnostics()).ifPresent(a -> sourceAddress(d, a, r.draft(), ctx.diagnostics())));
        t.on("unicast_src_ip", (d, r, ctx) -> ValueSyntax.word(d, 0, ctx.diagnostics()).ifPresent(a -> {
            r.draft().unicastConfigured = true;
            sourceAddress(d, a, r.draft(), ctx.diagnostics());
        }));
        t.on("mcast_dst_ip", (d, r, ctx) -> ValueSyntax.word(d, 0, ctx.diagnostics()).ifPresent(a -> multicastDestination(d, a, r.draft(), ctx.diagnostics())));
        t.on("track_src_ip", (d, r, ctx) -> r.draft().trackSourceAddress = true);
        t.on("virtual_router_id", (d, r, ctx) -> ValueSyntax.word(d, 0, ctx.diagnostics()).ifPresent(s -> {
            OptionalLong n = KeepalivedNumbers.readUnsigned(s, 1, 255, d.pos(), ctx.diagnostics());
            if (n.isEmpty()) {
                ctx.diagnostics().error(d.pos(), "(" + r.draft().name + "): VRID '" + s + "' not valid - must be between 1 & 255");
            } else {
                r.draft().vrid = (int) n.getAsLong();
            }
        }));
        t.on("unicast_ttl", (d, r, ctx) -> ValueSyntax.word(d, 0, ctx.diagnostics()).ifPresent(s -> {
            OptionalLong n = KeepalivedNumbers.readUnsigned(s, 0, 255, d.pos(), ctx.diagnostics());
            if (n.isEmpty()) {
                ctx.diagnostics().error(d.pos(), "(" + r.draft().name + "): TTL '" + s + "' not valid - must be between 0 & 255");
            } else {
                r.draft().unicastTtl = (int) n.getAsLong();
            }
        }));
        t.on("version", (d, r, ctx) -> ValueSyntax.word(d, 0, ctx.diagnostics()).ifPresent(s -> version(d, s, r.draft(), ctx.diagnostics())));
        t.on("priority", (d, r, ctx) -> ValueSyntax.word(d, 0, ctx.diagnostics()).ifPresent(s -> {
            OptionalLong n = KeepalivedNumbers.readUnsigned(s, 1, 255, d.pos(), ctx.diagnostics());
            if (n.isEmpty()) {
                ctx.diagnostics().error(d.pos(), "(" + r.draft().name + ") Priority not valid! must be between 1 & 255. Using default 100");
                r.draft().priority = Election.PRIORITY_DEFAULT;
            } else {
                r.draft().priority = (int) n.getAsLong();
            }
        }));
        t.on("advert_int", (d, r, ctx) -> ValueSyntax.word(d, 0, ctx.diagnostics()).ifPresent(s -> {
            Optional<Duration> v = KeepalivedNumbers.readMicroseconds(s, Duration.ofMillis(10), Duration.ofSeconds(255), d.pos(), ctx.diagnostics());
            if (v.isEmpty() || v.get().isZero()) {
                ctx.diagnostics().error(d.pos(), "(" + r.draft().name + ") Advert interval (" + s + ") not valid! Must be > 0 - ignoring");
            } else {
                r.draft().advertInterval = v.get();
            }
        }));
        t.on("virtual_ipaddress", (d, r, ctx) -> {
            for (Directive line : d.children()) {
                vip(line, r, ctx);
            }
        });
        t.on("virtual_ipaddress_excluded", (d, r, ctx) -> {
            for (Directive line : d.children()) {
                r.parse().net().address(line, NetSyntax.Origin.VIRTUAL_EXCLUDED, ctx).ifPresent(e -> {
                    r.draft().evips.add(e);
                    r.draft().evipTexts.add(line.keyword());
                    r.draft().evipHasDevice.add(line.args().contains("dev"));
                });
            }
        });
        t.on("promote_secondaries", (d, r, ctx) -> r.draft().promoteSecondaries = true);
        t.on("linkbeat_use_polling", (d, r, ctx) -> {
            r.draft().linkbeatUsePolling = true;
            ctx.diagnostics().error(d.pos(), "(" + r.draft().name + ") 'linkbeat_use_polling' in vrrp instance deprecated - use linkbeat_interfaces block");
        });
        t.on("virtual_routes", (d, r, ctx) -> {
            for (Directive line : d.children()) {
                r.parse().net().route(line, NetSyntax.Origin.VIRTUAL, ctx).ifPresent(r.draft().routes::add);
            }
        });
        t.on("virtual_rules", (d, r, ctx) -> {
            for (Directive line : d.children()) {
                r.parse().net().rule(line, NetSyntax.Origin.VIRTUAL, ctx).ifPresent(r.draft().rules::add);
            }
        });
        t.on("accept", (d, r, ctx) -> r.draft().accept = true);
        t.on("no_accept", (d, r, ctx) -> r.draft().accept = false);
        t.on("skip_check_adv_addr", (d, r, ctx) -> optionalBool(d, r, ctx.diagnostics(), "skip_check_adv_addr",
                b -> r.draft().skipCheckAdvAddr = b));
        t.on("strict_mode", (d, r, ctx) -> optionalBool(d, r, ctx.diagnostics(), "strict_mode", b -> r.draft().strictMode = b));
        t.on("preempt", (d, r, ctx) -> r.draft().nopreempt = false);
        t.on("nopreempt", (d, r, ctx) -> r.draft().nopreempt = true);
        t.on("preempt_delay", (d, r, ctx) -> ValueSyntax.word(d, 0, ctx.diagnostics()).ifPresent(s -> {
            Optional<Duration> v = KeepalivedNumbers.readMicroseconds(s, Duration.ZERO, Duration.ofSeconds(1000), d.pos(), ctx.diagnostics());
            if (v.isEmpty()) {
                ctx.diagnostics().error(d.pos(), "(" + r.draft().name + ") Preempt_delay not valid! must be between 0-1000");
                r.draft().preemptDelay = Duration.ZERO;
            } else {
                r.draft().preemptDelay = v.get();
            }
        }));
        t.on("debug", (d, r, ctx) -> ValueSyntax.word(d, 0, ctx.diagnostics()).ifPresent(s -> {
            OptionalLong n = KeepalivedNumbers.readUnsigned(s, 0, 4, d.pos(), ctx.diagnostics());
            if (n.isEmpty()) {
                ctx.diagnostics().error(d.pos(), "(" + r.draft().name + ") Debug value '" + s + "' not valid; must be between 0-4");
            } else {
                r.draft().debug = (int) n.getAsLong();
            }
        }));
        t.on("notify_backup", (d, r, ctx) -> notify(d, r, ctx, "notify_backup script", r.draft().notifyBackup,
                c -> r.draft().notifyBackup = c));
        t.on("notify_master", (d, r, ctx) -> notify(d, r, ctx, "notify_master script", r.draft().notifyMaster,
                c -> r.draft().notifyMaster = c));
        t.on("notify_fault", (d, r, ctx) -> notify(d, r, ctx, "notify_fault script", r.draft().notifyFault,
                c -> r.draft().notifyFault = c));
        t.on("notify_stop", (d, r, ctx) -> notify(d, r, ctx, "notify_stop script", r.draft().notifyStop,
                c -> r.draft().notifyStop = c));
        t.on("notify_deleted", (d, r, ctx) -> {
            InstanceDraft v = r.draft();
            if (v.notifyDeletedSet) {
                ctx.diagnostics().error(d.pos(), "(" + v.name + ") notify_deleted already specified - ignoring "
                        + (d.argCount() > 0 ? d.arg(0) : ""));
                return;
            }
            if (d.argCount() > 0) {
                v.notifyDeleted = r.parse().notifyScript(d, ctx).orElse(null);
            }
            v.notifyDeletedSet = true;
        });
        t.on("notify", (d, r, ctx) -> notify(d, r, ctx, "notify script", r.draft().notifyGeneric,
                c -> r.draft().notifyGeneric = c));
        t.on("notify_master_rx_lower_pri", (d, r, ctx) -> notify(d, r, ctx, "notify_master_rx_lower_pri script",
                r.draft().notifyMasterRxLowerPri, c -> r.draft().notifyMasterRxLowerPri = c));
        t.on("smtp_alert", (d, r, ctx) -> ValueSyntax.flag(d, ctx.diagnostics(),
                arg -> "Invalid vrrp_instance smtp_alert parameter " + arg).ifPresent(b -> r.draft().smtpAlert = b));
        t.on("notify_priority_changes", (d, r, ctx) -> ValueSyntax.flag(d, ctx.diagnostics(),
                arg -> "(" + r.draft().name + ") Invalid value '" + arg + "' for notify_priority_changes specified")
                .ifPresent(b -> r.draft().notifyPriorityChanges = b));
        t.on("lvs_sync_daemon_interface", (d, r, ctx) -> ValueSyntax.word(d, 0, ctx.diagnostics()).ifPresent(s -> {
            String name = r.draft().name;
            ctx.diagnostics().error(d.pos(), "(" + name + ") Specifying lvs_sync_daemon_interface against a vrrp is deprecated.");
            ctx.diagnostics().error(d.pos(), "      " + " ".repeat(Math.max(0, name.length() - 2)) + "Please use global lvs_sync_daemon");
        }));
        t.on("garp_master_delay", (d, r, ctx) -> unsigned(d, r, ctx, 0, 4294, "): garp_master_delay '%s' invalid - ignoring",
                n -> r.draft().garpMasterDelay = Duration.ofSeconds(n)));
        t.on("garp_master_refresh", (d, r, ctx) -> ValueSyntax.word(d, 0, ctx.diagnostics()).ifPresent(s -> {
            OptionalLong n = KeepalivedNumbers.readUnsigned(s, 0, 4294967295L, d.pos(), ctx.diagnostics());
            if (n.isEmpty()) {
                ctx.diagnostics().error(d.pos(), "(" + r.draft().name + "): Invalid garp_master_refresh '" + s + "' - ignoring");
                r.draft().garpMasterRefresh = Duration.ZERO;
            } else {
                r.draft().garpMasterRefresh = Duration.ofSeconds(n.getAsLong());
            }
        }));
        t.on("garp_master_repeat", (d, r, ctx) -> unsigned(d, r, ctx, 0, 4294967295L, "): garp_master_repeat '%s' invalid - ignoring",
                n -> r.draft().garpMasterRepeat = atLeastOne(n, d, r, ctx, "garp_master_repeat")));
        t.on("garp_master_refresh_repeat", (d, r, ctx) -> unsigned(d, r, ctx, 0, 4294967295L,
                "): garp_master_refresh_repeat '%s' invalid - ignoring",
                n -> r.draft().garpMasterRefreshRepeat = atLeastOne(n, d, r, ctx, "garp_master_refresh_repeat")));
        t.on("garp_lower_prio_delay", (d, r, ctx) -> unsigned(d, r, ctx, 0, 4294, "): garp_lower_prio_delay '%s' invalid - ignoring",
                n -> r.draft().garpLowerPrioDelay = Duration.ofSeconds(n)));
        t.on("garp_lower_prio_repeat", (d, r, ctx) -> unsigned(d, r, ctx, 0, Integer.MAX_VALUE, "): Invalid garp_lower_prio_repeat '%s'",
                n -> r.draft().garpLowerPrioRepeat = (int) n));
        t.on("down_timer_adverts", (d, r, ctx) -> unsigned(d, r, ctx, 1, 100, "): Invalid down_timer_adverts [1:100] '%s'",
                n -> r.draft().downTimerAdverts = (int) n));
        t.on("garp_extra_if", InstanceKeywords::garpExtraIf);
        // keepalived4j's crash-safe VIPs; keepalived 2.2.7 has no such keyword
        t.on("v3_checksum_as_v2", (d, r, ctx) -> optionalBool(d, r, ctx.diagnostics(), "v3_checksum_as_v2",
                b -> r.draft().v3ChecksumAsV2 = b));
        t.on("vip_lifetime", (d, r, ctx) -> VipLifetimeSetting.read(d, ctx.diagnostics())
                .ifPresent(v -> r.draft().vipLifetime = v));
        t.on("vmac_garp_intvl", InstanceKeywords::garpExtraIf);
        t.on("lower_prio_no_advert", (d, r, ctx) -> optionalBool(d, r, ctx.diagnostics(), "lower_prio_no_advert",
                b -> r.draft().lowerPrioNoAdvert = b));
        t.on("higher_prio_send_advert", (d, r, ctx) -> optionalBool(d, r, ctx.diagnostics(), "higher_prio_send_advert",
                b -> r.draft().higherPrioSendAdvert = b));
        t.on("kernel_rx_buf_size", (d, r, ctx) -> {
            if (d.argCount() == 1) {
                OptionalLong n = KeepalivedNumbers.readUnsigned(d.arg(0), 0, 4294967295L, d.pos(), ctx.diagnostics());
                if (n.isPresent()) {
                    r.draft().kernelRxBufSize = n.getAsLong();
                    return;
                }
            }
            ctx.diagnostics().error(d.pos(), "(" + r.draft().name + ") invalid kernel_rx_buf_size specified");
        });
        t.on("authentication", (d, r, ctx) -> AUTHENTICATION.applyAll(d.children(), r, ctx));
        return t;
    }

    private static String truncate8(String s) {
        byte[] b = s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        return new String(java.util.Arrays.copyOf(b, 8), java.nio.charset.StandardCharsets.UTF_8);
    }

    private static void state(Directive d, String s, InstanceDraft v, Diagnostics diag) {
        switch (s) {
            case "MASTER" -> v.wantState = Election.State.MASTER;
            case "BACKUP" -> {
                if (v.wantState == Election.State.MASTER) {
                    diag.error(d.pos(), "(" + v.name + ") state previously set as MASTER - ignoring BACKUP");
                } else {
                    v.wantState = Election.State.BACKUP;
                }
            }
            default -> {
                diag.error(d.pos(), "(" + v.name + ") unknown state '" + s + "', defaulting to BACKUP");
                v.wantState = Election.State.BACKUP;
            }
        }
    }

    private static void iface(Directive d, String name, Reading<InstanceDraft> r, Diagnostics diag) {
        InstanceDraft v = r.draft();
        if (name.length() >= IFNAMSIZ) {
            diag.error(d.pos(), "Interface name '" + name + "' too long - ignoring");
            return;
        }
        v.interfaceName = name;
        Optional<NetInterface> ifp = r.parse().interfaces().find(name);
        v.ifp = ifp.orElse(null);
        if (ifp.isEmpty()) {
            diag.error(d.pos(), "WARNING - interface " + name + " for vrrp_instance " + v.name + " doesn't exist");
        } else if (ifp.get().loopback()) {
            diag.error(d.pos(), "(" + v.name + ") cannot use a loopback interface (" + name + ") for vrrp - ignoring");
            v.ifp = null;
        }
    }

    private static void vrf(Directive d, String name, Reading<InstanceDraft> r, Diagnostics diag) {
        InstanceDraft v = r.draft();
        if (name.length() >= IFNAMSIZ) {
            diag.error(d.pos(), "(" + v.name + ") VRF interface name '" + name + "' too long - ignoring");
            return;
        }
        if (v.ifp != null) {
            diag.error(d.pos(), "(" + v.name + ") Cannot specify VRF interface and interface - ignoring");
            return;
        }
        if (v.vrfIfp != null) {
            diag.error(d.pos(), "(" + v.name + ") VRF interface already specified as '" + v.vrfName + "' - ignoring");
            return;
        }
        Optional<NetInterface> ifp = r.parse().interfaces().find(name);
        if (ifp.isEmpty()) {
            diag.error(d.pos(), "(" + v.name + ") WARNING - VRF interface " + name + " doesn't exist");
        } else if (ifp.get().loopback()) {
            diag.error(d.pos(), "(" + v.name + ") cannot use a loopback interface (" + name + ") for VRF - ignoring");
        } else {
            v.vrfIfp = ifp.get();
            v.vrfName = name;
        }
    }

    private static void sourceAddress(Directive d, String text, InstanceDraft v, Diagnostics diag) {
        Optional<IpAddress> a = IpAddress.parse(text);
        if (a.isEmpty()) {
            diag.error(d.pos(), "Configuration error: VRRP instance[" + v.name + "] malformed src address[" + text + "]. Skipping...");
            return;
        }
        if (!v.adoptsFamily(a.get().family())) {
            diag.error(d.pos(), "Configuration error: VRRP instance[" + v.name + "] and src address[" + text
                    + "] MUST be of the same family !!! Skipping...");
            v.sourceAddress = null;
            return;
        }
        v.sourceAddress = a.get();
    }

    private static void multicastDestination(Directive d, String text, InstanceDraft v, Diagnostics diag) {
        Optional<IpAddress> a = IpAddress.parse(text);
        if (a.isEmpty()) {
            diag.error(d.pos(), "(" + v.name + ") malformed mcast dest address " + text + ". Skipping...");
            return;
        }
        if (!v.adoptsFamily(a.get().family())) {
            diag.error(d.pos(), "(" + v.name + ") mcast dest address " + text + " MUST match VRRP instance family. Skipping...");
            return;
        }
        boolean ok = a.get().isV4() ? a.get().isMulticast() : isLinkLocalMulticast(a.get());
        if (!ok) {
            diag.error(d.pos(), "(" + v.name + ") mcast_dst_ip " + text + " not" + (a.get().isV4() ? "" : " link-local") + " multicast. Skipping...");
            return;
        }
        v.multicastDestination = a.get();
    }

    private static boolean isLinkLocalMulticast(IpAddress a) {
        byte[] b = a.bytes();
        return (b[0] & 0xff) == 0xff && (b[1] & 0x0f) == 0x02;
    }

    private static void version(Directive d, String s, InstanceDraft v, Diagnostics diag) {
        OptionalLong n = KeepalivedNumbers.readInt(s, 2, 3, d.pos(), diag);
        if (n.isEmpty()) {
            diag.error(d.pos(), "(" + v.name + "): Version must be either 2 or 3");
            return;
        }
        int version = (int) n.getAsLong();
        if ((v.version != 0 && v.version != version) || (version == 2 && v.family == IpAddress.Family.INET6)) {
            diag.error(d.pos(), "(" + v.name + ") vrrp_version " + version + " conflicts with configured or deduced version "
                    + v.version + "; ignoring.");
            return;
        }
        v.version = version;
    }

    private static void vip(Directive line, Reading<InstanceDraft> r, ParseContext ctx) {
        InstanceDraft v = r.draft();
        Optional<AddressEntry> entry = r.parse().net().address(line, NetSyntax.Origin.VIRTUAL, ctx);
        if (entry.isEmpty()) {
            return;
        }
        Optional<IpPrefix> prefix = IpPrefix.parse(line.keyword());
        if (prefix.isPresent()) {
            IpAddress.Family f = prefix.get().address().family();
            if (!v.adoptsFamily(f)) {
                ctx.diagnostics().error(line.pos(), "(" + v.name + "): address family must match VRRP instance ["
                        + line.keyword() + "] - ignoring");
                return;
            }
        }
        v.vips.add(entry.get());
        v.vipPrefixes.add(prefix.orElse(null));
        v.vipTexts.add(line.keyword());
        v.vipHasDevice.add(line.args().contains("dev"));
    }

    private static void unicastPeer(Directive line, InstanceDraft v, Diagnostics diag) {
        Optional<IpAddress> a = IpAddress.parse(line.keyword());
        if (a.isEmpty()) {
            diag.error(line.pos(), "Configuration error: VRRP instance[" + v.name + "] malformed unicast peer address["
                    + line.keyword() + "]. Skipping...");
            return;
        }
        if (!v.adoptsFamily(a.get().family())) {
            diag.error(line.pos(), "Configuration error: VRRP instance[" + v.name + "] and unicast peer address["
                    + line.keyword() + "] MUST be of the same family !!! Skipping...");
            return;
        }
        int minTtl = 0;
        int maxTtl = 255;
        for (int i = 0; i < line.argCount(); i += 2) {
            if (i + 1 >= line.argCount()) {
                diag.error(line.pos(), "(" + v.name + ") " + line.arg(i) + " is missing a value");
                break;
            }
            OptionalLong ttl = KeepalivedNumbers.readUnsigned(line.arg(i + 1), 0, 255, line.pos(), diag);
            if (ttl.isPresent()) {
                if (line.arg(i).equals("min_ttl")) {
                    minTtl = (int) ttl.getAsLong();
                } else if (line.arg(i).equals("max_ttl")) {
                    maxTtl = (int) ttl.getAsLong();
                } else {
                    diag.error(line.pos(), "(" + v.name + ") unknown unicast_peer option " + line.arg(i));
                    break;
                }
                v.checkUnicastSource = true;
            }
        }
        if (minTtl > maxTtl) {
            diag.error(line.pos(), "(" + v.name + ") min_ttl " + minTtl + " > max_ttl " + maxTtl + " - all packets will be discarded");
        }
        v.peers.add(new UnicastPeer(a.get(), minTtl, maxTtl));
    }

    /** keepalived 2.2.7 looks at no more than the first two words: an interface name and/or a MAC. */
    private static void useVmac(Directive d, Reading<InstanceDraft> r, ParseContext ctx) {
        InstanceDraft v = r.draft();
        Diagnostics diag = ctx.diagnostics();
        v.vmac = true;
        for (String word : d.args().subList(0, Math.min(2, d.argCount()))) {
            if (word.indexOf(':') >= 0) {
                if (v.vmacMac != null) {
                    diag.error(d.pos(), "VMAC interface address already specified");
                    continue;
                }
                macAddress(d, word, v, diag);
                continue;
            }
            if (v.vmacName != null) {
                diag.error(d.pos(), "VMAC interface name already specified");
                continue;
            }
            if (!deviceNameValid(word)) {
                diag.error(d.pos(), "VMAC interface name '" + word + "' too long or invalid characters - ignoring");
                continue;
            }
            Optional<InstanceDraft> other = r.parse().instanceUsingVmacName(word);
            if (other.isPresent()) {
                diag.error(d.pos(), "(" + v.name + ") VRRP instance " + other.get().name + " is already using " + word + " - ignoring name");
                continue;
            }
            v.vmacName = word;
        }
    }

    /**
     * A MAC of six octets, or five (the sixth is then the VRID); octets past the sixth are
     * ignored, as keepalived ignores them. Multicast and the RFC VMAC prefixes are refused.
     */
    private static void macAddress(Directive d, String word, InstanceDraft v, Diagnostics diag) {
        if (!word.chars().allMatch(c -> Character.digit(c, 16) >= 0 || c == ':')) {
            diag.error(d.pos(), "VMAC invalid MAC address " + word);
            return;
        }
        String[] parts = word.split(":", -1);
        int count = parts.length;
        if (count > 0 && parts[count - 1].isEmpty() && count == 6) {
            count = 5;
        }
        boolean ok = count >= 5;
        int[] octets = new int[6];
        for (int i = 0; ok && i < Math.min(count, 6); i++) {
            ok = !parts[i].isEmpty() && parts[i].length() <= 2;
            if (ok) {
                octets[i] = Integer.parseInt(parts[i], 16);
            }
        }
        if (!ok) {
            diag.error(d.pos(), "VMAC invalid MAC address " + word + " - ignored");
        } else if ((octets[0] & 1) != 0) {
            diag.error(d.pos(), "VMAC MAC address is multicast " + word + " - ignoring");
        } else if (octets[0] == 0 && octets[1] == 0 && octets[2] == 0x5e && octets[3] == 0 && (octets[4] == 1 || octets[4] == 2)) {
            diag.error(d.pos(), "VMAC MAC address not allowed to be RFC5798 address (" + word + ") - ignoring");
        } else {
            v.vmacMac = word;
        }
    }

    /** The kernel's {@code dev_valid_name}. */
    static boolean deviceNameValid(String name) {
        if (name.isEmpty() || name.length() >= IFNAMSIZ || name.equals(".") || name.equals("..")) {
            return false;
        }
        return name.chars().noneMatch(c -> c == '/' || c == ':' || Character.isWhitespace(c));
    }

    private static void useIpvlan(Directive d, Reading<InstanceDraft> r, ParseContext ctx) {
        InstanceDraft v = r.draft();
        Diagnostics diag = ctx.diagnostics();
        if (v.ipvlan) {
            diag.error(d.pos(), "(" + v.name + ") use_ipvlan already specified");
            return;
        }
        v.ipvlan = true;
        for (String word : d.args()) {
            Ipvlan.Mode mode = switch (word) {
                case "bridge" -> Ipvlan.Mode.BRIDGE;
                case "private" -> Ipvlan.Mode.PRIVATE;
                case "vepa" -> Ipvlan.Mode.VEPA;
                default -> null;
            };
            if (mode != null) {
                if (v.ipvlanModeSet) {
                    diag.error(d.pos(), "(" + v.name + ") ipvlan type already specified - ignoring '" + word + "'");
                } else {
                    v.ipvlanMode = mode;
                    v.ipvlanModeSet = true;
                }
                continue;
            }
            Optional<IpPrefix> addr = IpPrefix.parse(word);
            if (addr.isPresent()) {
                if (v.ipvlanAddress != null) {
                    diag.error(d.pos(), "(" + v.name + ") ipvlan address already specified - ignoring '" + word + "'");
                    continue;
                }
                IpAddress.Family f = addr.get().address().family();
                if (!v.adoptsFamily(f)) {
                    diag.error(d.pos(), "(" + v.name + ") ipvlan address[" + word + "] MUST match vrrp instance family !!! Skipping...");
                    continue;
                }
                v.ipvlanAddress = addr.get();
                if (v.sourceAddress == null) {
                    v.sourceAddress = addr.get().address();
                }
                continue;
            }
            if (v.vmacName != null) {
                diag.error(d.pos(), "(" + v.name + ") IPVLAN interface already specified - ignoring '" + word + "'");
                continue;
            }
            if (word.length() >= IFNAMSIZ) {
                diag.error(d.pos(), "(" + v.name + ") IPVLAN interface name '" + word + "' too long - ignoring");
                continue;
            }
            Optional<InstanceDraft> other = r.parse().instanceUsingVmacName(word);
            if (other.isPresent()) {
                diag.error(d.pos(), "(" + v.name + ") VRRP instance " + other.get().name + " is already using " + word + " - ignoring name");
                continue;
            }
            v.vmacName = word;
        }
    }

    private static void garpExtraIf(Directive d, Reading<InstanceDraft> r, ParseContext ctx) {
        InstanceDraft v = r.draft();
        Diagnostics diag = ctx.diagnostics();
        if (d.keyword().equals("vmac_garp_intvl")) {
            diag.deprecated(d.pos(), "Keyword \"vmac_garp_intvl\" is deprecated - please use \"garp_extra_if\"");
        }
        Long delay = null;
        boolean all = false;
        for (String word : d.args()) {
            if (word.equals("all")) {
                all = true;
                continue;
            }
            OptionalLong n = KeepalivedNumbers.readUnsigned(word, 0, 86400, d.pos(), diag);
            if (n.isEmpty()) {
                diag.error(d.pos(), "(" + v.name + "): " + d.keyword() + " '" + word + "' invalid - ignoring");
                return;
            }
            delay = n.getAsLong();
        }
        if (all) {
            v.garpExtraIfAll = true;
        }
        if (delay == null) {
            diag.error(d.pos(), "(" + v.name + "): " + d.keyword() + " specified without time - ignoring");
            return;
        }
        v.garpExtraIf = Duration.ofSeconds(delay);
    }

    private static void notify(Directive d, Reading<InstanceDraft> r, ParseContext ctx, String what, ScriptCommand existing,
                               java.util.function.Consumer<ScriptCommand> set) {
        if (existing != null) {
            ctx.diagnostics().error(d.pos(), "(" + r.draft().name + ") " + what + " already specified - ignoring "
                    + (d.argCount() > 0 ? d.arg(0) : ""));
            return;
        }
        r.parse().notifyScript(d, ctx).ifPresent(set);
    }

    private static void optionalBool(Directive d, Reading<InstanceDraft> r, Diagnostics diag, String keyword,
                                     java.util.function.Consumer<Boolean> set) {
        ValueSyntax.flag(d, diag, arg -> "(" + r.draft().name + ") invalid " + keyword + " " + arg + " specified")
                .ifPresent(set);
    }

    private static void unsigned(Directive d, Reading<InstanceDraft> r, ParseContext ctx, long min, long max, String message,
                                 java.util.function.LongConsumer set) {
        ValueSyntax.word(d, 0, ctx.diagnostics()).ifPresent(s -> {
            OptionalLong n = KeepalivedNumbers.readUnsigned(s, min, max, d.pos(), ctx.diagnostics());
            if (n.isEmpty()) {
                ctx.diagnostics().error(d.pos(), "(" + r.draft().name + message.replace("%s", s));
            } else {
                set.accept(n.getAsLong());
            }
        });
    }

    private static int atLeastOne(long n, Directive d, Reading<InstanceDraft> r, ParseContext ctx, String keyword) {
        if (n == 0) {
            ctx.diagnostics().error(d.pos(), "(" + r.draft().name + "): " + keyword + " must be greater than 0, setting to 1");
            return 1;
        }
        return (int) Math.min(n, Integer.MAX_VALUE);
    }
}
