package org.keepalived4j.config.vrrp;

import java.util.Set;
import org.keepalived4j.config.BlockFamily;
import org.keepalived4j.config.Directive;
import org.keepalived4j.config.ParseContext;
import org.keepalived4j.config.bfd.BfdConfig;
import org.keepalived4j.config.global.GlobalConfig;

/** The top-level blocks of the vrrp family. */
public final class VrrpBlocks implements BlockFamily {

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
    public VrrpConfig build(ParseContext ctx, GlobalConfig global, BfdConfig bfd) {
        return new VrrpConfig();
    }
}
