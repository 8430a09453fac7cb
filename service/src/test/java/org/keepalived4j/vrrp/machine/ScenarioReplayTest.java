package org.keepalived4j.vrrp.machine;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The scenario runner itself: it must name file:line both for bad syntax and for a wrong stream. */
class ScenarioReplayTest {

    private static void replay(String... lines) {
        ScenarioReplay.verify(ScenarioParser.parse("t.scenario", List.of(lines)));
    }

    @Test
    void unknownLineKindNamesFileAndLine() {
        assertThatThrownBy(() -> replay("# c", "at 0 start", "expcet 0 state INIT->BACKUP STARTUP"))
                .isInstanceOf(ScenarioSyntaxError.class)
                .hasMessageStartingWith("t.scenario:3: unknown line kind 'expcet'");
    }

    @Test
    void badTimeNamesFileAndLine() {
        assertThatThrownBy(() -> replay("at 0 start", "at 1.5x advert from 192.0.2.9 prio 1"))
                .isInstanceOf(ScenarioSyntaxError.class)
                .hasMessageStartingWith("t.scenario:2: not a time: '1.5x'");
    }

    @Test
    void timeGoingBackwardsIsASyntaxError() {
        assertThatThrownBy(() -> replay("at 2 start", "at 1 stop"))
                .isInstanceOf(ScenarioSyntaxError.class)
                .hasMessageStartingWith("t.scenario:2: time 1 goes back");
    }

    @Test
    void badInstanceValueNamesItsLine() {
        assertThatThrownBy(() -> replay("# c", "instance priority 300", "at 0 start"))
                .isInstanceOf(ScenarioSyntaxError.class)
                .hasMessageStartingWith("t.scenario:2: bad instance definition: priority 300");
    }

    @Test
    void unknownActionNamesFileAndLine() {
        assertThatThrownBy(() -> replay("at 0 start", "expect 0 state INIT->BACKUP BECAUSE"))
                .isInstanceOf(ScenarioSyntaxError.class)
                .hasMessageStartingWith("t.scenario:2: write: state FROM->TO REASON");
    }

    @Test
    void wrongActionNamesTheExpectationLine() {
        assertThatThrownBy(() -> replay("at 0 start", "expect 0 state INIT->BACKUP STARTUP",
                "expect 3.609375 send advert prio 99"))
                .isInstanceOf(AssertionError.class)
                .hasMessageStartingWith("t.scenario:3: expected '3.609375 send advert prio 99' but got"
                        + " '3.609375 send advert prio 100'")
                .hasMessageContaining("expect 3.609375 add addresses");
    }

    @Test
    void wrongTimeNamesTheExpectationLine() {
        assertThatThrownBy(() -> replay("at 0 start", "expect 1 state INIT->BACKUP STARTUP"))
                .isInstanceOf(AssertionError.class)
                .hasMessageStartingWith("t.scenario:2: expected '1 state INIT->BACKUP STARTUP' but got '0 state");
    }

    @Test
    void unexpectedActionBeforeTheHorizonFails() {
        assertThatThrownBy(() -> replay("at 0 start", "expect 0 state INIT->BACKUP STARTUP", "until 4"))
                .isInstanceOf(AssertionError.class)
                .hasMessageStartingWith("t.scenario:2: unexpected '3.609375 send advert prio 100'");
    }

    @Test
    void missingActionFails() {
        assertThatThrownBy(() -> replay("at 0 start", "expect 0 state INIT->BACKUP STARTUP", "expect 0 master none"))
                .isInstanceOf(AssertionError.class)
                .hasMessageStartingWith("t.scenario:3: expected '0 master none' but nothing more happened");
    }

    @Test
    void failedCheckNamesItsLine() {
        assertThatThrownBy(() -> replay("at 0 start", "expect 0 state INIT->BACKUP STARTUP",
                "check 1 master_down_deadline 3.6"))
                .isInstanceOf(AssertionError.class)
                .hasMessageStartingWith("t.scenario:3: at 1 master_down_deadline is 3.609375, expected 3.6");
    }
}
