package org.keepalived4j.config.vrrp;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.keepalived4j.config.Diagnostics;
import org.keepalived4j.config.Directive;
import org.keepalived4j.config.KeepalivedNumbers;

/**
 * The lines of the {@code track_*} blocks of an instance or sync group:
 * {@code NAME [weight W [reverse|noreverse]]}. References are resolved against what has been
 * defined so far, as keepalived resolves them while reading: a script defined after the instance
 * that tracks it is "not found".
 */
final class TrackLines {

    /** A tracked object's defaults: the weight and sense it has unless the line overrides them. */
    record Defaults(int weight, boolean reverse) {
    }

    private final VrrpParse parse;
    private final Diagnostics diag;

    TrackLines(VrrpParse parse) {
        this.parse = parse;
        this.diag = parse.diag();
    }

    void interfaces(String owner, Directive block, List<TrackedObject> out) {
        for (Directive line : block.children()) {
            String name = line.keyword();
            if (parse.interfaces().find(name).isEmpty()) {
                diag.error(line.pos(), "(" + owner + ") tracked interface " + name + " doesn't exist");
                continue;
            }
            if (contains(out, name)) {
                diag.error(line.pos(), "(" + owner + ") duplicate track_interface " + name + " - ignoring");
                continue;
            }
            int weight = 0;
            boolean reverse = false;
            if (line.argCount() >= 1) {
                if (!line.arg(0).equals("weight")) {
                    diag.error(line.pos(), "(" + owner + ") unknown track_interface " + name + " option " + line.arg(0) + " - ignoring");
                    continue;
                }
                if (line.argCount() == 1) {
                    diag.error(line.pos(), "(" + owner + ") weight without value specified for track_interface " + name + " - ignoring");
                    continue;
                }
                OptionalLong w = KeepalivedNumbers.readInt(line.arg(1), -254, 254, line.pos(), diag);
                if (w.isEmpty()) {
                    diag.error(line.pos(), "(" + owner + ") weight " + line.arg(1) + " for " + name
                            + " must be between [-253..253] inclusive. Ignoring...");
                } else {
                    weight = clamp253(owner, name, (int) w.getAsLong(), line);
                }
                if (line.argCount() >= 3) {
                    if (line.arg(2).equals("reverse")) {
                        reverse = true;
                    } else {
                        diag.error(line.pos(), "(" + owner + ") unknown track_interace " + name + " weight option "
                                + line.arg(2) + " - ignoring");
                    }
                }
            }
            out.add(new TrackedObject(name, weight, reverse, line.pos()));
        }
    }

    void scripts(String owner, Directive block, List<TrackedObject> out) {
        for (Directive line : block.children()) {
            String name = line.keyword();
            Optional<VrrpScript> script = parse.script(name);
            if (script.isEmpty()) {
                diag.error(line.pos(), "(" + owner + ") track script " + name + " not found, ignoring...");
                continue;
            }
            if (contains(out, name)) {
                diag.error(line.pos(), "(" + owner + ") duplicate track_script " + name + " - ignoring");
                continue;
            }
            int weight = script.get().weight();
            boolean reverse = script.get().weightReverse();
            if (line.argCount() >= 1) {
                if (!line.arg(0).equals("weight")) {
                    diag.error(line.pos(), "(" + owner + ") unknown track script option " + line.arg(0) + " - ignoring");
                    continue;
                }
                if (line.argCount() == 1) {
                    diag.error(line.pos(), "(" + owner + ") weight without value specified for track script " + name + " - ignoring");
                    continue;
                }
                OptionalLong w = KeepalivedNumbers.readInt(line.arg(1), -254, 254, line.pos(), diag);
                if (w.isEmpty()) {
                    diag.error(line.pos(), "(" + owner + ") track script " + name
                            + ": weight must be between [-253..253] inclusive, ignoring...");
                } else {
                    weight = clamp253(owner, name, (int) w.getAsLong(), line);
                }
                if (line.argCount() >= 3) {
                    switch (line.arg(2)) {
                        case "reverse" -> reverse = true;
                        case "noreverse" -> reverse = false;
                        default -> diag.error(line.pos(), "(" + owner + ") unknown track_script " + name
                                + " weight option " + line.arg(2) + " - ignoring");
                    }
                }
            }
            out.add(new TrackedObject(name, weight, reverse, line.pos()));
        }
    }

