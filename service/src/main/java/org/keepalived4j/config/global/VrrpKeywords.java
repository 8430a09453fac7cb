package org.keepalived4j.config.global;

import static org.keepalived4j.config.global.Reading.bool;
import static org.keepalived4j.config.global.Reading.flag;
import static org.keepalived4j.config.global.Reading.plainBool;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.BiConsumer;
import org.keepalived4j.config.Directive;
import org.keepalived4j.config.IpAddress;
import org.keepalived4j.config.KeywordTable;
import org.keepalived4j.config.ParseContext;
import org.keepalived4j.config.KeepalivedNumbers;
import org.keepalived4j.config.ValueSyntax;

/** The VRRP defaults and gratuitous ARP keywords of global_defs. */
final class VrrpKeywords {

    /** Timers are kept in microseconds in 32 bits: UINT_MAX / 1000000 seconds. */
    private static final long MAX_TIMER_SECONDS = Reading.UINT_MAX / 1_000_000;
    private static final String IGMP_LINK_LOCAL = "/proc/sys/net/ipv4/igmp_link_local_mcast_reports";

    private VrrpKeywords() {
    }

    static void register(KeywordTable<GlobalDraft> t) {
        t.on("vrrp_mcast_group4", (d, g, ctx) -> mcastGroup(d, ctx, true).ifPresent(a -> g.mcastGroup4 = a));
        t.on("vrrp_mcast_group6", (d, g, ctx) -> mcastGroup(d, ctx, false).ifPresent(a -> g.mcastGroup6 = a));
        t.on("vrrp_version", (d, g, ctx) -> Reading.signed(d, ctx, 2, 3, w -> "VRRP Error: Version must be either 2 or 3")
                .ifPresent(v -> g.vrrpVersion = (int) v));
        t.on("default_interface", (d, g, ctx) -> {
            if (d.argCount() < 1) {
                ctx.diagnostics().error(d.pos(), "default_interface requires interface name");
                return;
            }
            g.defaultInterface = d.arg(0);
        });
        flag(t, "vrrp_strict", (g, v) -> g.vrrpStrict = true);
        flag(t, "vrrp_skip_check_adv_addr", (g, v) -> g.skipCheckAdvAddr = true);
        flag(t, "vrrp_check_unicast_src", (g, v) -> g.checkUnicastSrc = true);
        bool(t, "vrrp_lower_prio_no_advert", plainBool("vrrp_lower_prio_no_advert"), (g, v) -> g.lowerPrioNoAdvert = v);
        bool(t, "vrrp_higher_prio_send_advert", plainBool("vrrp_higher_prio_send_advert"), (g, v) -> g.higherPrioSendAdvert = v);
        t.on("vrrp_down_timer_adverts", (d, g, ctx) -> Reading.unsigned(d, ctx, 1, 100,
                w -> "Invalid vrrp_down_timer_adverts [1:100] '" + w + "'").ifPresent(v -> g.downTimerAdverts = (int) v));
        t.on("vrrp_startup_delay", (d, g, ctx) -> {
            Reading.micros(d, ctx, 1000, Reading.UINT_MAX, w -> "vrrp_startup_delay '" + w + "' is invalid")
                    .ifPresent(v -> g.startupDelay = v);
            if (d.argCount() >= 1 && g.startupDelay.compareTo(Duration.ofSeconds(60)) >= 0) {
                ctx.diagnostics().notice(d.pos(), "The vrrp_startup_delay is very large - " + d.arg(0) + " seconds");
            }
        });
        flag(t, "log_unknown_vrids", (g, v) -> g.logUnknownVrids = true);
        // keepalived4j's crash-safe VIPs; keepalived 2.2.7 has no such keyword
        // keepalived 2.2.8's RFC 9568 checksum switch, which the VRRP engine needs for Cisco/Juniper peers
        bool(t, "v3_checksum_as_v2", plainBool("v3_checksum_as_v2"), (g, v) -> g.v3ChecksumAsV2 = v);
        t.on("vip_lifetime", (d, g, ctx) -> VipLifetimeSetting.read(d, ctx.diagnostics()).ifPresent(v -> g.vipLifetime = v));
        t.on("vmac_prefix", (d, g, ctx) -> ValueSyntax.word(d, 0, ctx.diagnostics()).ifPresent(p -> {
            if (g.vmacPrefix != null) {
                ctx.diagnostics().error(d.pos(), "vmac prefix has already been specified - ignoring " + p);
                return;
            }
            g.vmacPrefix = p;
        }));
        t.on("vmac_addr_prefix", (d, g, ctx) -> ValueSyntax.word(d, 0, ctx.diagnostics()).ifPresent(p -> {
            if (g.vmacAddrPrefix != null) {
                ctx.diagnostics().error(d.pos(), "vmac_addr prefix has already been specified - ignoring " + p);
                return;
            }
            g.vmacAddrPrefix = p;
        }));
        t.on("vrrp_rx_bufs_policy", VrrpKeywords::rxBufsPolicy);
        t.on("vrrp_rx_bufs_multiplier", (d, g, ctx) -> {
            if (d.argCount() != 1) {
                ctx.diagnostics().error(d.pos(), "Invalid vrrp_rx_bufs_multiplier");
                return;
            }
            Reading.unsigned(d, ctx, 1, Reading.UINT_MAX, w -> "Invalid vrrp_rx_bufs_multiplier " + w)
                    .ifPresent(v -> g.rxBufsMultiplier = v);
        });
        t.on("dynamic_interfaces", (d, g, ctx) -> {
            g.dynamicInterfaces = true;
            if (d.argCount() >= 1) {
                if (d.arg(0).equals("allow_if_changes")) {
                    g.allowIfChanges = true;
                } else {
                    ctx.diagnostics().error(d.pos(), "Unknown dynamic_interfaces option '" + d.arg(0) + "'");
                }
            }
        });
        t.on("disable_local_igmp", (d, g, ctx) -> {
            if (ctx.host().file(IGMP_LINK_LOCAL).isEmpty()) {
                ctx.diagnostics().error(d.pos(), "kernel does not support " + IGMP_LINK_LOCAL);
                return;
            }
            g.disableLocalIgmp = true;
        });
        registerGarp(t);
    }

