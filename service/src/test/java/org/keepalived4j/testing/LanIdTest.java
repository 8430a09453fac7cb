package org.keepalived4j.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class LanIdTest {

    @Test
    void namespaceNamesCarryPrefixPidTokenAndRole() {
        LanId id = new LanId(4711, "q3zd");

        assertThat(id.namespace("hub")).isEqualTo("k4j-4711-q3zd-hub");
        assertThat(id.namespace("h1")).isEqualTo("k4j-4711-q3zd-h1");
        assertThat(id.prefix()).isEqualTo("k4j-4711-q3zd-");
        assertThat(LanId.ownerPrefix(4711)).isEqualTo("k4j-4711-");
    }

    @Test
    void ownerIsReadBackFromOurNames() {
        assertThat(LanId.ownerOf("k4j-4711-q3zd-h12")).hasValue(4711);
        assertThat(LanId.ownerOf("k4j-1-a-probe")).hasValue(1);
    }

    @Test
    void namesThisFixtureDidNotMakeHaveNoOwner() {
        for (String foreign : List.of("kt", "klvs_13799", "kt_lexer_10759", "h_1234", "k4j-abc-q3zd-h1", "k4j-12-tok-",
                "xk4j-1-a-h1", "k4j-1-a-h1 (id: 0)", "k4j--a-h1", "K4J-1-a-h1", "k4j-1-A-h1", "k4j-12345678901-a-h1")) {
            assertThat(LanId.ownerOf(foreign)).as(foreign).isEmpty();
        }
    }

    @Test
    void aLanOwnsOnlyItsOwnNamespaces() {
        LanId id = new LanId(10, "ab");

        assertThat(id.owns("k4j-10-ab-h1")).isTrue();
        assertThat(id.owns("k4j-10-abc-h1")).isFalse();
        assertThat(id.owns("k4j-100-ab-h1")).isFalse();
    }

    @Test
    void freshIdsAvoidTokensInUse() {
        LanId first = LanId.fresh(42, new SplittableRandom(7), List.of());
        LanId again = LanId.fresh(42, new SplittableRandom(7), List.of());
        LanId second = LanId.fresh(42, new SplittableRandom(7), List.of(first.namespace("hub")));

        assertThat(again).isEqualTo(first);
        assertThat(second.token()).isNotEqualTo(first.token());
        assertThat(first.token()).matches("[a-z0-9]{4}");
    }

    @Test
    void badPartsAreRejected() {
        assertThatThrownBy(() -> new LanId(0, "ab")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LanId(1, "A-b")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LanId(1, "ab").namespace("h-1")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void everyNameWeMakeNamesItsOwner() {
        SplittableRandom random = new SplittableRandom(2026);
        String alphabet = "abcdefghijklmnopqrstuvwxyz0123456789";
        for (int i = 0; i < 2_000; i++) {
            long pid = i < 2 ? new long[] {1, 4_194_304}[i] : random.nextLong(1, 4_194_305);
            String token = randomWord(random, alphabet, 12);
            String role = randomWord(random, alphabet, 16);
            LanId id = new LanId(pid, token);
            String name = id.namespace(role);

            assertThat(LanId.ownerOf(name)).as(name).hasValue(pid);
            assertThat(id.owns(name)).as(name).isTrue();
        }
    }

    private static String randomWord(SplittableRandom random, String alphabet, int maxLength) {
        StringBuilder word = new StringBuilder();
        for (int n = random.nextInt(1, maxLength + 1); n > 0; n--) {
            word.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return word.toString();
    }
}
