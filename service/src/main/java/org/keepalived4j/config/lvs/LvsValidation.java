package org.keepalived4j.config.lvs;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.keepalived4j.config.ConfigErrorKind;
import org.keepalived4j.config.Diagnostics;
import org.keepalived4j.config.IpAddress;
import org.keepalived4j.config.ParseContext;
import org.keepalived4j.config.ScriptCommand;
import org.keepalived4j.config.SourcePos;
import org.keepalived4j.config.KeepalivedNumbers;

/**
 * What keepalived does once the whole file is read, in its order: resolve the names checkers
 * follow, link virtual servers to their groups (link_vsg_to_vs), validate and correct each
 * virtual server (validate_check_config), let checkers inherit from their real servers, and
 * check script security. Its messages carry no position, as keepalived prints them.
 */
final class LvsValidation {

    private static final String DEFAULT_SCHEDULER = "wlc";
    private static final String DEFAULT_SCRIPT_USER = "keepalived_script";

    private final ParseContext ctx;
    private final Diagnostics diag;
    private final LvsReferences refs;
    private boolean defaultScriptUserReported;

    LvsValidation(ParseContext ctx, LvsReferences refs) {
        this.ctx = ctx;
        this.diag = ctx.diagnostics();
        this.refs = refs;
    }

    LvsConfig build(List<VirtualServerDraft> drafts, List<VirtualServerGroup> groups, SslContext ssl) {
        List<VirtualServerDraft> servers = new ArrayList<>(drafts);
        for (VirtualServerDraft vs : servers) {
            for (RealServerDraft rs : vs.realServers) {
                resolveCheckerReferences(rs);
            }
        }
        linkGroups(servers, groups);
        List<VirtualServer> out = new ArrayList<>();
        for (VirtualServerDraft vs : servers) {
            VirtualServer v = validate(vs);
            if (v != null) {
                out.add(v);
            }
        }
        out = checkScripts(out);
        return new LvsConfig(out, groups, Optional.ofNullable(ssl));
    }

    /**
     * keepalived resolves these while reading the checker; the other families' names are only
     * known now, so they are reported here, at the lines keepalived reports them.
     */
    private void resolveCheckerReferences(RealServerDraft rs) {
        for (Iterator<CheckerDraft> it = rs.checkers.iterator(); it.hasNext(); ) {
            CheckerDraft c = it.next();
            boolean keep = switch (c.kind) {
                case FILE_CHECK -> resolveTrackFile(c);
                case BFD_CHECK -> resolveBfd(c);
                case MISC_CHECK -> resolveScriptUser(c);
                default -> true;
            };
            if (!keep) {
                it.remove();
            }
        }
    }

    private boolean resolveTrackFile(CheckerDraft c) {
        String found = null;
        for (CheckerDraft.TrackFileRef ref : c.trackFiles) {
            if (refs.trackFiles().contains(ref.name())) {
                found = ref.name();
            } else {
                diag.error(ref.pos(), "track_file " + ref.name() + " not found");
            }
        }
        if (found == null) {
            diag.error(c.end, "FILE_CHECK has no track_file specified - ignoring");
            return false;
        }
        c.trackFiles.clear();
        c.trackFiles.add(new CheckerDraft.TrackFileRef(c.pos, found));
        return true;
    }

    private boolean resolveBfd(CheckerDraft c) {
        if (!refs.bfdInstances().contains(c.bfdName)) {
            diag.error(c.bfdNamePos, "(" + c.realServerName + ") BFD_CHECK - BFD " + c.bfdName + " not configured");
            return false;
        }
        return true;
    }

    private boolean resolveScriptUser(CheckerDraft c) {
        if (c.scriptUserSet) {
            if (c.pendingUser != null) {
                c.script = c.script.runAs(Optional.of(c.pendingUser), Optional.ofNullable(c.pendingGroup));
            }
            return true;
        }
        boolean available = refs.scriptUser().isPresent() || ctx.host().userExists(DEFAULT_SCRIPT_USER)
                || !refs.scriptSecurity();
        if (!available) {
            if (!defaultScriptUserReported) {
                diag.error(c.end, "Unable to set default user " + DEFAULT_SCRIPT_USER + " for script");
                defaultScriptUserReported = true;
            }
            diag.error(c.end, "Unable to set default user for misc script " + c.script.quoted() + " - removing");
            return false;
        }
        return true;
    }