    private static void registerGarp(KeywordTable<GlobalDraft> t) {
        t.on("vrrp_garp_master_delay", (d, g, ctx) -> Reading.unsigned(d, ctx, 0, MAX_TIMER_SECONDS,
                w -> "vrrp_garp_master_delay '" + w + "' invalid - ignoring").ifPresent(v -> g.garpMasterDelay = Duration.ofSeconds(v)));
        t.on("vrrp_garp_master_repeat", (d, g, ctx) -> repeat(d, ctx, "vrrp_garp_master_repeat")
                .ifPresent(v -> g.garpMasterRepeat = v));
        t.on("vrrp_garp_master_refresh", (d, g, ctx) -> {
            OptionalLong v = Reading.unsigned(d, ctx, 0, Reading.UINT_MAX,
                    w -> "Invalid vrrp_garp_master_refresh '" + w + "' - ignoring");
            // unlike its siblings, a bad value switches refreshing off
            g.garpMasterRefresh = Duration.ofSeconds(v.orElse(0));
        });
        t.on("vrrp_garp_master_refresh_repeat", (d, g, ctx) -> repeat(d, ctx, "vrrp_garp_master_refresh_repeat")
                .ifPresent(v -> g.garpMasterRefreshRepeat = v));
        t.on("vrrp_garp_lower_prio_delay", (d, g, ctx) -> Reading.unsigned(d, ctx, 0, MAX_TIMER_SECONDS,
                w -> "vrrp_garp_lower_prio_delay '" + w + "' invalid - ignoring").ifPresent(v -> g.garpLowerPrioDelay = Duration.ofSeconds(v)));
        t.on("vrrp_garp_lower_prio_repeat", (d, g, ctx) -> Reading.unsigned(d, ctx, 0, Integer.MAX_VALUE,
                w -> "Invalid vrrp_garp_lower_prio_repeat '" + w + "'").ifPresent(v -> g.garpLowerPrioRepeat = v));
        interval(t, "vrrp_garp_interval", (g, v) -> g.garpInterval = v);
        interval(t, "vrrp_gna_interval", (g, v) -> g.gnaInterval = v);
        t.on("vrrp_min_garp", (d, g, ctx) -> Reading.bool(d, ctx, plainBool("vrrp_min_garp")).ifPresent(on -> {
            if (!on) {
                return;
            }
            // one message, no second burst; values already changed from their defaults stay
            if (g.garpMasterRepeat == GarpDefaults.DEFAULT_MASTER_REPEAT) {
                g.garpMasterRepeat = 1;
            }
            if (g.garpMasterRefreshRepeat == GarpDefaults.DEFAULT_MASTER_REFRESH_REPEAT) {
                g.garpMasterRefreshRepeat = 0;
            }
            if (g.garpMasterDelay.equals(GarpDefaults.DEFAULT_MASTER_DELAY)) {
                g.garpMasterDelay = Duration.ZERO;
            }
        }));
        t.on("vrrp_garp_extra_if", VrrpKeywords::garpExtraIf);
        t.alias("vrrp_vmac_garp_intvl", "vrrp_garp_extra_if");
    }

