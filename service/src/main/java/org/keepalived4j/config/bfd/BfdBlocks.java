package org.keepalived4j.config.bfd;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.keepalived4j.config.BlockFamily;
import org.keepalived4j.config.Diagnostics;
import org.keepalived4j.config.Directive;
import org.keepalived4j.config.IpAddress;
import org.keepalived4j.config.IpPrefix;
import org.keepalived4j.config.KeywordTable;
import org.keepalived4j.config.ParseContext;
import org.keepalived4j.config.global.GlobalConfig;
import org.keepalived4j.config.KeepalivedNumbers;
import org.keepalived4j.config.ValueSyntax;

/**
 * The {@code bfd_instance NAME { ... }} blocks. keepalived reads them in three processes: the
 * BFD process validates the session (neighbor, families, duplicates), the VRRP process keeps
 * the name and default weight for {@code track_bfd}, the checker process keeps the name; a
 * block may be rejected by one and kept by another. Each block is checked when it ends, in
 * file order, and problems found then are reported at its closing brace.
 */
public final class BfdBlocks implements BlockFamily {

    /** BFD_INAME_MAX - 1. */
    static final int NAME_MAX = 31;
    /** The intervals are milliseconds with three decimals, kept in microseconds in 32 bits. */
    private static final long MAX_INTERVAL_MS = 0xFFFF_FFFFL / 1000;

    private static final KeywordTable<BfdDraft> KEYWORDS = keywords();

    private final Map<String, BfdInstance> instances = new LinkedHashMap<>();
    private final Map<String, BfdTrack> vrrpTracks = new LinkedHashMap<>();
    private final Map<String, Boolean> checkerTracks = new LinkedHashMap<>();

    /** One bfd_instance block while it is read, as each process sees it. */
    static final class BfdDraft {
        final String name;
        /** Still valid for the BFD process; false after a duplicate name or a malformed neighbor. */
        boolean bfd;
        final boolean vrrp;
        final boolean checker;
        IpAddress neighbor;
        IpAddress source;
        Duration minRx = BfdInstance.DEFAULT_MIN_RX;
        Duration minTx = BfdInstance.DEFAULT_MIN_TX;
        Duration idleTx = BfdInstance.DEFAULT_IDLE_TX;
        int multiplier = BfdInstance.DEFAULT_MULTIPLIER;
        boolean passive;
        int ttl;
        int maxHops;
        int weight;
        boolean reverse;
        boolean forVrrp;
        boolean forChecker;

        BfdDraft(String name, boolean bfd, boolean vrrp, boolean checker) {
            this.name = name;
            this.bfd = bfd;
            this.vrrp = vrrp;
            this.checker = checker;
        }
    }

    @Override
    public Set<String> topLevelKeywords() {
        return Set.of("bfd_instance");
    }

    /** The keywords keepalived 2.2.7 accepts inside {@code bfd_instance}. */
    public static Set<String> bfdInstanceKeywords() {
        return KEYWORDS.keywords();
    }

    @Override
    public void accept(Directive d, ParseContext ctx) {
        Diagnostics diag = ctx.diagnostics();
        Optional<String> name = ValueSyntax.word(d, 0, diag);
        if (name.isEmpty()) {
            return;
        }
        String n = name.get();
        if (n.length() > NAME_MAX) {
            diag.error(d.pos(), "BFD name " + n + " too long");
            diag.error(d.pos(), "Configuration error: BFD instance " + n + " name too long (maximum length is "
                    + NAME_MAX + " characters) - ignoring");
            return;
        }
        boolean bfd = !instances.containsKey(n);
        boolean vrrp = !vrrpTracks.containsKey(n);
        boolean checker = !checkerTracks.containsKey(n);
        if (!vrrp || !checker) {
            diag.error(d.pos(), "BFD " + n + " already specified");
        }
        if (!bfd) {
            diag.error(d.pos(), "Configuration error: BFD instance " + n + " already configured - ignoring");
        }
        if (!bfd && !vrrp && !checker) {
            return;
        }
        BfdDraft b = new BfdDraft(n, bfd, vrrp, checker);
        KEYWORDS.applyAll(d.children(), b, ctx);
        end(d, b, diag);
    }