    void files(String owner, Directive block, List<TrackedObject> out) {
        for (Directive line : block.children()) {
            String name = line.keyword();
            Optional<TrackFile> file = parse.trackFile(name);
            if (file.isEmpty()) {
                diag.error(line.pos(), "(" + owner + ") track file " + name + " not found, ignoring...");
                continue;
            }
            if (contains(out, name)) {
                diag.error(line.pos(), "(" + owner + ") duplicate track_file " + name + " - ignoring");
                continue;
            }
            Optional<TrackedObject> t = weighted(owner, line, "track file", "track file " + name + " must be in [-254..254] inclusive. Ignoring...",
                    254, new Defaults(file.get().weight(), file.get().weightReverse()), true);
            t.ifPresent(out::add);
        }
    }

    void processes(String owner, Directive block, List<TrackedObject> out) {
        for (Directive line : block.children()) {
            String name = line.keyword();
            Optional<TrackedProcess> process = parse.trackProcess(name);
            if (process.isEmpty()) {
                diag.error(line.pos(), "(" + owner + ") track process " + name + " not found, ignoring...");
                continue;
            }
            if (contains(out, name)) {
                diag.error(line.pos(), "(" + owner + ") duplicate track_process " + name + " - ignoring");
                continue;
            }
            Optional<TrackedObject> t = weighted(owner, line, "track process", "track process " + name + " must be in [-254..254] inclusive. Ignoring...",
                    254, new Defaults(process.get().weight(), process.get().weightReverse()), false);
            t.ifPresent(out::add);
        }
    }

    void bfds(String owner, Directive block, List<TrackedObject> out) {
        for (Directive line : block.children()) {
            String name = line.keyword();
            Defaults bfd = parse.bfdInstances().get(name);
            if (bfd == null) {
                diag.error(line.pos(), "(" + owner + ") track bfd " + name + " not found, ignoring...");
                continue;
            }
            if (contains(out, name)) {
                diag.error(line.pos(), "(" + owner + ") duplicate track_bfd " + name + " - ignoring");
                continue;
            }
            if (line.argCount() >= 1 && !line.arg(0).equals("weight")) {
                diag.error(line.pos(), "(" + owner + ") unknown track bfd " + name + " option " + line.arg(0) + " - ignoring");
                continue;
            }
            Optional<TrackedObject> t = weighted(owner, line, "track bfd", "track bfd " + name + " must be in [-253..253] inclusive. Ignoring...",
                    253, bfd, true);
            t.ifPresent(out::add);
        }
    }

    /** The weight options shared by files, processes and BFDs (which differ only in small ways). */
    private Optional<TrackedObject> weighted(String owner, Directive line, String what, String rangeMessage, int limit,
                                             Defaults defaults, boolean badOptionDrops) {
        String name = line.keyword();
        int weight = defaults.weight();
        boolean reverse = defaults.reverse();
        if (line.argCount() >= 1) {
            if (!line.arg(0).equals("weight")) {
                diag.error(line.pos(), "(" + owner + ") unknown " + what + " option " + line.arg(0) + " - ignoring");
                return Optional.empty();
            }
            if (line.argCount() == 1) {
                diag.error(line.pos(), "(" + owner + ") weight without value specified for " + what + " " + name + " - ignoring");
                return Optional.empty();
            }
            OptionalLong w = KeepalivedNumbers.readInt(line.arg(1), -limit, limit, line.pos(), diag);
            if (w.isEmpty()) {
                diag.error(line.pos(), "(" + owner + ") weight for " + rangeMessage);
            } else {
                weight = (int) w.getAsLong();
            }
            if (line.argCount() >= 3) {
                switch (line.arg(2)) {
                    case "reverse" -> reverse = true;
                    case "noreverse" -> reverse = false;
                    default -> {
                        String sep = what.equals("track process") ? "track_process" : what;
                        diag.error(line.pos(), "(" + owner + ") unknown " + sep + " " + name + " weight option " + line.arg(2) + " - ignoring");
                        if (badOptionDrops) {
                            return Optional.empty();
                        }
                    }
                }
            }
        }
        return Optional.of(new TrackedObject(name, weight, reverse, line.pos()));
    }

    private int clamp253(String owner, String name, int weight, Directive line) {
        if (weight == 254 || weight == -254) {
            diag.error(line.pos(), "(" + owner + ") weight for " + name + " cannot be +/-254. Setting to +/-253");
            return weight < 0 ? -253 : 253;
        }
        return weight;
    }

    private static boolean contains(List<TrackedObject> list, String name) {
        return list.stream().anyMatch(t -> t.name().equals(name));
    }
}
