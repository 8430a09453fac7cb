package org.keepalived4j.config.vrrp;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.keepalived4j.config.Diagnostics;
import org.keepalived4j.config.Directive;
import org.keepalived4j.config.HostFacts;
import org.keepalived4j.config.KeywordTable;
import org.keepalived4j.config.ParseContext;
import org.keepalived4j.config.ScriptCommand;
import org.keepalived4j.config.net.AddressEntry;
import org.keepalived4j.config.net.NetSyntax;
import org.keepalived4j.config.net.RouteEntry;
import org.keepalived4j.config.net.RuleEntry;
import org.keepalived4j.config.KeepalivedNumbers;
import org.keepalived4j.config.ValueSyntax;
import org.keepalived4j.config.text.EscapedWords;

/**
 * One read of the VRRP blocks, in file order, with keepalived 2.2.7's parse-time behaviour:
 * references resolve against what was defined before them, blocks that cannot be used are
 * dropped at their closing brace with keepalived's message.
 */
final class VrrpParse {

    private final ParseContext ctx;
    private final Diagnostics diag;
    private final InstanceDefaults defaults;
    private final Map<String, TrackLines.Defaults> bfdInstances;
    private final NetEntries net;
    private final Interfaces interfaces;
    private final ScriptUsers scriptUsers;
    private final TrackLines track;

    final List<VrrpScript> scripts = new ArrayList<>();
    final List<TrackFile> trackFiles = new ArrayList<>();
    final List<TrackedProcess> trackProcesses = new ArrayList<>();
    final List<InstanceDraft> instances = new ArrayList<>();
    final List<SyncGroupDraft> syncGroups = new ArrayList<>();
    final List<TrackGroupDraft> trackGroups = new ArrayList<>();
    final List<GarpGroup> garpGroups = new ArrayList<>();
    final List<AddressEntry> staticAddresses = new ArrayList<>();
    final List<RouteEntry> staticRoutes = new ArrayList<>();
    final List<RuleEntry> staticRules = new ArrayList<>();
    final List<LinkbeatInterface> linkbeat = new ArrayList<>();
    final List<InterfaceDelays> interfaceDelays = new ArrayList<>();
    private final Set<String> garpGroupInterfaces = new HashSet<>();

    /** A {@code track_group} while it is read. */
    static final class TrackGroupDraft {
        final String name;
        final org.keepalived4j.config.SourcePos pos;
        List<String> members;

        TrackGroupDraft(String name, org.keepalived4j.config.SourcePos pos) {
            this.name = name;
            this.pos = pos;
        }
    }

    private static final KeywordTable<Reading<TrackGroupDraft>> TRACK_GROUP = new KeywordTable<Reading<TrackGroupDraft>>("track_group")
            .on("group", (d, r, ctx) -> {
                TrackGroupDraft g = r.draft();
                if (g.members != null) {
                    ctx.diagnostics().error(d.pos(), "Group list already specified for sync group " + g.name);
                    r.parse().escapeBlock(d);
                    return;
                }
                List<String> names = SyncGroupDraft.words(d);
                if (names.isEmpty()) {
                    ctx.diagnostics().error(d.end(), "Warning - track group " + g.name + " has empty group block");
                    return;
                }
                g.members = names;
            });

    /** A {@code garp_group} while it is read. */
    static final class GarpGroupDraft {
        final org.keepalived4j.config.SourcePos pos;
        Duration garpInterval;
        Duration gnaInterval;
        final List<String> interfaces = new ArrayList<>();
        int aggregationGroup;

        GarpGroupDraft(org.keepalived4j.config.SourcePos pos) {
            this.pos = pos;
        }
    }