    private static Optional<IpAddress> mcastGroup(Directive d, ParseContext ctx, boolean v4) {
        Optional<String> w = ValueSyntax.word(d, 0, ctx.diagnostics());
        if (w.isEmpty()) {
            return Optional.empty();
        }
        Optional<IpAddress> a = IpAddress.parse(w.get());
        String problem = a.isEmpty() ? "Can't parse " + d.keyword() + " [" + w.get() + "]"
                : a.get().isV4() != v4 ? d.keyword() + " [" + w.get() + "] is not IPv" + (v4 ? 4 : 6)
                : !a.get().isMulticast() ? d.keyword() + " [" + w.get() + "] is not multicast"
                : null;
        if (problem != null) {
            ctx.diagnostics().error(d.pos(), problem + ". Skipping");
            return Optional.empty();
        }
        return a;
    }

    private static OptionalLong repeat(Directive d, ParseContext ctx, String keyword) {
        OptionalLong v = Reading.unsigned(d, ctx, 0, Reading.UINT_MAX, w -> keyword + " '" + w + "' invalid - ignoring");
        if (v.isPresent() && v.getAsLong() == 0) {
            ctx.diagnostics().error(d.pos(), keyword + " must be greater than 0, setting to 1");
            return OptionalLong.of(1);
        }
        return v;
    }

    private static void interval(KeywordTable<GlobalDraft> t, String keyword, BiConsumer<GlobalDraft, Duration> set) {
        t.on(keyword, (d, g, ctx) -> Reading.micros(d, ctx, 1, Reading.UINT_MAX, w -> keyword + " '" + w + "' is invalid")
                .ifPresent(v -> {
                    set.accept(g, v);
                    if (v.compareTo(Duration.ofSeconds(1)) >= 0) {
                        ctx.diagnostics().notice(d.pos(), "The " + keyword + " is very large - " + d.arg(0) + " seconds");
                    }
                }));
    }

    private static void garpExtraIf(Directive d, GlobalDraft g, ParseContext ctx) {
        String keyword = d.keyword();
        if (keyword.equals("vrrp_vmac_garp_intvl")) {
            ctx.diagnostics().deprecated(d.pos(), "Keyword \"vrrp_vmac_garp_intvl\" is deprecated - please use \"vrrp_garp_extra_if\"");
        }
        long delay = 0;
        for (String w : d.args()) {
            if (w.equals("all")) {
                // set at once, even if the line is then rejected, as keepalived does
                g.garpExtraIfAll = true;
                continue;
            }
            OptionalLong v = KeepalivedNumbers.readUnsigned(w, 1, 86400, d.pos(), ctx.diagnostics());
            if (v.isEmpty()) {
                ctx.diagnostics().error(d.pos(), keyword + " '" + w + "' invalid - ignoring");
                return;
            }
            delay = v.getAsLong();
        }
        if (delay == 0) {
            ctx.diagnostics().error(d.pos(), keyword + " specified without time - ignoring");
            return;
        }
        g.garpExtraIf = Duration.ofSeconds(delay);
    }

    /**
     * {@code vrrp_rx_bufs_policy MTU|ADVERT|SIZE...}: policies accumulate over lines. keepalived
     * 2.2.7 reads a size from the first argument whatever the position of the size word, which
     * this keeps, so that the same lines are reported.
     */
    private static void rxBufsPolicy(Directive d, GlobalDraft g, ParseContext ctx) {
        if (d.argCount() < 1) {
            ctx.diagnostics().error(d.pos(), "vrrp_rx_bufs_policy missing");
            return;
        }
        for (String w : d.args()) {
            String upper = w.toUpperCase(Locale.ROOT);
            if (upper.equals("MTU")) {
                g.rxBufsMtu = true;
            } else if (upper.equals("ADVERT")) {
                g.rxBufsAdvert = true;
            } else {
                OptionalLong size = KeepalivedNumbers.readUnsigned(d.arg(0), 0, Reading.UINT_MAX, d.pos(), ctx.diagnostics());
                if (size.isEmpty()) {
                    ctx.diagnostics().error(d.pos(), "Invalid vrrp_rx_bufs_policy " + w);
                } else {
                    g.rxBufsSize = size.getAsLong();
                }
            }
        }
        if (g.rxBufsSize != null && (g.rxBufsMtu || g.rxBufsAdvert)) {
            ctx.diagnostics().error(d.pos(), "Cannot set vrrp_rx_bufs_policy size and policy, ignoring policy");
            g.rxBufsMtu = false;
            g.rxBufsAdvert = false;
        } else if (g.rxBufsMtu && g.rxBufsAdvert) {
            ctx.diagnostics().error(d.pos(), "Cannot set both vrrp_rx_bufs_policy MTU and ADVERT, ignoring ADVERT");
            g.rxBufsAdvert = false;
        }
    }
}
