package org.keepalived4j.config.vrrp;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.keepalived4j.config.ValueSyntax;
import org.keepalived4j.config.Directive;
import org.keepalived4j.config.KeywordTable;
import org.keepalived4j.config.ScriptCommand;
import org.keepalived4j.config.SourcePos;

/** A {@code vrrp_sync_group} while it is read, and the keywords of its block (keepalived 2.2.7's set). */
final class SyncGroupDraft {

    static final KeywordTable<Reading<SyncGroupDraft>> TABLE = new KeywordTable<Reading<SyncGroupDraft>>("vrrp_sync_group")
            .on("group", (d, r, ctx) -> {
                SyncGroupDraft g = r.draft();
                if (g.memberNames != null) {
                    ctx.diagnostics().error(d.pos(), "Group list already specified for sync group " + g.name);
                    r.parse().escapeBlock(d);
                    return;
                }
                List<String> names = words(d);
                if (names.isEmpty()) {
                    // read_value_block has read the whole block by the time keepalived looks at it
                    ctx.diagnostics().error(d.end(), "Warning - sync group " + g.name + " has empty group block");
                    return;
                }
                g.memberNames = names;
            })
            .on("track_interface", (d, r, ctx) -> r.parse().track().interfaces(r.draft().name, d, r.draft().trackInterfaces))
            .on("track_script", (d, r, ctx) -> r.parse().track().scripts(r.draft().name, d, r.draft().trackScripts))
            .on("track_file", (d, r, ctx) -> r.parse().track().files(r.draft().name, d, r.draft().trackFiles))
            .on("track_process", (d, r, ctx) -> r.parse().track().processes(r.draft().name, d, r.draft().trackProcesses))
            .on("track_bfd", (d, r, ctx) -> r.parse().track().bfds(r.draft().name, d, r.draft().trackBfds))
            .on("notify_backup", (d, r, ctx) -> r.draft().notify(d, r, ctx, "notify_backup", Slot.BACKUP))
            .on("notify_master", (d, r, ctx) -> r.draft().notify(d, r, ctx, "notify_master", Slot.MASTER))
            .on("notify_fault", (d, r, ctx) -> r.draft().notify(d, r, ctx, "notify_fault", Slot.FAULT))
            .on("notify_stop", (d, r, ctx) -> r.draft().notify(d, r, ctx, "notify_stop", Slot.STOP))
            .on("notify", (d, r, ctx) -> r.draft().notify(d, r, ctx, "notify", Slot.GENERIC))
            .on("smtp_alert", (d, r, ctx) -> ValueSyntax.flag(d, ctx.diagnostics(),
                    arg -> "Invalid vrrp_group smtp_alert parameter " + arg).ifPresent(b -> r.draft().smtpAlert = b))
            .on("global_tracking", (d, r, ctx) -> {
                ctx.diagnostics().error(d.pos(), "(" + r.draft().name
                        + ") global_tracking is deprecated. Use track_interface/script/file on the sync group");
                r.draft().trackingWeight = true;
            })
            .on("sync_group_tracking_weight", (d, r, ctx) -> r.draft().trackingWeight = true)
            .on("notify_priority_changes", (d, r, ctx) -> ValueSyntax.flag(d, ctx.diagnostics(),
                    arg -> "(" + r.draft().name + ") Invalid value '" + arg + "' for sync group notify_priority_changes specified")
                    .ifPresent(b -> r.draft().notifyPriorityChanges = b));

    enum Slot { MASTER, BACKUP, FAULT, STOP, GENERIC }

    final String name;
    final SourcePos pos;
    List<String> memberNames;
    final List<InstanceDraft> members = new ArrayList<>();
    final List<TrackedObject> trackInterfaces = new ArrayList<>();
    final List<TrackedObject> trackScripts = new ArrayList<>();
    final List<TrackedObject> trackFiles = new ArrayList<>();
    final List<TrackedObject> trackProcesses = new ArrayList<>();
    final List<TrackedObject> trackBfds = new ArrayList<>();
    final ScriptCommand[] scripts = new ScriptCommand[Slot.values().length];
    Boolean smtpAlert;
    Boolean notifyPriorityChanges;
    boolean trackingWeight;

    SyncGroupDraft(String name, SourcePos pos) {
        this.name = name;
        this.pos = pos;
    }

    private void notify(Directive d, Reading<SyncGroupDraft> r, org.keepalived4j.config.ParseContext ctx, String what, Slot slot) {
        if (scripts[slot.ordinal()] != null) {
            ctx.diagnostics().error(d.pos(), "vrrp group " + name + ": " + what + " script already specified - ignoring "
                    + (d.argCount() > 0 ? d.arg(0) : ""));
            return;
        }
        r.parse().notifyScript(d, ctx).ifPresent(c -> scripts[slot.ordinal()] = c);
    }

    Optional<ScriptCommand> script(Slot slot) {
        return Optional.ofNullable(scripts[slot.ordinal()]);
    }

    /** keepalived's {@code read_value_block}: every word of every line of the block. */
    static List<String> words(Directive block) {
        List<String> out = new ArrayList<>();
        for (Directive line : block.children()) {
            out.addAll(line.words());
        }
        return out;
    }
}
