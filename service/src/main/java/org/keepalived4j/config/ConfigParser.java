package org.keepalived4j.config;

import java.util.List;
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
 * references into the ones before it. Pure: all it knows of the host comes through the context.
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
        for (Directive d : topLevel) {
            BlockFamily owner = null;
            for (BlockFamily f : families) {
                if (f.topLevelKeywords().contains(d.keyword())) {
                    owner = f;
                    break;
                }
            }
            if (owner == null) {
                ctx.diagnostics().unknownKeyword(d.pos(), d.keyword());
            } else {
                owner.accept(d, ctx);
            }
        }
        GlobalConfig g = global.build(ctx);
        BfdConfig b = bfd.build(ctx, g);
        VrrpConfig v = vrrp.build(ctx, g, b);
        LvsConfig l = lvs.build(ctx, g, b, v);
        return new KeepalivedConfig(g, b, v, l);
    }
}
