package org.keepalived4j.config;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.ObjLongConsumer;

/**
 * The keywords one kind of block accepts, each mapped to a handler that reads the directive into
 * a mutable builder {@code B}. One table per block kind, built once, shared by every load: the
 * tables are the language (keyword, range, default), not a switch statement. Unknown keywords are
 * reported as keepalived reports them, and their blocks are skipped.
 *
 * @param <B> what the block's directives are read into
 */
public final class KeywordTable<B> {

    /** Reads one directive into the target; problems go to {@code ctx.diagnostics()}. */
    @FunctionalInterface
    public interface Handler<B> {
        void apply(Directive d, B target, ParseContext ctx);
    }

    private final String block;
    private final Map<String, Handler<B>> handlers = new LinkedHashMap<>();
    private final Map<String, String> aliases = new LinkedHashMap<>();

    public KeywordTable(String block) {
        this.block = block;
    }

    /** The block this table belongs to, for messages ("vrrp_instance", "global_defs", ...). */
    public String block() {
        return block;
    }

    public KeywordTable<B> on(String keyword, Handler<B> handler) {
        if (handlers.putIfAbsent(keyword, handler) != null) {
            throw new IllegalStateException(block + ": keyword '" + keyword + "' registered twice");
        }
        return this;
    }

    /** An older spelling keepalived still accepts, handled exactly as {@code canonical}. */
    public KeywordTable<B> alias(String alias, String canonical) {
        Handler<B> h = handlers.get(canonical);
        if (h == null) {
            throw new IllegalStateException(block + ": alias '" + alias + "' of unregistered '" + canonical + "'");
        }
        aliases.put(alias, canonical);
        return on(alias, h);
    }

    /** A keyword accepted and deliberately without effect (keepalived ignores it too, or it is not yet built). */
    public KeywordTable<B> accepted(String keyword) {
        return on(keyword, (d, t, ctx) -> { });
    }

    /** A switch: bare means on, or an explicit {@code <BOOL>}. */
    public KeywordTable<B> flag(String keyword, BiConsumer<B, Boolean> setter) {
        return on(keyword, (d, t, ctx) -> ValueSyntax.flag(d, ctx.diagnostics()).ifPresent(v -> setter.accept(t, v)));
    }

    /** An integer in [min, max], first argument. */
    public KeywordTable<B> integer(String keyword, long min, long max, ObjLongConsumer<B> setter) {
        return on(keyword, (d, t, ctx) -> ValueSyntax.integer(d, 0, min, max, ctx.diagnostics()).ifPresent(v -> setter.accept(t, v)));
    }

    /** A timer in seconds (fractions allowed) in [min, max], first argument. */
    public KeywordTable<B> timer(String keyword, Duration min, Duration max, BiConsumer<B, Duration> setter) {
        return on(keyword, (d, t, ctx) -> ValueSyntax.timer(d, 0, min, max, ctx.diagnostics()).ifPresent(v -> setter.accept(t, v)));
    }

    /** One word, first argument. */
    public KeywordTable<B> word(String keyword, BiConsumer<B, String> setter) {
        return on(keyword, (d, t, ctx) -> ValueSyntax.word(d, 0, ctx.diagnostics()).ifPresent(v -> setter.accept(t, v)));
    }

    public boolean knows(String keyword) {
        return handlers.containsKey(keyword);
    }

    public Set<String> keywords() {
        return Collections.unmodifiableSet(handlers.keySet());
    }

    /** The canonical keyword for an alias, or the keyword itself. */
    public String canonical(String keyword) {
        return aliases.getOrDefault(keyword, keyword);
    }

    /** Applies one directive; an unknown keyword is reported and ignored with its block. */
    public void apply(Directive d, B target, ParseContext ctx) {
        Handler<B> h = handlers.get(d.keyword());
        if (h == null) {
            ctx.diagnostics().unknownKeyword(d.pos(), d.keyword());
            return;
        }
        h.apply(d, target, ctx);
    }

    public void applyAll(List<Directive> directives, B target, ParseContext ctx) {
        for (Directive d : directives) {
            apply(d, target, ctx);
        }
    }
}