    private void end(Directive d, BfdDraft b, Diagnostics diag) {
        boolean toVrrp = !b.forChecker || b.forVrrp;
        boolean toChecker = !b.forVrrp || b.forChecker;
        if (b.vrrp && toVrrp) {
            vrrpTracks.put(b.name, new BfdTrack(b.name, b.weight, b.reverse));
        }
        if (b.checker && toChecker) {
            checkerTracks.put(b.name, true);
        }
        if (!b.bfd) {
            return;
        }
        String prefix = "Configuration error: BFD instance " + b.name;
        if (b.neighbor == null) {
            diag.error(d.end(), prefix + " has no neighbor address set, disabling instance");
            return;
        }
        if (b.source != null && b.source.isV4() != b.neighbor.isV4()) {
            // keepalived 2.2.7 formats both addresses into one static buffer, so prints the source twice
            diag.error(d.end(), prefix + " source address " + b.source + " and neighbor address " + b.source
                    + " are not of the same family, disabling instance");
            return;
        }
        for (BfdInstance other : instances.values()) {
            boolean sameSource = b.source == null || other.source().isEmpty() || other.source().get().equals(b.source);
            if (other.neighbor().equals(b.neighbor) && sameSource) {
                diag.error(d.end(), b.source == null
                        ? prefix + " has duplicate neighbor address " + b.neighbor + ", ignoring instance"
                        : prefix + " has duplicate source/neighbor address " + b.source + "/" + b.neighbor + ", ignoring instance");
                return;
            }
        }
        int ttl = b.ttl != 0 ? b.ttl : b.neighbor.isV4() ? BfdInstance.DEFAULT_TTL : BfdInstance.DEFAULT_HOPLIMIT;
        int maxHops = b.maxHops;
        if (maxHops > ttl) {
            diag.error(d.end(), "BFD instance " + b.name + ": max_hops exceeds ttl/hoplimit - setting to ttl/hoplimit");
            maxHops = ttl;
        }
        instances.put(b.name, new BfdInstance(b.name, b.neighbor, Optional.ofNullable(b.source), b.minRx, b.minTx,
                b.idleTx, b.multiplier, b.passive, ttl, maxHops, toVrrp, toChecker, d.pos()));
    }

    /**
     * Called once after the whole text is read: applies defaults, validates (cross references
     * included) and returns the immutable model. Problems go to {@code ctx.diagnostics()}.
     */
    public BfdConfig build(ParseContext ctx, GlobalConfig global) {
        return new BfdConfig(instances, vrrpTracks, checkerTracks.keySet());
    }