    /** link_vsg_to_vs(): keepalived only logs why it drops a virtual server here. */
    private void linkGroups(List<VirtualServerDraft> servers, List<VirtualServerGroup> groups) {
        for (Iterator<VirtualServerDraft> it = servers.iterator(); it.hasNext(); ) {
            VirtualServerDraft vs = it.next();
            String name = vs.groupName();
            if (name == null) {
                continue;
            }
            Optional<VirtualServerGroup> g = groups.stream().filter(x -> x.name().equals(name)).findFirst();
            if (g.isEmpty()) {
                diag.notice(vs.pos, "Virtual server group " + name + " specified but not configured - ignoring virtual server "
                        + vs.name());
                it.remove();
                continue;
            }
            vs.group = g.get();
            boolean v4 = vs.group.hasIpv4();
            boolean v6 = vs.group.hasIpv6();
            IpAddress.Family groupFamily = v4 == v6 ? null : v4 ? IpAddress.Family.INET : IpAddress.Family.INET6;
            if (v4 && v6 && vs.family != null) {
                diag.notice(vs.pos, name + ": virtual server group with IPv4 & IPv6 doesn't match virtual server "
                        + vs.name() + " - ignoring");
                it.remove();
            } else if ((v4 && vs.family == IpAddress.Family.INET6) || (v6 && vs.family == IpAddress.Family.INET)) {
                diag.notice(vs.pos, name + ": address family doesn't match virtual server " + vs.name() + " - ignoring");
                it.remove();
            } else if (groupFamily != null) {
                vs.family = groupFamily;
            } else if (vs.family == null && vs.group.hasFwmarkWithoutFamily()) {
                diag.notice(vs.pos, name + ": Virtual server " + vs.name()
                        + " address family cannot be determined, defaulting to IPv4");
            }
        }
        // the n-th virtual server of a group shows n where a port would be
        for (VirtualServerGroup g : groups) {
            int n = 0;
            for (VirtualServerDraft vs : servers) {
                if (g.name().equals(vs.groupName()) && vs.address instanceof ServiceAddress.Group ga) {
                    vs.address = new ServiceAddress.Group(ga.name(), n++);
                }
            }
        }
    }

