package org.keepalived4j.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.keepalived4j.testing.PrivilegedCondition.Mode;
import org.keepalived4j.testing.PrivilegedCondition.Privileges;
import org.junit.jupiter.api.Test;

class PrivilegedConditionTest {

    @Test
    void effectiveUidIsTheSecondNumberOfTheUidLine() {
        assertThat(PrivilegedCondition.effectiveUid("Name:\tjava\nUid:\t1000\t0\t0\t0\nGid:\t0\t0\t0\t0\n"))
                .hasValue(0);
        assertThat(PrivilegedCondition.effectiveUid("Uid:\t0\t1000\t1000\t1000\n")).hasValue(1000);
        assertThat(PrivilegedCondition.effectiveUid("Name:\tjava\n")).isEmpty();
        assertThat(PrivilegedCondition.effectiveUid("")).isEmpty();
    }

    @Test
    void switchedOffMeansSkippedWithTheReason() {
        Privileges privileges = PrivilegedCondition.probe(Mode.OFF);

        assertThat(privileges.granted()).isFalse();
        assertThat(privileges.reason())
                .startsWith("needs root and network namespaces: ")
                .contains("-Dkeepalived4j.netns=off");
    }

    @Test
    void modesAreReadLeniently() {
        assertThat(Mode.of(null)).isEqualTo(Mode.AUTO);
        assertThat(Mode.of(" ")).isEqualTo(Mode.AUTO);
        assertThat(Mode.of("OFF")).isEqualTo(Mode.OFF);
        assertThat(Mode.of("require")).isEqualTo(Mode.REQUIRE);
        assertThatThrownBy(() -> Mode.of("maybe")).hasMessageContaining("auto, off or require");
    }
}
