package org.keepalived4j.config.vrrp;

import java.util.OptionalLong;
import org.keepalived4j.config.KeywordTable;
import org.keepalived4j.config.SourcePos;
import org.keepalived4j.config.KeepalivedNumbers;

/** The keywords of a {@code track_file} block (keepalived 2.2.7's set) and the file while it is read. */
final class TrackFileKeywords {

    static final class Draft {
        final String name;
        final SourcePos pos;
        String path;
        int weight = 1;
        boolean weightReverse;
        boolean init;
        boolean overwrite;
        int initValue;

        Draft(String name, SourcePos pos) {
            this.name = name;
            this.pos = pos;
        }
    }

    static final KeywordTable<Reading<Draft>> TABLE = new KeywordTable<Reading<Draft>>("track_file")
            .on("file", (d, r, ctx) -> {
                Draft f = r.draft();
                if (d.argCount() < 1) {
                    ctx.diagnostics().error(d.pos(), "track file file name missing");
                    return;
                }
                if (f.path != null) {
                    ctx.diagnostics().error(d.pos(), "File already set for track file " + f.name + " - ignoring " + d.arg(0));
                    return;
                }
                f.path = d.arg(0);
            })
            .on("weight", (d, r, ctx) -> {
                Draft f = r.draft();
                if (d.argCount() < 1) {
                    ctx.diagnostics().error(d.pos(), "No weight specified for track file " + f.name + " - ignoring");
                    return;
                }
                if (f.weight != 1) {
                    ctx.diagnostics().error(d.pos(), "Weight already set for track file " + f.name + " - ignoring " + d.arg(0));
                    return;
                }
                OptionalLong n = KeepalivedNumbers.readInt(d.arg(0), -254, 254, d.pos(), ctx.diagnostics());
                if (n.isEmpty()) {
                    ctx.diagnostics().error(d.pos(), "Weight (" + d.arg(0) + ") for track_file " + f.name
                            + " must be between [-254..254] inclusive. Ignoring...");
                    f.weight = 1;
                } else {
                    f.weight = (int) n.getAsLong();
                }
                if (d.argCount() >= 2) {
                    if (d.arg(1).equals("reverse")) {
                        f.weightReverse = true;
                    } else {
                        ctx.diagnostics().error(d.pos(), "track_file " + f.name + " unknown weight option " + d.arg(1));
                    }
                }
            })
            .on("init_file", (d, r, ctx) -> {
                Draft f = r.draft();
                f.init = true;
                f.overwrite = false;
                f.initValue = 0;
                for (String word : d.args()) {
                    String w = word.stripLeading();
                    if (!w.isEmpty() && (Character.isDigit(w.charAt(0)) || w.charAt(0) == '-')) {
                        OptionalLong n = KeepalivedNumbers.readInt(w, Integer.MIN_VALUE, Integer.MAX_VALUE, d.pos(), ctx.diagnostics());
                        if (n.isEmpty()) {
                            ctx.diagnostics().error(d.pos(), "Track file " + f.name + " init value " + w + " is invalid");
                            f.initValue = 0;
                        } else {
                            if (n.getAsLong() < -254 || n.getAsLong() > 254) {
                                ctx.diagnostics().error(d.pos(), "Track file " + f.name + " init value " + n.getAsLong()
                                        + " is outside sensible range [-254, 254]");
                            }
                            f.initValue = (int) n.getAsLong();
                        }
                    } else if (w.equals("overwrite")) {
                        f.overwrite = true;
                    } else {
                        ctx.diagnostics().error(d.pos(), "Unknown track file init option " + w);
                    }
                }
            });

    private TrackFileKeywords() {
    }
}