    /** validate_check_config() for one virtual server; null if keepalived drops it. */
    private VirtualServer validate(VirtualServerDraft vs) {
        SourcePos none = SourcePos.NONE;
        if (vs.realServers.isEmpty()) {
            diag.error(none, "Virtual server " + vs.name() + " has no real servers - ignoring");
            return null;
        }
        VirtualServerGroup group = vs.group;
        boolean groupHasFwmarks = group != null && !group.fwmarks().isEmpty();
        boolean groupHasRanges = group != null && !group.addressRanges().isEmpty();
        if (vs.haSuspend && (vs.isFwmark() || groupHasFwmarks)) {
            diag.error(none, "Virtual server " + vs.name() + ": cannot use ha_suspend with fwmarks - clearing ha_suspend");
            vs.haSuspend = false;
        }
        if (groupHasRanges || (group == null && !vs.isFwmark())) {
            if (vs.protocol == null) {
                // the kernel would take protocol 0 as UDP, so keepalived says so
                diag.error(none, "Virtual server " + vs.name() + ": no protocol set - defaulting to UDP");
                vs.protocol = Protocol.UDP;
            }
            if (vs.onePacket && vs.protocol != Protocol.UDP) {
                diag.error(none, "Virtual server " + vs.name() + ": one packet scheduling requires UDP - resetting");
                vs.onePacket = false;
            }
            if (vs.persistenceTimeout == 0 && group == null && !vs.isFwmark() && vs.port() == 0) {
                zeroPort(vs);
            }
        }
        if (vs.persistenceTimeout == 0 && group != null
                && group.addressRanges().stream().anyMatch(r -> r.port() == 0)) {
            zeroPort(vs);
        }
        if (vs.protocol != null && ((group != null && !groupHasRanges && groupHasFwmarks) || (group == null && vs.isFwmark()))) {
            diag.error(none, "Warning: Virtual server " + vs.name()
                    + ": protocol specified for fwmark - protocol will be ignored");
            vs.protocol = null;
        }
        if (vs.scheduler == null) {
            diag.error(none, "Virtual server " + vs.name() + ": no scheduler set, setting default '" + DEFAULT_SCHEDULER + "'");
            vs.scheduler = DEFAULT_SCHEDULER;
        }
        boolean smtpAlert = vs.smtpAlert != null ? vs.smtpAlert : refs.smtpAlert().orElse(false);

        long weightSum = 0;
        List<RealServerDraft> kept = new ArrayList<>();
        for (RealServerDraft rs : vs.realServers) {
            if (kept.stream().anyMatch(k -> sameServer(k, rs))) {
                diag.error(none, "VS " + vs.name() + ": real server " + rs.name(vs.protocol)
                        + " is duplicated - removing second rs");
                continue;
            }
            kept.add(rs);
            if (rs.forwarding == null) {
                rs.forwarding = serviceForwarding(vs);
            }
            if (rs.alpha == null) {
                rs.alpha = vs.alpha;
            }
            if (rs.inhibit == null) {
                rs.inhibit = vs.inhibit;
            }
            if (rs.retry == null) {
                rs.retry = vs.retry;
            }
            if (rs.connectTimeout == null) {
                rs.connectTimeout = vs.connectTimeout;
            }
            if (rs.delayLoop == null) {
                rs.delayLoop = vs.delayLoop;
            }
            if (rs.warmup == null) {
                rs.warmup = vs.warmup;
            }
            if (rs.delayBeforeRetry == null) {
                rs.delayBeforeRetry = vs.delayBeforeRetry;
            }
            if (rs.weight == null) {
                rs.weight = vs.weight;
            }
            if (rs.smtpAlert == null) {
                // true, unlike the other smtp_alert defaults, for backward compatibility
                rs.smtpAlert = refs.smtpAlert().orElse(true);
            }
            weightSum += rs.weight;
            if (vs.sorry != null && sameServer(vs.sorry, rs)) {
                if (vs.sorry.inhibit == null ? rs.inhibit : vs.sorry.inhibit != rs.inhibit.booleanValue()) {
                    diag.error(none, "Virtual server " + vs.name() + ": real server " + rs.name(vs.protocol)
                            + " matches sorry server, but inhibit setting differs, " + (rs.inhibit ? "sett" : "clear")
                            + "ing on sorry server");
                    vs.sorry.inhibit = rs.inhibit;
                }
                vs.sorryDuplicatesRealServer = true;
            }
        }
        vs.realServers.clear();
        vs.realServers.addAll(kept);
        if (vs.sorry != null && vs.sorry.forwarding == null) {
            vs.sorry.forwarding = serviceForwarding(vs);
        }
        weightSum &= KeepalivedNumbers.UINT_MAX;
        if (vs.quorum > weightSum) {
            diag.error(none, "Warning - quorum " + vs.quorum + " for " + vs.name() + " exceeds total weight of real servers "
                    + weightSum + ", reducing quorum to " + weightSum);
            vs.quorum = weightSum;
        }
        if (vs.hysteresis >= vs.quorum) {
            long h = (vs.quorum - 1) & KeepalivedNumbers.UINT_MAX;
            diag.error(none, "Virtual server " + vs.name() + ": hysteresis " + vs.hysteresis + " >= quorum " + vs.quorum
                    + "; setting hysteresis to " + h);
            vs.hysteresis = h;
        }
        fixPorts(vs);
        return assemble(vs, smtpAlert);
    }

    private void zeroPort(VirtualServerDraft vs) {
        diag.error(SourcePos.NONE, "Virtual server " + vs.name() + ": zero port only valid for persistent services - setting");
        vs.persistenceTimeout = VirtualServerSyntax.DEFAULT_PERSISTENCE;
    }

    private Forwarding serviceForwarding(VirtualServerDraft vs) {
        if (vs.forwarding == null) {
            diag.error(SourcePos.NONE, "Virtual server " + vs.name() + ": no forwarding method set, setting default NAT");
            vs.forwarding = Forwarding.NAT;
        }
        return vs.forwarding;
    }

    private static boolean sameServer(RealServerDraft a, RealServerDraft b) {
        return a.address.equals(b.address) && a.port == b.port;
    }

    private static boolean isNat(RealServerDraft rs) {
        return rs.forwarding.method() == Forwarding.Method.NAT;
    }