    private static final KeywordTable<Reading<GarpGroupDraft>> GARP_GROUP = new KeywordTable<Reading<GarpGroupDraft>>("garp_group")
            .on("garp_interval", (d, r, ctx) -> ValueSyntax.word(d, 0, ctx.diagnostics()).ifPresent(s ->
                    garpInterval(d, s, ctx, "garp_interval").ifPresent(v -> r.draft().garpInterval = v)))
            .on("gna_interval", (d, r, ctx) -> ValueSyntax.word(d, 0, ctx.diagnostics()).ifPresent(s ->
                    garpInterval(d, s, ctx, "gna_interval").ifPresent(v -> r.draft().gnaInterval = v)))
            .on("interface", (d, r, ctx) -> ValueSyntax.word(d, 0, ctx.diagnostics()).ifPresent(name -> {
                if (r.parse().interfaces.find(name).isEmpty()) {
                    ctx.diagnostics().error(d.pos(), "WARNING - interface " + name + " specified for garp_group doesn't exist");
                    return;
                }
                if (!r.parse().garpGroupInterfaces.add(name)) {
                    ctx.diagnostics().error(d.pos(), "garp_group already specified for " + name + " - ignoring");
                    return;
                }
                r.draft().interfaces.add(name);
            }))
            .on("interfaces", (d, r, ctx) -> {
                List<String> names = SyncGroupDraft.words(d);
                if (names.isEmpty()) {
                    ctx.diagnostics().error(d.end(), "Warning - empty garp_group interfaces block");
                    return;
                }
                VrrpParse p = r.parse();
                r.draft().aggregationGroup = 1 + (int) p.garpGroups.stream().filter(g -> g.aggregationGroup() != 0).count();
                for (String name : names) {
                    if (p.interfaces.find(name).isEmpty()) {
                        if (p.interfaces.dynamic()) {
                            ctx.diagnostics().notice(d.end(), "WARNING - interface " + name + " specified for garp_group doesn't exist");
                        } else {
                            ctx.diagnostics().error(d.end(), "WARNING - interface " + name + " specified for garp_group doesn't exist");
                        }
                        continue;
                    }
                    if (!p.garpGroupInterfaces.add(name)) {
                        // keepalived names the second interface of the block here, whichever was repeated
                        String shown = names.size() > 1 ? names.get(1) : name;
                        ctx.diagnostics().error(d.end(), "garp_group already specified for " + shown + " - ignoring");
                        continue;
                    }
                    r.draft().interfaces.add(name);
                }
            });

    VrrpParse(ParseContext ctx, InstanceDefaults defaults, Map<String, TrackLines.Defaults> bfdInstances, NetEntries net) {
        this.ctx = ctx;
        this.diag = ctx.diagnostics();
        this.defaults = defaults;
        this.bfdInstances = Map.copyOf(bfdInstances);
        this.net = net;
        this.interfaces = new Interfaces(ctx.host(), defaults.dynamicInterfaces());
        this.scriptUsers = new ScriptUsers(defaults, ctx.host());
        this.track = new TrackLines(this);
    }

    Diagnostics diag() {
        return diag;
    }

    HostFacts host() {
        return ctx.host();
    }

    InstanceDefaults defaults() {
        return defaults;
    }

    Map<String, TrackLines.Defaults> bfdInstances() {
        return bfdInstances;
    }

    NetEntries net() {
        return net;
    }

    Interfaces interfaces() {
        return interfaces;
    }

    ScriptUsers scriptUsers() {
        return scriptUsers;
    }

    TrackLines track() {
        return track;
    }

    Optional<VrrpScript> script(String name) {
        return scripts.stream().filter(s -> s.name().equals(name)).findFirst();
    }

    Optional<TrackFile> trackFile(String name) {
        return trackFiles.stream().filter(f -> f.name().equals(name)).findFirst();
    }

    Optional<TrackedProcess> trackProcess(String name) {
        return trackProcesses.stream().filter(p -> p.name().equals(name)).findFirst();
    }

    Optional<InstanceDraft> instanceUsingVmacName(String name) {
        return instances.stream().filter(i -> name.equals(i.vmacName)).findFirst();
    }

