package org.keepalived4j.config.lvs;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.keepalived4j.config.BlockFamily;
import org.keepalived4j.config.Directive;
import org.keepalived4j.config.ParseContext;
import org.keepalived4j.config.bfd.BfdConfig;
import org.keepalived4j.config.global.GlobalConfig;
import org.keepalived4j.config.vrrp.VrrpConfig;

/**
 * The top-level blocks of the LVS family: {@code SSL}, {@code virtual_server_group} and
 * {@code virtual_server}. Each block is read as it comes, so that what keepalived reports while
 * reading comes in file order; what it reports once the whole file is read comes from
 * {@link #build}.
 */
public final class LvsBlocks implements BlockFamily {

    private static final Set<String> KEYWORDS = Set.of("SSL", "virtual_server_group", "virtual_server");

    private final List<VirtualServerDraft> virtualServers = new ArrayList<>();
    private final List<VirtualServerGroup> groups = new ArrayList<>();
    private SslSyntax.Draft ssl;

    @Override
    public Set<String> topLevelKeywords() {
        return KEYWORDS;
    }

    @Override
    public void accept(Directive d, ParseContext ctx) {
        switch (d.keyword()) {
            case "SSL" -> ssl = SslSyntax.read(d, ssl != null, ctx);
            case "virtual_server_group" -> {
                VirtualServerGroup g = GroupSyntax.read(d, ctx);
                if (g != null) {
                    groups.add(g);
                }
            }
            case "virtual_server" -> {
                VirtualServerDraft vs = VirtualServerSyntax.read(d, ctx);
                if (vs != null) {
                    virtualServers.add(vs);
                }
            }
            default -> ctx.diagnostics().unknownKeyword(d.pos(), d.keyword());
        }
    }

    /**
     * Called once after the whole text is read: links groups, resolves references into the other
     * families, applies keepalived's validation and corrections, and returns the immutable model.
     * Problems go to {@code ctx.diagnostics()}.
     */
    public LvsConfig build(ParseContext ctx, GlobalConfig global, BfdConfig bfd, VrrpConfig vrrp) {
        return build(ctx, LvsReferences.of(global, vrrp, bfd));
    }

    LvsConfig build(ParseContext ctx, LvsReferences refs) {
        return new LvsValidation(ctx, refs).build(virtualServers, groups, ssl == null ? null : ssl.build());
    }
}