    private static KeywordTable<BfdDraft> keywords() {
        KeywordTable<BfdDraft> t = new KeywordTable<>("bfd_instance");
        t.on("neighbor_ip", (d, b, ctx) -> {
            if (!b.bfd) {
                return;
            }
            ValueSyntax.word(d, 0, ctx.diagnostics()).ifPresent(w -> {
                Optional<IpAddress> a = address(w);
                if (a.isEmpty()) {
                    ctx.diagnostics().error(d.pos(), "Configuration error: BFD instance " + b.name
                            + " has malformed neighbor address " + w + ", ignoring instance");
                    // the BFD process skips the rest of the block; the others go on reading it
                    b.bfd = false;
                    return;
                }
                b.neighbor = a.get();
            });
        });
        t.alias("neighbour_ip", "neighbor_ip");
        t.on("source_ip", (d, b, ctx) -> {
            if (!b.bfd) {
                return;
            }
            ValueSyntax.word(d, 0, ctx.diagnostics()).ifPresent(w -> {
                Optional<IpAddress> a = address(w);
                if (a.isEmpty()) {
                    ctx.diagnostics().error(d.pos(), "Configuration error: BFD instance " + b.name
                            + " has malformed source address " + w + ", ignoring");
                    return;
                }
                b.source = a.get();
            });
        });
        interval(t, "min_rx", 1, 1000, (b, v) -> b.minRx = v);
        interval(t, "min_tx", 1, 1000, (b, v) -> b.minTx = v);
        interval(t, "idle_tx", 1000, 10000, (b, v) -> b.idleTx = v);
        t.on("multiplier", (d, b, ctx) -> number(d, b, ctx, 1, 255, false, w -> "multiplier value " + w
                + " not valid (must be in range [1-255]), ignoring").ifPresent(v -> b.multiplier = (int) v));
        t.on("passive", (d, b, ctx) -> {
            if (b.bfd) {
                b.passive = true;
            }
        });
        t.on("ttl", (d, b, ctx) -> number(d, b, ctx, 1, 255, false, w -> "ttl/hoplimit value " + w
                + " not valid (must be in range [1-255]), ignoring").ifPresent(v -> b.ttl = (int) v));
        t.alias("hoplimit", "ttl");
        t.on("max_hops", (d, b, ctx) -> number(d, b, ctx, -1, 255, true, w -> "max_hops value " + w
                + " not valid (must be in range [-1-255]), ignoring").ifPresent(v -> b.maxHops = (int) v));
        t.on("weight", (d, b, ctx) -> {
            if (!b.vrrp) {
                return;
            }
            Diagnostics diag = ctx.diagnostics();
            ValueSyntax.word(d, 0, diag).ifPresent(w -> {
                OptionalLong v = KeepalivedNumbers.readInt(w, -253, 253, d.pos(), diag);
                if (v.isEmpty()) {
                    diag.error(d.pos(), "Configuration error: BFD instance " + b.name + " weight value " + w
                            + " not valid (must be in range [-253-253]), ignoring");
                } else {
                    b.weight = (int) v.getAsLong();
                }
                if (d.argCount() >= 2) {
                    if (d.arg(1).equals("reverse")) {
                        b.reverse = true;
                    } else {
                        diag.error(d.pos(), "Configuration error: BFD instance " + b.name + " unknown weight option " + d.arg(1));
                    }
                }
            });
        });
        t.on("vrrp", (d, b, ctx) -> b.forVrrp = true);
        t.on("checker", (d, b, ctx) -> b.forChecker = true);
        return t;
    }

    /** An address as keepalived's inet_stosockaddr takes it: a prefix length after it is ignored. */
    private static Optional<IpAddress> address(String text) {
        return IpPrefix.parse(text).map(IpPrefix::address);
    }

    /** An interval in milliseconds with three decimals; values above {@code sensibleMs} are only logged. */
    private static void interval(KeywordTable<BfdDraft> t, String keyword, long minMs, long sensibleMs,
                                 BiConsumer<BfdDraft, Duration> set) {
        t.on(keyword, (d, b, ctx) -> {
            if (!b.bfd) {
                return;
            }
            Diagnostics diag = ctx.diagnostics();
            ValueSyntax.word(d, 0, diag).ifPresent(w -> {
                OptionalLong micros = KeepalivedNumbers.readDecimalUnsigned(w, minMs * 1000, MAX_INTERVAL_MS * 1000, 3, false, d.pos(), diag);
                if (micros.isEmpty()) {
                    diag.error(d.pos(), "Configuration error: BFD instance " + b.name + " " + keyword + " value " + w
                            + " is not valid (must be in range [" + minMs + "-" + MAX_INTERVAL_MS + "]), ignoring");
                    return;
                }
                set.accept(b, Duration.of(micros.getAsLong(), ChronoUnit.MICROS));
                if (micros.getAsLong() > sensibleMs * 1000) {
                    diag.notice(d.pos(), "Configuration warning: BFD instance " + b.name + " " + keyword + " value " + w
                            + " is larger than max sensible (" + sensibleMs + ")");
                }
            });
        });
    }

    private static OptionalLong number(Directive d, BfdDraft b, ParseContext ctx, long min, long max, boolean signed,
                                       Function<String, String> failure) {
        if (!b.bfd) {
            return OptionalLong.empty();
        }
        Diagnostics diag = ctx.diagnostics();
        Optional<String> w = ValueSyntax.word(d, 0, diag);
        if (w.isEmpty()) {
            return OptionalLong.empty();
        }
        OptionalLong v = signed ? KeepalivedNumbers.readInt(w.get(), min, max, d.pos(), diag)
                : KeepalivedNumbers.readUnsigned(w.get(), min, max, d.pos(), diag);
        if (v.isEmpty()) {
            diag.error(d.pos(), "Configuration error: BFD instance " + b.name + " " + failure.apply(w.get()));
        }
        return v;
    }
}
