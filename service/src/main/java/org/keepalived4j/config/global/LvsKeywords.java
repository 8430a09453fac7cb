package org.keepalived4j.config.global;

import static org.keepalived4j.config.global.Reading.flag;

import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.keepalived4j.config.Diagnostics;
import org.keepalived4j.config.Directive;
import org.keepalived4j.config.IpAddress;
import org.keepalived4j.config.KeywordTable;
import org.keepalived4j.config.ParseContext;
import org.keepalived4j.config.KeepalivedNumbers;
import org.keepalived4j.config.ValueSyntax;

/** The IPVS keywords of global_defs, and the nftables tables of VRRP and IPVS. */
final class LvsKeywords {

    /** NFT_TABLE_MAXNAMELEN: a table name must be shorter. */
    private static final int NFT_TABLE_MAXNAMELEN = 256;

    private LvsKeywords() {
    }

    static void register(KeywordTable<GlobalDraft> t) {
        t.on("lvs_timeouts", LvsKeywords::timeouts);
        flag(t, "lvs_flush", (g, v) -> g.lvsFlush = true);
        t.on("lvs_flush_on_stop", (d, g, ctx) -> {
            if (d.argCount() == 0) {
                g.lvsFlushOnStop = LvsFlushOnStop.FULL;
            } else if (d.arg(0).equals("VS")) {
                g.lvsFlushOnStop = LvsFlushOnStop.VS;
            } else {
                ctx.diagnostics().error(d.pos(), "Unknown lvs_flush_on_stop type " + d.arg(0));
            }
        });
        t.alias("lvs_flush_onstop", "lvs_flush_on_stop");
        t.on("lvs_sync_daemon", LvsKeywords::syncDaemon);

        t.on("vrrp_iptables", (d, g, ctx) -> {
            // keepalived 2.2.7 as Debian builds it has no iptables support, and says so
            ctx.diagnostics().error(d.pos(), "iptables not supported, using nftables instead. Please replace "
                    + "'vrrp_iptables and 'vrrp_ipsets' with 'nftables' config option");
            g.nftablesTable = FirewallSettings.DEFAULT_TABLE;
            g.nftablesPriority = FirewallSettings.DEFAULT_PRIORITY;
        });
        t.on("nftables", (d, g, ctx) -> {
            if (g.nftablesTable != null) {
                ctx.diagnostics().error(d.pos(), "nftables already specified - ignoring");
                return;
            }
            tableName(d, ctx, "nftables", FirewallSettings.DEFAULT_TABLE).ifPresent(n -> {
                g.nftablesTable = n;
                g.nftablesPriority = FirewallSettings.DEFAULT_PRIORITY;
            });
        });
        t.on("nftables_priority", (d, g, ctx) -> chainPriority(d, ctx, "invalid nftables chain priority '")
                .ifPresent(v -> g.nftablesPriority = (int) v));
        flag(t, "nftables_ifindex", (g, v) -> g.nftablesIfindex = true);
        flag(t, "nftables_counters", (g, v) -> g.nftablesCounters = true);
        t.on("nftables_ipvs", (d, g, ctx) -> {
            if (g.ipvsNftablesTable != null) {
                ctx.diagnostics().error(d.pos(), "ipvs nftables already specified - ignoring");
                return;
            }
            tableName(d, ctx, "ipvs nftables", LvsSettings.DEFAULT_NFTABLES_TABLE).ifPresent(n -> {
                g.ipvsNftablesTable = n;
                g.ipvsNftablesPriority = -1;
                g.ipvsStartFwmark = LvsSettings.DEFAULT_START_FWMARK;
            });
        });
        t.on("nftables_ipvs_priority", (d, g, ctx) -> chainPriority(d, ctx, "invalid ipvs nftables chain priority '")
                .ifPresent(v -> g.ipvsNftablesPriority = (int) v));
        t.on("nftables_ipvs_start_fwmark", (d, g, ctx) -> ValueSyntax.word(d, 0, ctx.diagnostics()).ifPresent(w -> {
            OptionalLong v = KeepalivedNumbers.readUnsigned(w, 1, Reading.UINT_MAX, d.pos(), ctx.diagnostics());
            if (v.isEmpty()) {
                ctx.diagnostics().invalidNumber(d.pos(), "invalid ipvs nftables start_fwmark priority '" + w + "'");
                return;
            }
            g.ipvsStartFwmark = v.getAsLong();
        }));
    }

