package org.keepalived4j.config.vrrp;

import org.keepalived4j.config.ConfigAbort;
import java.util.List;
import java.util.Map;
import org.keepalived4j.config.ConfigTexts;
import org.keepalived4j.config.Diagnostic;
import org.keepalived4j.config.Diagnostics;
import org.keepalived4j.config.Directive;
import org.keepalived4j.config.FakeHost;
import org.keepalived4j.config.HostFacts;
import org.keepalived4j.config.ParseContext;

/** One load of VRRP blocks for a test: the model and what was reported. */
record VrrpRun(VrrpConfig config, Diagnostics diagnostics) {

    static final String FILE = "t.conf";

    static VrrpRun of(String text) {
        return of(text, FakeHost.withEth0AndEth1(), InstanceDefaults.KEEPALIVED, Map.of());
    }

    static VrrpRun of(String text, HostFacts host, InstanceDefaults defaults, Map<String, TrackLines.Defaults> bfds) {
        Diagnostics diag = new Diagnostics();
        ParseContext ctx = new ParseContext(diag, host);
        VrrpBlocks blocks = new VrrpBlocks(new TestEntries());
        try {
            for (Directive d : ConfigTexts.read(FILE, text, diag)) {
                if (blocks.topLevelKeywords().contains(d.keyword())) {
                    blocks.accept(d, ctx);
                } else {
                    diag.unknownKeyword(d.pos(), d.keyword());
                }
            }
            return new VrrpRun(blocks.build(ctx, defaults, bfds), diag);
        } catch (ConfigAbort stop) {
            return new VrrpRun(null, diag); // keepalived stopped reading: there is no model
        }
    }

    /** The counted problems as {@code keepalived -t} prints them. */
    List<String> printed() {
        return diagnostics.counted().stream().map(Diagnostic::keepalivedFormat).toList();
    }

    VrrpInstance instance(String name) {
        return config.instance(name).orElseThrow(() -> new AssertionError("no instance " + name + "; " + printed()));
    }
}
