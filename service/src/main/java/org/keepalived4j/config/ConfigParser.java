package org.keepalived4j.config;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.keepalived4j.config.bfd.BfdBlocks;
import org.keepalived4j.config.bfd.BfdConfig;
import org.keepalived4j.config.global.GlobalBlocks;
import org.keepalived4j.config.global.GlobalConfig;
import org.keepalived4j.config.lvs.LvsBlocks;
import org.keepalived4j.config.lvs.LvsConfig;
import org.keepalived4j.config.vrrp.VrrpBlocks;
import org.keepalived4j.config.vrrp.VrrpConfig;

/**
 * Directives to model: hands each top-level directive to the family that owns its keyword, then
 * builds the families in dependency order (global, BFD, VRRP, LVS), so that each may validate its
 * references into the ones before it. Each family reads the text as the keepalived process that
 * owns it structures it ({@link BlockStructure}), and each process's problems with the structure
 * are reported once. Like keepalived, the global part is read and checked (its network namespace
 * must exist) before the other processes see anything. Pure: all it knows of the host comes
 * through the context.
 */
public final class ConfigParser {

    private ConfigParser() {
    }

    /** For a tree whose braces already are keepalived's block structure (see {@link BlockStructure#asWritten}). */
    public static KeepalivedConfig parse(List<Directive> topLevel, ParseContext ctx) {
        return parse(BlockStructure.asWritten(topLevel), ctx);
    }

    public static KeepalivedConfig parse(BlockStructure structure, ParseContext ctx) {
        GlobalBlocks global = new GlobalBlocks();
        BfdBlocks bfd = new BfdBlocks();
        VrrpBlocks vrrp = new VrrpBlocks();
        LvsBlocks lvs = new LvsBlocks();
        // every process reports what it finds; a problem all of them find is one problem
        Set<Diagnostic> reported = new HashSet<>();
        // keepalived's parent reads the global part first; the checker, VRRP and BFD processes
        // parse the text only once it has entered the network namespace
        hand(structure.view(KeepalivedProcess.PARENT), global, reported, ctx);
        GlobalConfig g = global.build(ctx);
        Optional<String> namespace = g.environment().netNamespace();
        if (namespace.isPresent() && !ctx.host().networkNamespaceExists(namespace.get())) {
            throw ctx.diagnostics().namespaceUnavailable(namespace.get());
        }
        hand(structure.view(KeepalivedProcess.CHECKER), lvs, reported, ctx);
        hand(structure.view(KeepalivedProcess.VRRP), vrrp, reported, ctx);
        hand(structure.view(KeepalivedProcess.BFD), bfd, reported, ctx);
        BfdConfig b = bfd.build(ctx, g);
        VrrpConfig v = vrrp.build(ctx, g, b);
        LvsConfig l = lvs.build(ctx, g, b, v);
        return new KeepalivedConfig(g, b, v, l);
    }

    /** One process's reading: its problems, then its own top-level directives to its family. */
    private static void hand(BlockStructure.View view, BlockFamily family, Set<Diagnostic> reported, ParseContext ctx) {
        for (Diagnostic p : view.problems()) {
            if (reported.add(p)) {
                ctx.diagnostics().report(p.kind(), p.pos(), p.message());
            }
        }
        for (Directive d : view.topLevel()) {
            if (family.topLevelKeywords().contains(d.keyword())) {
                family.accept(d, ctx);
            }
        }
        BlockStructure.Stop stop = view.stop();
        if (stop != null) {
            throw ctx.diagnostics().missingWord(stop.pos(), stop.words(), stop.missing());
        }
    }
}