    private static Optional<String> tableName(Directive d, ParseContext ctx, String what, String dflt) {
        if (d.argCount() == 0) {
            return Optional.of(dflt);
        }
        if (d.arg(0).length() >= NFT_TABLE_MAXNAMELEN) {
            ctx.diagnostics().error(d.pos(), what + " table name too long - ignoring");
            return Optional.empty();
        }
        return Optional.of(d.arg(0));
    }

    private static OptionalLong chainPriority(Directive d, ParseContext ctx, String failure) {
        Optional<String> w = ValueSyntax.word(d, 0, ctx.diagnostics());
        if (w.isEmpty()) {
            return OptionalLong.empty();
        }
        OptionalLong v = KeepalivedNumbers.readInt(w.get(), Integer.MIN_VALUE, Integer.MAX_VALUE, d.pos(), ctx.diagnostics());
        if (v.isEmpty()) {
            ctx.diagnostics().invalidNumber(d.pos(), failure + w.get() + "'");
        }
        return v;
    }

    /** {@code lvs_timeouts [tcp S] [tcpfin S] [udp S]}; each good value is kept even if others are bad. */
    private static void timeouts(Directive d, GlobalDraft g, ParseContext ctx) {
        Diagnostics diag = ctx.diagnostics();
        if (d.argCount() < 2) {
            diag.error(d.pos(), "lvs_timeouts requires at least one option");
            return;
        }
        for (int i = 0; i < d.argCount(); i++) {
            String option = d.arg(i);
            if (!option.equals("tcp") && !option.equals("tcpfin") && !option.equals("udp")) {
                diag.error(d.pos(), "Unknown option " + option + " specified for lvs_timeouts");
                continue;
            }
            if (i == d.argCount() - 1) {
                diag.error(d.pos(), "No value specified for lvs_timeout " + option + " - ignoring");
                continue;
            }
            String w = d.arg(++i);
            OptionalLong v = KeepalivedNumbers.readUnsigned(w, 0, LvsTimeouts.MAX_SECONDS, d.pos(), diag);
            if (v.isEmpty()) {
                diag.error(d.pos(), "Invalid lvs_timeout " + option + " (" + w + ") - ignoring");
                continue;
            }
            Duration seconds = Duration.ofSeconds(v.getAsLong());
            switch (option) {
                case "tcp" -> g.lvsTcpTimeout = seconds;
                case "tcpfin" -> g.lvsTcpFinTimeout = seconds;
                default -> g.lvsUdpTimeout = seconds;
            }
        }
    }