    /**
     * A notify script line: {@code KEYWORD "COMMAND ARGS" [USER [GROUP]]}. Scripts that cannot be
     * used are dropped the way keepalived drops them: logged, not counted.
     */
    Optional<ScriptCommand> notifyScript(Directive d, ParseContext ctx) {
        Optional<String> text = ValueSyntax.word(d, 0, ctx.diagnostics());
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Optional<ScriptCommand> command = EscapedWords.scriptCommand(d, diag);
        if (command.isEmpty()) {
            diag.notice(d.pos(), "Unable to parse script '" + text.get() + "' - ignoring");
            return Optional.empty();
        }
        ScriptCommand c = command.get();
        if (c.user().isPresent()) {
            if (!scriptUsers.valid(c.user().get(), c.group().orElse(null), d.pos(), diag)) {
                diag.notice(d.pos(), "Invalid user/group for notify script " + c.program() + " - ignoring");
                return Optional.empty();
            }
            return command;
        }
        if (!scriptUsers.defaultAvailable(d.pos(), diag)) {
            diag.notice(d.pos(), "Failed to set default user for notify script " + c.program() + " - ignoring");
            return Optional.empty();
        }
        return command;
    }

    /**
     * keepalived 2.2.7 mis-nests after refusing a second {@code group} block: it skips that block
     * and then reads the rest of the enclosing block as if it were top level, down to its closing
     * brace, which it reports as an unknown keyword. Set by the handler, acted on by the block reader.
     */
    private boolean escaped;

    void escapeBlock(Directive refusedGroup) {
        escaped = true;
    }

    /** Applies a block's keywords, following keepalived out of the block when it loses its place. */
    private <D> void readBlock(Directive block, KeywordTable<Reading<D>> table, D draft) {
        escaped = false;
        List<Directive> children = block.children();
        for (int i = 0; i < children.size(); i++) {
            if (escaped) {
                for (Directive rest : children.subList(i, children.size())) {
                    if (VrrpBlocks.KEYWORDS.contains(rest.keyword())) {
                        topLevel(rest);
                    } else {
                        diag.unknownKeyword(rest.pos(), rest.keyword());
                    }
                }
                diag.unknownKeyword(block.end(), "}");
                escaped = false;
                return;
            }
            table.apply(children.get(i), new Reading<>(this, draft), ctx);
        }
        if (escaped) {
            diag.unknownKeyword(block.end(), "}");
            escaped = false;
        }
    }

    void topLevel(Directive d) {
        switch (d.keyword()) {
            case "vrrp_instance" -> instance(d);
            case "vrrp_sync_group" -> syncGroup(d);
            case "vrrp_script" -> script(d);
            case "track_file" -> trackFile(d);
            case "vrrp_track_file" -> {
                diag.notice(d.pos(), "\"vrrp_track_file\" is deprecated, please use \"track_file\"");
                trackFile(d);
            }
            case "vrrp_track_process" -> trackProcess(d);
            case "static_ipaddress" -> d.children().forEach(l -> net.address(l, NetSyntax.Origin.STATIC, ctx).ifPresent(staticAddresses::add));
            case "static_routes" -> d.children().forEach(l -> net.route(l, NetSyntax.Origin.STATIC, ctx).ifPresent(staticRoutes::add));
            case "static_rules" -> d.children().forEach(l -> net.rule(l, NetSyntax.Origin.STATIC, ctx).ifPresent(staticRules::add));
            case "linkbeat_interfaces" -> d.children().forEach(this::linkbeatInterface);
            case "interface_up_down_delays" -> d.children().forEach(this::upDownDelay);
            case "track_group" -> trackGroup(d);
            case "garp_group" -> garpGroup(d);
            default -> throw new IllegalArgumentException("not a VRRP keyword: " + d.keyword());
        }
    }

    private void instance(Directive d) {
        if (d.argCount() != 1) {
            diag.error(d.pos(), "vrrp_instance must have a name");
            return;
        }
        String name = d.arg(0);
        if (instances.stream().anyMatch(i -> i.name.equals(name))) {
            diag.error(d.pos(), "vrrp instance " + name + " already defined");
            return;
        }
        InstanceDraft v = new InstanceDraft(name, d.pos(), defaults);
        v.end = d.end();
        InstanceKeywords.TABLE.applyAll(d.children(), new Reading<>(this, v), ctx);
        instanceEnd(v);
        instances.add(v);
    }

