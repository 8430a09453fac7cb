package org.keepalived4j.testing;

import java.util.Random;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Property-based checks over generated inputs: each case draws its input from its own seeded
 * {@link Random}, so a failure names the seed and the input and can be replayed exactly
 * ({@code -Dkeepalived4j.seed=N} runs that one case). We do not use jqwik: since 1.10 its
 * maintainer asks that AI coding agents not use it, and this code base is written with one.
 */
public final class PropertyCheck {

    /** Runs one case only, by its seed, to replay a reported failure. */
    public static final String SEED_PROPERTY = "keepalived4j.seed";

    private PropertyCheck() {
    }

    /**
     * Checks {@code property} on {@code cases} inputs made by {@code generator}. The seeds are
     * derived from {@code name}, so every run checks the same inputs (deterministic CI), and a new
     * property gets new inputs.
     */
    public static <T> void forAll(String name, int cases, Function<Random, T> generator, Consumer<T> property) {
        String replay = System.getProperty(SEED_PROPERTY);
        if (replay != null && !replay.isBlank()) {
            runCase(name, Long.parseLong(replay.strip()), generator, property);
            return;
        }
        long base = name.hashCode() * 0x9E3779B97F4A7C15L;
        for (int i = 0; i < cases; i++) {
            runCase(name, base + i, generator, property);
        }
    }

    private static <T> void runCase(String name, long seed, Function<Random, T> generator, Consumer<T> property) {
        T input = generator.apply(new Random(seed));
        try {
            property.accept(input);
        } catch (AssertionError | RuntimeException e) {
            throw new AssertionError("property '" + name + "' fails for seed " + seed + " (replay with -D"
                    + SEED_PROPERTY + "=" + seed + ") on input:\n" + abbreviate(String.valueOf(input)), e);
        }
    }

    /**
     * Text of up to {@code maxLength} characters, biased towards what breaks parsers: digits,
     * signs, dots, whitespace, quotes, braces and control characters, with some arbitrary ones.
     */
    public static String text(Random r, int maxLength) {
        String tricky = "0123456789+-.xX \t\n\"'{}#!$@~/\\:\0";
        int n = r.nextInt(maxLength + 1);
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            sb.append(r.nextInt(4) == 0 ? (char) r.nextInt(0x3000) : tricky.charAt(r.nextInt(tricky.length())));
        }
        return sb.toString();
    }

    private static String abbreviate(String s) {
        return s.length() <= 4000 ? s : s.substring(0, 4000) + "\n... (" + s.length() + " characters)";
    }
}