    /**
     * {@code lvs_sync_daemon IF [[inst] VI] [id N] [maxlen N] [port N] [ttl N] [group IP]}; the
     * older {@code IF VI [SYNCID]} form is still accepted, the bare SYNCID with a complaint.
     */
    private static void syncDaemon(Directive d, GlobalDraft g, ParseContext ctx) {
        Diagnostics diag = ctx.diagnostics();
        if (g.syncDaemon != null) {
            diag.error(d.pos(), "lvs_sync_daemon has already been specified as " + g.syncDaemon.interfaceName() + " "
                    + g.syncDaemon.vrrpInstance().orElse("") + " - ignoring");
            return;
        }
        if (d.argCount() < 1) {
            diag.error(d.pos(), "lvs_sync_daemon requires interface");
            return;
        }
        if (d.arg(0).length() >= LvsSyncDaemon.IFNAME_MAX) {
            diag.error(d.pos(), "lvs_sync_daemon interface name '" + d.arg(0) + "' too long - ignoring");
            return;
        }
        String instance = null;
        OptionalInt syncId = OptionalInt.empty();
        OptionalInt maxLen = OptionalInt.empty();
        OptionalInt port = OptionalInt.empty();
        OptionalInt ttl = OptionalInt.empty();
        Optional<IpAddress> group = Optional.empty();
        for (int i = 1; i < d.argCount(); i++) {
            String option = d.arg(i);
            boolean last = i == d.argCount() - 1;
            switch (option) {
                case "inst" -> {
                    if (last) {
                        // keepalived reads the missing word and gives up on the whole configuration
                        ValueSyntax.word(d, i + 1, diag);
                        return;
                    }
                    if (instance != null) {
                        diag.error(d.pos(), "lvs_sync_daemon vrrp instance has already been specified as " + instance + " - ignoring");
                    } else {
                        instance = d.arg(i + 1);
                    }
                    i++;
                }
                case "id" -> {
                    if (last) {
                        diag.error(d.pos(), "No value specified for lvs_sync_daemon id, defaulting to vrid");
                        continue;
                    }
                    String w = d.arg(++i);
                    OptionalLong v = KeepalivedNumbers.readUnsigned(w, 0, 255, d.pos(), diag);
                    if (v.isEmpty()) {
                        diag.error(d.pos(), "Invalid syncid (" + w + ") - defaulting to vrid");
                    } else {
                        syncId = OptionalInt.of((int) v.getAsLong());
                    }
                }
                case "maxlen" -> {
                    OptionalInt v = syncOption(d, i, "maxlen", 65535 - 20 - 8, diag);
                    maxLen = v.isPresent() ? v : maxLen;
                    i += last ? 0 : 1;
                }
                case "port" -> {
                    OptionalInt v = syncOption(d, i, "port", 65535, diag);
                    port = v.isPresent() ? v : port;
                    i += last ? 0 : 1;
                }
                case "ttl" -> {
                    OptionalInt v = syncOption(d, i, "ttl", 255, diag);
                    ttl = v.isPresent() ? v : ttl;
                    i += last ? 0 : 1;
                }
                case "group" -> {
                    if (last) {
                        diag.error(d.pos(), "No value specified for lvs_sync_daemon group - ignoring");
                        continue;
                    }
                    String w = d.arg(++i);
                    Optional<IpAddress> a = IpAddress.parse(w);
                    if (a.isEmpty()) {
                        diag.error(d.pos(), "Invalid lvs_sync_daemon group (" + w + ") - ignoring");
                    } else if (!a.get().isMulticast()) {
                        diag.error(d.pos(), "lvs_sync_daemon group address " + w + " is not multicast - ignoring");
                        group = Optional.empty();
                    } else {
                        group = a;
                    }
                }
                default -> {
                    if (i == 1) {
                        instance = option;
                    } else if (i == 2) {
                        OptionalLong v = KeepalivedNumbers.readUnsigned(option, 0, 255, d.pos(), diag);
                        if (v.isEmpty()) {
                            diag.error(d.pos(), "Invalid syncid (" + option + ") - defaulting to vrid");
                        } else {
                            diag.error(d.pos(), "Please use keyword \"id\" before lvs_sync_daemon SYNCID");
                            syncId = OptionalInt.of((int) v.getAsLong());
                        }
                    } else {
                        diag.error(d.pos(), "Unknown option " + option + " specified for lvs_sync_daemon");
                    }
                }
            }
        }
        g.syncDaemon = new LvsSyncDaemon(d.arg(0), Optional.ofNullable(instance), syncId, maxLen, port, ttl, group, d.pos());
    }

    private static OptionalInt syncOption(Directive d, int i, String name, int max, Diagnostics diag) {
        if (i == d.argCount() - 1) {
            diag.error(d.pos(), "No value specified for lvs_sync_daemon " + name + " - ignoring");
            return OptionalInt.empty();
        }
        String w = d.arg(i + 1);
        OptionalLong v = KeepalivedNumbers.readUnsigned(w, 1, max, d.pos(), diag);
        if (v.isEmpty()) {
            diag.error(d.pos(), "Invalid lvs_sync_daemon " + name + " (" + w + ") - ignoring");
            return OptionalInt.empty();
        }
        return OptionalInt.of((int) v.getAsLong());
    }
}
