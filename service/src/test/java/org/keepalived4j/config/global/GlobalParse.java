package org.keepalived4j.config.global;

import org.keepalived4j.config.ConfigAbort;
import java.util.List;
import org.keepalived4j.config.ConfigTexts;
import org.keepalived4j.config.Diagnostics;
import org.keepalived4j.config.Directive;
import org.keepalived4j.config.FakeHost;
import org.keepalived4j.config.HostFacts;
import org.keepalived4j.config.ParseContext;

/** One load of the global family from directives: the model and what was reported. */
record GlobalParse(GlobalConfig config, Diagnostics diagnostics) {

    static final int CPUS = 4;

    static GlobalParse of(HostFacts host, Directive... topLevel) {
        Diagnostics diagnostics = new Diagnostics();
        ParseContext ctx = new ParseContext(diagnostics, host);
        GlobalBlocks blocks = new GlobalBlocks(CPUS);
        try {
            for (Directive d : topLevel) {
                blocks.accept(d, ctx);
            }
            return new GlobalParse(blocks.build(ctx), diagnostics);
        } catch (ConfigAbort stop) {
            return new GlobalParse(null, diagnostics); // keepalived stopped reading: there is no model
        }
    }

    /** global_defs { children } on a default host. */
    static GlobalParse globalDefs(Directive... children) {
        return of(FakeHost.debian(), ConfigTexts.globalDefs(children));
    }

    List<String> reported() {
        return ConfigTexts.reported(diagnostics);
    }

    List<String> notices() {
        return ConfigTexts.notices(diagnostics);
    }
}
