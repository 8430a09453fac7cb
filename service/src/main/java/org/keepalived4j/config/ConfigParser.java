package org.keepalived4j.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
 * references into the ones before it. Like keepalived, the global part is read and checked (its
 * network namespace must exist) before the other families see anything. Pure: all it knows of the host comes through the context.
 */
public final class ConfigParser {

    private ConfigParser() {
    }

    public static KeepalivedConfig parse(List<Directive> topLevel, ParseContext ctx) {
        GlobalBlocks global = new GlobalBlocks();
        BfdBlocks bfd = new BfdBlocks();
        VrrpBlocks vrrp = new VrrpBlocks();
        LvsBlocks lvs = new LvsBlocks();
        List<BlockFamily> families = List.of(global, bfd, vrrp, lvs);
        // keepalived's parent reads the global part first (and reports unknown keywords then);
        // the VRRP, checker and BFD processes parse the rest only once it has entered the namespace
        List<Directive> later = new ArrayList<>();
        for (Directive d : topLevel) {
            BlockFamily owner = families.stream().filter(f -> f.topLevelKeywords().contains(d.keyword())).findFirst().orElse(null);
            if (owner == null) {
                ctx.diagnostics().unknownKeyword(d.pos(), d.keyword());
            } else if (owner == global) {
                global.accept(d, ctx);
            } else {
                later.add(d);
            }
        }
        GlobalConfig g = global.build(ctx);
        Optional<String> namespace = g.environment().netNamespace();
        if (namespace.isPresent() && !ctx.host().networkNamespaceExists(namespace.get())) {
            throw ctx.diagnostics().namespaceUnavailable(namespace.get());
        }
        for (Directive d : later) {
            families.stream().filter(f -> f.topLevelKeywords().contains(d.keyword())).findFirst().orElseThrow().accept(d, ctx);
        }
        BfdConfig b = bfd.build(ctx, g);
        VrrpConfig v = vrrp.build(ctx, g, b);
        LvsConfig l = lvs.build(ctx, g, b, v);
        return new KeepalivedConfig(g, b, v, l);
    }
}
