package org.keepalived4j.config.lvs;

import java.util.Set;
import org.keepalived4j.config.BlockFamily;
import org.keepalived4j.config.Directive;
import org.keepalived4j.config.ParseContext;
import org.keepalived4j.config.bfd.BfdConfig;
import org.keepalived4j.config.global.GlobalConfig;
import org.keepalived4j.config.vrrp.VrrpConfig;

/** The top-level blocks of the lvs family. */
public final class LvsBlocks implements BlockFamily {

    @Override
    public Set<String> topLevelKeywords() {
        return Set.of();
    }

    @Override
    public void accept(Directive d, ParseContext ctx) {
    }

    /**
     * Called once after the whole text is read: applies defaults, validates (cross references
     * included) and returns the immutable model. Problems go to {@code ctx.diagnostics()}.
     */
    public LvsConfig build(ParseContext ctx, GlobalConfig global, BfdConfig bfd, VrrpConfig vrrp) {
        return new LvsConfig();
    }
}
