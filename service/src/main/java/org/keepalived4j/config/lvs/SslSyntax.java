package org.keepalived4j.config.lvs;

import org.keepalived4j.config.Diagnostics;
import org.keepalived4j.config.Directive;
import org.keepalived4j.config.KeywordTable;
import org.keepalived4j.config.ParseContext;

/** {@code SSL { password; ca; certificate; key }}. */
final class SslSyntax {

    /** The SSL block while it is read. */
    static final class Draft {
        String password;
        String caFile;
        String certificateFile;
        String keyFile;

        SslContext build() {
            return new SslContext(java.util.Optional.ofNullable(password), java.util.Optional.ofNullable(caFile),
                    java.util.Optional.ofNullable(certificateFile), java.util.Optional.ofNullable(keyFile));
        }
    }

    private static final KeywordTable<Draft> TABLE = new KeywordTable<Draft>("SSL")
            .on("password", (d, s, ctx) -> s.password = file(d, s.password, "password", ctx.diagnostics()))
            .on("ca", (d, s, ctx) -> s.caFile = file(d, s.caFile, "cafile", ctx.diagnostics()))
            .on("certificate", (d, s, ctx) -> s.certificateFile = file(d, s.certificateFile, "certfile", ctx.diagnostics()))
            .on("key", (d, s, ctx) -> s.keyFile = file(d, s.keyFile, "keyfile", ctx.diagnostics()));

    private SslSyntax() {
    }

    /** A new SSL block replaces an earlier one. */
    static Draft read(Directive d, boolean replacing, ParseContext ctx) {
        if (replacing) {
            ctx.diagnostics().error(d.pos(), "SSL context already specified - replacing");
        }
        Draft s = new Draft();
        TABLE.applyAll(d.children(), s, ctx);
        return s;
    }

    private static String file(Directive d, String old, String type, Diagnostics diag) {
        if (d.argCount() < 1) {
            diag.error(d.pos(), "SSL " + type + " missing");
            return old;
        }
        if (old != null) {
            diag.error(d.pos(), "SSL " + type + " already specified - replacing");
        }
        return Words.value(d);
    }
}