    /** Unless NAT, real servers take the service's port; behind a fwmark they take none. */
    private void fixPorts(VirtualServerDraft vs) {
        SourcePos none = SourcePos.NONE;
        RealServerDraft sorry = vs.sorry;
        if (vs.group != null) {
            if (!vs.group.fwmarks().isEmpty()) {
                for (RealServerDraft rs : vs.realServers) {
                    if (!isNat(rs) && rs.port != 0) {
                        diag.error(none, "WARNING - fwmark virtual server " + vs.name() + ", real server "
                                + rs.name(vs.protocol) + " has port specified - port will be ignored");
                    }
                }
                if (sorry != null && !isNat(sorry) && sorry.port != 0) {
                    diag.error(none, "WARNING - fwmark virtual server " + vs.name()
                            + ", sorry server has port specified - port will be ignored");
                }
            }
            for (VirtualServerGroup.AddressRange r : vs.group.addressRanges()) {
                for (RealServerDraft rs : vs.realServers) {
                    if (!isNat(rs) && rs.port != 0 && r.port() != rs.port) {
                        diag.error(none, "virtual server " + vs.name() + ":[" + entryName(r) + "] and real server "
                                + rs.name(vs.protocol) + " ports don't match");
                    }
                }
                if (sorry != null && !isNat(sorry) && sorry.port != 0 && r.port() != sorry.port) {
                    diag.error(none, "WARNING - virtual server " + vs.name()
                            + ", sorry server has port specified - port will be ignored");
                }
            }
            return;
        }
        for (RealServerDraft rs : vs.realServers) {
            if (isNat(rs)) {
                if (!vs.isFwmark() && rs.port == 0) {
                    rs.port = vs.port();
                }
            } else if (vs.isFwmark()) {
                if (rs.port != 0) {
                    diag.error(none, "WARNING - fwmark virtual server " + vs.name() + ", real server " + rs.name(vs.protocol)
                            + " has port specified - clearing");
                    rs.port = 0;
                }
            } else if (rs.port == 0) {
                rs.port = vs.port();
            } else if (rs.port != vs.port()) {
                diag.error(none, "WARNING - virtual server " + vs.name() + " and real server " + rs.name(vs.protocol)
                        + " ports don't match - resetting");
                rs.port = vs.port();
            }
        }
        if (sorry != null && !isNat(sorry)) {
            if (vs.isFwmark()) {
                if (sorry.port != 0) {
                    diag.error(none, "WARNING - virtual server " + vs.name() + ", sorry server has port specified - clearing");
                    sorry.port = 0;
                }
            } else if (sorry.port == 0) {
                sorry.port = vs.port();
            } else if (sorry.port != vs.port()) {
                diag.error(none, "WARNING - virtual server " + vs.name() + " and sorry server ports don't match - resetting");
                sorry.port = vs.port();
            }
        }
    }

    /** format_vsge(): {@code addr,port} or {@code first-last,port}. */
    private static String entryName(VirtualServerGroup.AddressRange r) {
        return (r.isSingle() ? r.first().toString() : r.first() + "-" + r.last()) + "," + r.port();
    }

    private VirtualServer assemble(VirtualServerDraft vs, boolean smtpAlert) {
        List<RealServer> realServers = new ArrayList<>();
        for (RealServerDraft rs : vs.realServers) {
            List<Checker> checkers = new ArrayList<>();
            for (CheckerDraft c : rs.checkers) {
                checkers.addAll(CheckerAssembly.checkers(c, rs, vs));
            }
            realServers.add(new RealServer(rs.pos, rs.address, rs.port, rs.weight, rs.forwarding, rs.upperThreshold,
                    rs.lowerThreshold, Optional.ofNullable(rs.notifyUp), Optional.ofNullable(rs.notifyDown), rs.alpha,
                    rs.inhibit, Optional.ofNullable(rs.retry), rs.connectTimeout, rs.delayLoop,
                    Optional.ofNullable(rs.warmup), Optional.ofNullable(rs.delayBeforeRetry), rs.smtpAlert,
                    Optional.ofNullable(rs.virtualhost), Optional.ofNullable(rs.snmpName), checkers));
        }
        Optional<SorryServer> sorry = Optional.ofNullable(vs.sorry).map(s ->
                new SorryServer(s.address, s.port, Boolean.TRUE.equals(s.inhibit), s.forwarding));
        ServiceFlags flags = new ServiceFlags(false, vs.onePacket, vs.sched1, vs.sched2, vs.sched3);
        return new VirtualServer(vs.pos, vs.address, vs.family == null ? IpAddress.Family.INET : vs.family,
                Optional.ofNullable(vs.protocol), vs.scheduler, flags, vs.forwarding == null ? Forwarding.NAT : vs.forwarding,
                vs.persistenceTimeout, Optional.ofNullable(vs.granularity), Optional.ofNullable(vs.persistenceEngine),
                vs.delayLoop, vs.connectTimeout, Optional.ofNullable(vs.retry), Optional.ofNullable(vs.delayBeforeRetry),
                Optional.ofNullable(vs.warmup), vs.alpha, vs.omega, vs.haSuspend, vs.inhibit,
                Optional.ofNullable(vs.virtualhost), Optional.ofNullable(vs.snmpName), smtpAlert, vs.weight, vs.quorum,
                vs.hysteresis, Optional.ofNullable(vs.quorumUp), Optional.ofNullable(vs.quorumDown), sorry, realServers);
    }

