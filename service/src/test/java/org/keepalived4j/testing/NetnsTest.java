package org.keepalived4j.testing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NetnsTest {

    @Test
    void namesAreTheFirstWordOfEachLine() {
        assertThat(Netns.names("k4j-1-ab-h1 (id: 2)\nkt\n\nk4j-1-ab-hub (id: 0)\n"))
                .containsExactly("k4j-1-ab-h1", "kt", "k4j-1-ab-hub");
        assertThat(Netns.names("")).isEmpty();
    }
}