    /** What keepalived checks at the closing brace of an instance. */
    private void instanceEnd(InstanceDraft v) {
        if (v.unicastConfigured && (v.vmac || v.ipvlan)) {
            if (v.ifp == null) {
                diag.error(v.end, "(" + v.name + "): Cannot use VMAC/ipvlan with unicast and no interface - clearing use_vmac");
                v.vmac = false;
                v.ipvlan = false;
                v.vmacName = null;
            } else if (!v.vmacXmitBase) {
                diag.error(v.end, "(" + v.name + ") unicast with use_vmac requires vmac_xmit_base - setting");
                v.vmacXmitBase = true;
            }
        }
        if (v.peers.isEmpty() && v.unicastTtl != -1) {
            diag.error(v.end, "(" + v.name + "): Cannot use unicast_ttl without unicast peers - resetting");
            v.unicastTtl = 0;
        }
        if (v.ifp == null) {
            v.linkbeatUsePolling = false;
        }
    }

    private void syncGroup(Directive d) {
        if (d.argCount() != 1) {
            diag.error(d.pos(), "vrrp_sync_group must have a name - skipping");
            return;
        }
        String name = d.arg(0);
        if (syncGroups.stream().anyMatch(g -> g.name.equals(name))) {
            diag.error(d.pos(), "vrrp sync group " + name + " already defined");
            return;
        }
        SyncGroupDraft g = new SyncGroupDraft(name, d.pos());
        readBlock(d, SyncGroupDraft.TABLE, g);
        syncGroups.add(g);
    }

    private void script(Directive d) {
        Optional<String> name = ValueSyntax.word(d, 0, ctx.diagnostics());
        if (name.isEmpty()) {
            return;
        }
        ScriptKeywords.Draft s = new ScriptKeywords.Draft(name.get(), d.pos());
        ScriptKeywords.TABLE.applyAll(d.children(), new Reading<>(this, s), ctx);
        if (s.argv.isEmpty()) {
            diag.error(d.end(), "No script set for vrrp_script " + s.name + " - removing");
            return;
        }
        if (!s.remove && !s.userSet && !scriptUsers.defaultAvailable(d.end(), diag)) {
            diag.error(d.end(), "Unable to set default user for vrrp script " + s.name + " - removing");
            return;
        }
        if (s.remove) {
            return;
        }
        ScriptCommand command = new ScriptCommand(s.argv, Optional.ofNullable(s.user), Optional.ofNullable(s.group));
        scripts.add(new VrrpScript(s.name, s.pos, command, s.interval, s.timeout != null ? s.timeout : s.interval,
                s.weight, s.weightReverse, s.rise, s.fall, s.initFail));
    }

    private void trackFile(Directive d) {
        Optional<String> name = ValueSyntax.word(d, 0, ctx.diagnostics());
        if (name.isEmpty()) {
            return;
        }
        TrackFileKeywords.Draft f = new TrackFileKeywords.Draft(name.get(), d.pos());
        TrackFileKeywords.TABLE.applyAll(d.children(), new Reading<>(this, f), ctx);
        if (f.path == null) {
            diag.error(d.end(), "No file set for track_file " + f.name + " - ignoring");
            return;
        }
        Optional<TrackFile.Init> init = f.init ? Optional.of(new TrackFile.Init(f.initValue, f.overwrite)) : Optional.empty();
        if (f.init && f.overwrite) {
            ctx.host().file(f.path).filter(facts -> !facts.regular()).ifPresent(facts ->
                    diag.error(d.end(), "Cannot initialise track file " + f.name + " - it is not a regular file"));
        }
        trackFiles.add(new TrackFile(f.name, f.pos, f.path, f.weight, f.weightReverse, init));
    }

    private void trackProcess(Directive d) {
        Optional<String> name = ValueSyntax.word(d, 0, ctx.diagnostics());
        if (name.isEmpty()) {
            return;
        }
        TrackProcessKeywords.Draft t = new TrackProcessKeywords.Draft(name.get(), d.pos());
        TrackProcessKeywords.TABLE.applyAll(d.children(), new Reading<>(this, t), ctx);
        if (t.process == null) {
            diag.error(d.end(), "track process '" + t.name + "' process name not specified");
            return;
        }
        trackProcesses.add(new TrackedProcess(t.name, t.pos, t.process, t.parameters, t.paramMatch, t.weight,
                t.weightReverse, t.quorum, t.quorumMax, t.terminateDelay, t.forkDelay, t.fullCommand));
    }

