package org.keepalived4j.config.global;

import static org.keepalived4j.config.global.Reading.bool;
import static org.keepalived4j.config.global.Reading.flag;
import static org.keepalived4j.config.global.Reading.globalBool;

import java.util.EnumSet;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;
import org.keepalived4j.config.Directive;
import org.keepalived4j.config.HostFacts;
import org.keepalived4j.config.KeywordTable;
import org.keepalived4j.config.ParseContext;
import org.keepalived4j.config.ValueSyntax;

/** Netlink buffers, SNMP, DBus, reload control and the handling of the configuration files. */
final class SystemKeywords {

    /** PATH_MAX - 1: the longest socket name keepalived keeps. */
    private static final int MAX_SOCKET_NAME = 4095;

    private SystemKeywords() {
    }

    static void register(KeywordTable<GlobalDraft> t) {
        netlinkBuffer(t, "vrrp_netlink_cmd", g -> g.vrrpNetlinkCmd);
        netlinkBuffer(t, "vrrp_netlink_monitor", g -> g.vrrpNetlinkMonitor);
        netlinkBuffer(t, "lvs_netlink_cmd", g -> g.lvsNetlinkCmd);
        netlinkBuffer(t, "lvs_netlink_monitor", g -> g.lvsNetlinkMonitor);
        netlinkBuffer(t, "process_monitor", g -> g.processMonitor);

        t.on("snmp_socket", (d, g, ctx) -> {
            if (d.argCount() > 1) {
                ctx.diagnostics().error(d.pos(), "Too many parameters specified for snmp_socket - ignoring");
            } else if (d.argCount() < 1) {
                ctx.diagnostics().error(d.pos(), "SNMP error : snmp socket name missing");
            } else if (d.arg(0).length() > MAX_SOCKET_NAME) {
                ctx.diagnostics().error(d.pos(), "SNMP error : snmp socket name too long - ignored");
            } else if (g.snmpSocket != null) {
                ctx.diagnostics().error(d.pos(), "SNMP socket already set to " + g.snmpSocket + " - ignoring");
            } else {
                g.snmpSocket = d.arg(0);
            }
        });
        flag(t, "enable_traps", (g, v) -> g.snmpTraps = true);
        flag(t, "enable_snmp_vrrp", (g, v) -> g.snmpVrrp = true);
        t.alias("enable_snmp_keepalived", "enable_snmp_vrrp");
        flag(t, "enable_snmp_checker", (g, v) -> g.snmpChecker = true);
        flag(t, "enable_snmp_rfc", (g, v) -> {
            g.snmpRfcV2 = true;
            g.snmpRfcV3 = true;
        });
        flag(t, "enable_snmp_rfcv2", (g, v) -> g.snmpRfcV2 = true);
        flag(t, "enable_snmp_rfcv3", (g, v) -> g.snmpRfcV3 = true);
        flag(t, "enable_dbus", (g, v) -> g.dbus = true);
        t.on("dbus_service_name", (d, g, ctx) -> {
            if (d.argCount() < 1) {
                ctx.diagnostics().error(d.pos(), "dbus_service_name missing - ignoring");
                return;
            }
            g.dbusServiceName = d.arg(0);
        });

        t.on("reload_check_config", (d, g, ctx) ->
                g.reloadCheckConfig = d.argCount() >= 1 ? d.arg(0) : ReloadSettings.DEFAULT_CHECK_LOG);
        t.on("reload_time_file", (d, g, ctx) -> {
            if (d.argCount() != 1) {
                ctx.diagnostics().error(d.pos(), "reload_time_file invalid");
                return;
            }
            g.reloadTimeFile = d.arg(0);
        });
        flag(t, "reload_repeat", (g, v) -> g.reloadRepeat = true);
        t.on("reload_file", (d, g, ctx) -> g.reloadFile = d.argCount() >= 1 ? d.arg(0) : ReloadSettings.DEFAULT_RELOAD_FILE);

        t.on("include_check", SystemKeywords::includeCheck);
        t.on("tmp_config_directory", (d, g, ctx) -> {
            if (g.tmpConfigDirectory != null) {
                ctx.diagnostics().error(d.pos(), d.keyword() + " already specified - ignoring");
            } else if (d.argCount() < 1) {
                ctx.diagnostics().error(d.pos(), d.keyword() + " missing directory name");
            } else {
                g.tmpConfigDirectory = d.arg(0);
            }
        });
        t.on("config_save_dir", SystemKeywords::configSaveDir);
        t.on("umask", (d, g, ctx) -> Umask.read(d, ctx.diagnostics()).ifPresent(v -> g.umask = v));
        t.on("random_seed", (d, g, ctx) -> Reading.unsigned(d, ctx, 0, Reading.UINT_MAX, w -> "random_seed " + w + " invalid")
                .ifPresent(v -> g.randomSeed = v));
        bool(t, "data_use_instance", v -> "Invalid value '" + v + "' for global date_use_instance specified",
                (g, v) -> g.dataUseInstance = v);
    }

