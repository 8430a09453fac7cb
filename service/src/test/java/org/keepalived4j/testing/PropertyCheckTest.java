package org.keepalived4j.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PropertyCheckTest {

    @Test
    void sameNameDrawsTheSameInputsEveryRun() {
        List<Integer> first = new ArrayList<>();
        List<Integer> second = new ArrayList<>();
        PropertyCheck.forAll("p", 20, r -> r.nextInt(), first::add);
        PropertyCheck.forAll("p", 20, r -> r.nextInt(), second::add);
        assertThat(first).hasSize(20).isEqualTo(second);
        assertThat(first).doesNotHaveDuplicates();
    }

    @Test
    void aFailureNamesTheSeedAndTheInput() {
        assertThatThrownBy(() -> PropertyCheck.forAll("fails", 50, r -> r.nextInt(10), v -> assertThat(v).isLessThan(5)))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("property 'fails' fails for seed")
                .hasMessageContaining("-Dkeepalived4j.seed=");
    }
}
