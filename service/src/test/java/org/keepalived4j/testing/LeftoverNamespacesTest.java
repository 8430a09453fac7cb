package org.keepalived4j.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LeftoverNamespacesTest {

    private static final List<String> ON_THE_MACHINE = List.of(
            "k4j-100-abcd-hub", "k4j-100-abcd-h1", // owner 100 is gone
            "k4j-200-wxyz-hub", "k4j-200-wxyz-h1", // owner 200 still runs
            "kt", "klvs_13799", "kt_lexer_10759",  // someone else's
            "k4j-0-aaaa-h1", "k4j-100-abcd");      // not in our format

    @Test
    void namespacesOfDeadOwnersAreLeftovers() {
        assertThat(LeftoverNamespaces.among(ON_THE_MACHINE, pid -> pid == 200))
                .containsExactly("k4j-100-abcd-hub", "k4j-100-abcd-h1");
    }

    @Test
    void nothingIsALeftoverWhileItsOwnerRuns() {
        assertThat(LeftoverNamespaces.among(ON_THE_MACHINE, pid -> true)).isEmpty();
    }

    @Test
    void foreignNamesAreNeverLeftoversEvenIfNothingRuns() {
        assertThat(LeftoverNamespaces.among(ON_THE_MACHINE, pid -> false))
                .containsExactly("k4j-100-abcd-hub", "k4j-100-abcd-h1", "k4j-200-wxyz-hub", "k4j-200-wxyz-h1");
    }
}