    private void linkbeatInterface(Directive line) {
        String name = line.keyword();
        if (interfaces.find(name).isEmpty()) {
            diag.fatal(line.pos(), "unknown interface " + name + " specified for linkbeat interface");
            return;
        }
        LinkbeatInterface.Method method = LinkbeatInterface.Method.DEFAULT;
        if (line.argCount() >= 1) {
            method = switch (line.arg(0)) {
                case "MII" -> LinkbeatInterface.Method.MII;
                case "ETHTOOL" -> LinkbeatInterface.Method.ETHTOOL;
                case "IOCTL" -> LinkbeatInterface.Method.IOCTL;
                default -> LinkbeatInterface.Method.DEFAULT;
            };
            if (method == LinkbeatInterface.Method.DEFAULT || line.argCount() > 1) {
                diag.error(line.pos(), "extra characters " + line.arg(0) + " in linkbeat interface");
            }
        }
        linkbeat.add(new LinkbeatInterface(name, method));
    }

    private void upDownDelay(Directive line) {
        String name = line.keyword();
        if (interfaces.find(name).isEmpty()) {
            diag.fatal(line.pos(), "unknown interface " + name + " specified for up/down delay");
            return;
        }
        if (line.argCount() < 1) {
            diag.notice(line.pos(), "No timeouts specified for " + name + " up/down delays");
            return;
        }
        if (line.argCount() > 2) {
            diag.notice(line.pos(), "Too many parameters for " + name + " up/down delays");
        }
        Optional<Duration> down = KeepalivedNumbers.readMicroseconds(line.arg(0), Duration.ZERO, Duration.ofSeconds(255), line.pos(), diag);
        if (down.isEmpty()) {
            diag.notice(line.pos(), "Invalid down delay " + line.arg(0) + " for " + name);
            return;
        }
        Duration up = Duration.ZERO;
        if (line.argCount() >= 2) {
            Optional<Duration> u = KeepalivedNumbers.readMicroseconds(line.arg(1), Duration.ZERO, Duration.ofSeconds(255), line.pos(), diag);
            if (u.isEmpty()) {
                diag.notice(line.pos(), "Invalid up delay " + line.arg(1) + " for " + name);
                return;
            }
            up = u.get();
        }
        interfaceDelays.removeIf(i -> i.interfaceName().equals(name));
        interfaceDelays.add(new InterfaceDelays(name, down.get(), up));
    }

    private void trackGroup(Directive d) {
        if (d.argCount() != 1) {
            diag.error(d.pos(), "track_group must have a name - skipping");
            return;
        }
        String name = d.arg(0);
        if (trackGroups.stream().anyMatch(g -> g.name.equals(name))) {
            diag.error(d.pos(), "track_group " + name + " already defined");
            return;
        }
        TrackGroupDraft g = new TrackGroupDraft(name, d.pos());
        readBlock(d, TRACK_GROUP, g);
        trackGroups.add(g);
    }

    private void garpGroup(Directive d) {
        GarpGroupDraft g = new GarpGroupDraft(d.pos());
        GARP_GROUP.applyAll(d.children(), new Reading<>(this, g), ctx);
        if (g.garpInterval == null && g.gnaInterval == null) {
            diag.error(d.end(), "garp group " + g.aggregationGroup + " does not have any delay set - removing");
            garpGroupInterfaces.removeAll(g.interfaces);
            return;
        }
        garpGroups.add(new GarpGroup(g.pos, Optional.ofNullable(g.garpInterval), Optional.ofNullable(g.gnaInterval),
                g.interfaces, g.aggregationGroup));
    }

    private static Optional<Duration> garpInterval(Directive d, String s, ParseContext ctx, String keyword) {
        Optional<Duration> v = KeepalivedNumbers.readMicroseconds(s, Duration.ZERO, Duration.ofNanos(Integer.MAX_VALUE * 1000L), d.pos(), ctx.diagnostics());
        if (v.isEmpty()) {
            ctx.diagnostics().notice(d.pos(), "garp_group " + keyword + " '" + s + "' invalid");
            return Optional.empty();
        }
        if (v.get().getSeconds() >= 1) {
            ctx.diagnostics().notice(d.pos(), "The " + keyword + " is very large - " + s + " seconds");
        }
        return v;
    }
}