    private static void netlinkBuffer(KeywordTable<GlobalDraft> t, String name, Function<GlobalDraft, GlobalDraft.BufferDraft> of) {
        t.on(name + "_rcv_bufs", (d, g, ctx) -> {
            if (d.argCount() < 1) {
                ctx.diagnostics().error(d.pos(), name + "_rcv_bufs size missing");
                return;
            }
            OptionalLong v = Reading.unsigned(d, ctx, 0, Reading.UINT_MAX, w -> name + "_rcv_bufs size (" + w + ") invalid");
            // zero leaves the size as it was
            if (v.isPresent() && v.getAsLong() != 0) {
                of.apply(g).size = v.getAsLong();
            }
        });
        bool(t, name + "_rcv_bufs_force", globalBool(name + "_rcv_bufs_force"), (g, v) -> of.apply(g).force = v);
    }

    /**
     * {@code include_check [WORD|+WORD|-WORD ...]}. A bare word replaces the set and may only come
     * first: keepalived 2.2.7 calls any later bare word a duplicate, and does not know
     * {@code readable} by name.
     */
    private static void includeCheck(Directive d, GlobalDraft g, ParseContext ctx) {
        if (d.argCount() == 0) {
            g.includeCheck = EnumSet.allOf(IncludeCheck.Option.class);
            return;
        }
        for (int i = 0; i < d.argCount(); i++) {
            String w = d.arg(i);
            char sign = w.charAt(0) == '+' || w.charAt(0) == '-' ? w.charAt(0) : 0;
            String name = sign == 0 ? w : w.substring(1);
            if (sign == 0 && i > 0) {
                ctx.diagnostics().error(d.pos(), "Duplicate include_check '" + name + "' specified - ignoring");
                continue;
            }
            Optional<IncludeCheck.Option> o = switch (name) {
                case "match" -> Optional.of(IncludeCheck.Option.MATCH);
                case "wildcard_match" -> Optional.of(IncludeCheck.Option.WILDCARD_MATCH);
                case "brace_match" -> Optional.of(IncludeCheck.Option.BRACE_MATCH);
                default -> Optional.empty();
            };
            if (o.isEmpty()) {
                ctx.diagnostics().error(d.pos(), "Unknown include_check type '" + name + "' - ignoring");
                continue;
            }
            if (sign == 0) {
                g.includeCheck = EnumSet.of(o.get());
            } else if (sign == '+') {
                g.includeCheck.add(o.get());
            } else {
                g.includeCheck.remove(o.get());
            }
        }
    }

    /**
     * {@code config_save_dir DIR}: keepalived creates the directory at once, so it reports a path
     * that is a file, or whose parent is missing. The directory itself is created by the daemon.
     */
    private static void configSaveDir(Directive d, GlobalDraft g, ParseContext ctx) {
        Optional<String> dir = ValueSyntax.word(d, 0, ctx.diagnostics());
        if (dir.isEmpty()) {
            return;
        }
        HostFacts host = ctx.host();
        Optional<HostFacts.FileFacts> f = host.file(dir.get());
        if (f.isPresent() && f.get().regular()) {
            ctx.diagnostics().error(d.pos(), "config_save_dir " + dir.get() + " exists and is not a directory");
            return;
        }
        if (f.isEmpty()) {
            String parent = parentOf(dir.get());
            if (parent != null && host.file(parent).isEmpty()) {
                ctx.diagnostics().error(d.pos(), "Unable to create config_save_dir " + dir.get()
                        + " (error 2 - No such file or directory)");
                return;
            }
        }
        g.configSaveDir = dir.get();
    }

    private static String parentOf(String path) {
        String p = path.endsWith("/") && path.length() > 1 ? path.substring(0, path.length() - 1) : path;
        int slash = p.lastIndexOf('/');
        return slash < 0 ? null : slash == 0 ? "/" : p.substring(0, slash);
    }
}
