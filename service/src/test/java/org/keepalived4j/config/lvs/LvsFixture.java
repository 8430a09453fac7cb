package org.keepalived4j.config.lvs;

import org.keepalived4j.config.ConfigAbort;
import java.util.List;
import org.keepalived4j.config.ConfigTexts;
import org.keepalived4j.config.Diagnostic;
import org.keepalived4j.config.Diagnostics;
import org.keepalived4j.config.Directive;
import org.keepalived4j.config.FakeHost;
import org.keepalived4j.config.ParseContext;

/** Runs the LVS family alone over configuration text, as the config parser would. */
final class LvsFixture {

    /** The model and every problem of one load. */
    record Loaded(LvsConfig config, Diagnostics diagnostics) {

        /** The problems keepalived -t prints, as it prints them. */
        List<String> printed() {
            return diagnostics.counted().stream().map(Diagnostic::keepalivedFormat).toList();
        }

        VirtualServer vs(int i) {
            return config.virtualServers().get(i);
        }

        RealServer rs(int vs, int rs) {
            return vs(vs).realServers().get(rs);
        }

        Checker checker(int vs, int rs, int c) {
            return rs(vs, rs).checkers().get(c);
        }
    }

    private LvsFixture() {
    }

    static Loaded load(String text) {
        return load(text, LvsReferences.NONE, FakeHost.debian());
    }

    static Loaded load(String text, LvsReferences refs, FakeHost host) {
        Diagnostics diagnostics = new Diagnostics();
        ParseContext ctx = new ParseContext(diagnostics, host);
        LvsBlocks blocks = new LvsBlocks();
        try {
            for (Directive d : ConfigTexts.read("f", text, diagnostics)) {
                if (blocks.topLevelKeywords().contains(d.keyword())) {
                    blocks.accept(d, ctx);
                }
            }
            return new Loaded(blocks.build(ctx, refs), diagnostics);
        } catch (ConfigAbort stop) {
            return new Loaded(null, diagnostics); // keepalived stopped reading: there is no model
        }
    }
}