    /**
     * check_check_script_security(): MISC_CHECK scripts that cannot be found are dropped, and
     * scripts that would run while script security is off are a security error.
     */
    private List<VirtualServer> checkScripts(List<VirtualServer> servers) {
        ScriptFiles files = new ScriptFiles(ctx.host());
        boolean anyScript = false;
        boolean insecure = false;
        List<VirtualServer> out = new ArrayList<>();
        for (VirtualServer vs : servers) {
            List<RealServer> rss = new ArrayList<>();
            for (ScriptCommand s : optionals(vs.quorumUp(), vs.quorumDown())) {
                ScriptFiles.Verdict v = files.verdict(s);
                anyScript |= v.found();
                insecure |= v.insecure();
            }
            for (RealServer rs : vs.realServers()) {
                for (ScriptCommand s : optionals(rs.notifyUp(), rs.notifyDown())) {
                    ScriptFiles.Verdict v = files.verdict(s);
                    anyScript |= v.found();
                    insecure |= v.insecure();
                }
                List<Checker> checkers = new ArrayList<>();
                for (Checker c : rs.checkers()) {
                    if (c instanceof Checker.Misc m) {
                        ScriptFiles.Verdict v = files.verdict(m.script());
                        if (!v.found()) {
                            diag.notice(m.pos(), "Disabling misc script " + m.script().quoted() + " since not found/accessible");
                            continue;
                        }
                        anyScript = true;
                        insecure |= v.insecure();
                        if (v.insecure() && refs.scriptSecurity()) {
                            diag.notice(m.pos(), "Disabling misc script " + m.script().quoted() + " due to insecure");
                            continue;
                        }
                    }
                    checkers.add(c);
                }
                rss.add(withCheckers(rs, checkers));
            }
            out.add(withRealServers(vs, rss));
        }
        if (!refs.scriptSecurity() && anyScript) {
            diag.report(ConfigErrorKind.SECURITY_ERROR, SourcePos.NONE,
                    "SECURITY VIOLATION - check scripts are being executed but script_security not enabled."
                            + (insecure ? " There are insecure scripts." : ""));
        }
        return out;
    }

    @SafeVarargs
    private static List<ScriptCommand> optionals(Optional<ScriptCommand>... scripts) {
        List<ScriptCommand> out = new ArrayList<>();
        for (Optional<ScriptCommand> s : scripts) {
            s.ifPresent(out::add);
        }
        return out;
    }

    private static RealServer withCheckers(RealServer r, List<Checker> checkers) {
        return new RealServer(r.pos(), r.address(), r.port(), r.weight(), r.forwarding(), r.upperThreshold(),
                r.lowerThreshold(), r.notifyUp(), r.notifyDown(), r.alpha(), r.inhibitOnFailure(), r.retry(),
                r.connectTimeout(), r.delayLoop(), r.warmup(), r.delayBeforeRetry(), r.smtpAlert(), r.virtualhost(),
                r.snmpName(), checkers);
    }

    private static VirtualServer withRealServers(VirtualServer v, List<RealServer> rss) {
        return new VirtualServer(v.pos(), v.address(), v.family(), v.protocol(), v.scheduler(), v.flags(), v.forwarding(),
                v.persistenceTimeout(), v.persistenceGranularity(), v.persistenceEngine(), v.delayLoop(),
                v.connectTimeout(), v.retry(), v.delayBeforeRetry(), v.warmup(), v.alpha(), v.omega(), v.haSuspend(),
                v.inhibitOnFailure(), v.virtualhost(), v.snmpName(), v.smtpAlert(), v.weight(), v.quorum(),
                v.hysteresis(), v.quorumUp(), v.quorumDown(), v.sorryServer(), rss);
    }
}
