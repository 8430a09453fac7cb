package org.keepalived4j.config.text;

import java.util.Objects;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/**
 * How a {@link ConfigReader} reads, beyond keepalived's own rules: the command line's {@code -e}
 * and the bounds that keep any input from hanging the reader or exhausting memory.
 *
 * @param checkAllIncludes       keepalived's {@code -e}: every include problem is an error
 * @param random                 the source of {@code ${_RANDOM}}
 * @param maxLines               lines read and generated (includes, ~SEQ, ~LST, multi-line
 *                               parameters) before the rest is ignored and reported; the default
 *                               leaves room for the man page's 65024-instance ~SEQ example
 * @param maxIncludeDepth        includes nested deeper than this are refused (keepalived goes
 *                               on until it runs out of file descriptors)
 * @param maxBlockDepth          '{' nested deeper than this is reported as unexpected
 * @param maxSubstitutionsPerLine a line needing more parameter substitutions than this (such as
 *                               {@code $A=$A}, which hangs keepalived) is reported and dropped
 */
public record ReaderOptions(boolean checkAllIncludes, RandomGenerator random, int maxLines, int maxIncludeDepth,
                            int maxBlockDepth, int maxSubstitutionsPerLine) {

    public ReaderOptions {
        Objects.requireNonNull(random, "random");
        if (maxLines < 1 || maxIncludeDepth < 1 || maxBlockDepth < 1 || maxSubstitutionsPerLine < 1) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }

    public static ReaderOptions defaults() {
        // SplittableRandom, not RandomGenerator.getDefault(): that finds its algorithm by ServiceLoader and
        // annotation reflection, some 30 ms of every start, for ~RANDOM in the odd configuration
        return new ReaderOptions(false, new SplittableRandom(), 2_000_000, 64, 64, 10_000);
    }

    public ReaderOptions withCheckAllIncludes(boolean value) {
        return new ReaderOptions(value, random, maxLines, maxIncludeDepth, maxBlockDepth, maxSubstitutionsPerLine);
    }

    public ReaderOptions withRandom(RandomGenerator value) {
        return new ReaderOptions(checkAllIncludes, value, maxLines, maxIncludeDepth, maxBlockDepth, maxSubstitutionsPerLine);
    }

    public ReaderOptions withMaxLines(int value) {
        return new ReaderOptions(checkAllIncludes, random, value, maxIncludeDepth, maxBlockDepth, maxSubstitutionsPerLine);
    }
}
