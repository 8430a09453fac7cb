package org.keepalived4j.vrrp.machine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.keepalived4j.config.IpAddress;
import org.keepalived4j.vrrp.packet.Advertisement;
import org.keepalived4j.vrrp.packet.V2Auth;

/** Contract details of the API that the scenarios do not show. */
class InstanceMachineTest {

    private static final long T0 = 7_000_000_000L;
    private static final IpAddress SELF = IpAddress.parse("192.0.2.1").orElseThrow();
    private static final IpAddress PEER = IpAddress.parse("192.0.2.9").orElseThrow();

    private static MachineParams params(int priority, boolean master) {
        return new MachineParams("VI_1", 2, 51, priority, 100, master, true, 0, 3, false, false, AnnounceTiming.once());
    }

    private static Advertisement advert(int priority) {
        return new Advertisement(2, 51, priority, 100, List.of(), V2Auth.NONE);
    }

    @Test
    void callsBeforeStartOnlyRecordAndStartUsesThem() {
        InstanceMachine m = new InstanceMachine(params(100, false));
        assertThat(m.interfaceChanged(T0, false)).isEmpty();
        assertThat(m.advertReceived(T0, advert(200), PEER)).isEmpty();
        assertThat(m.timersDue(T0)).isEmpty();
        assertThat(m.nextDeadline()).isEqualTo(Long.MAX_VALUE);
        assertThat(m.view().state()).isEqualTo(VrrpState.INIT);
        assertThat(m.view().counters().advertsReceived()).isZero();
    }

    @Test
    void startTwiceDoesNothingTheSecondTime() {
        InstanceMachine m = new InstanceMachine(params(100, false));
        assertThat(m.start(T0, true, SELF)).hasSize(1);
        assertThat(m.start(T0 + 5, false, SELF)).isEmpty();
        assertThat(m.view().state()).isEqualTo(VrrpState.BACKUP);
    }

    @Test
    void nothingHappensAfterStop() {
        InstanceMachine m = new InstanceMachine(params(255, true));
        m.start(T0, true, SELF);
        m.timersDue(T0 + 1_000);
        assertThat(m.stop(T0 + 2_000)).hasSize(4);
        assertThat(m.stop(T0 + 3_000)).isEmpty();
        assertThat(m.start(T0 + 3_000, true, SELF)).isEmpty();
        assertThat(m.advertReceived(T0 + 3_000, advert(0), PEER)).isEmpty();
        assertThat(m.interfaceChanged(T0 + 3_000, false)).isEmpty();
        assertThat(m.timersDue(Long.MAX_VALUE - 1)).isEmpty();
        assertThat(m.nextDeadline()).isEqualTo(Long.MAX_VALUE);
        assertThat(m.view().state()).isEqualTo(VrrpState.STOP);
    }

    @Test
    void basePriorityOutsideOneTo255IsRefusedAsKeepalivedSnmpDoes() {
        InstanceMachine m = new InstanceMachine(params(100, false));
        assertThatThrownBy(() -> m.setBasePriority(T0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> m.setBasePriority(T0, 256)).isInstanceOf(IllegalArgumentException.class);
        assertThat(m.view().basePriority()).isEqualTo(100);
    }

    @Test
    void overdueTimersFireOnceAndRearmFromNow() {
        InstanceMachine m = new InstanceMachine(params(255, true));
        m.start(T0, true, SELF);
        m.timersDue(T0 + 1_000);
        // a loop that stalled for 10 s sends one advert, not ten, and re-arms from now (keepalived)
        List<Action> late = m.timersDue(T0 + 10_000_000_000L);
        assertThat(late).containsExactly(new Action.SendAdvert(255));
        assertThat(m.nextDeadline()).isEqualTo(T0 + 11_000_000_000L);
    }

    @Test
    void unknownPrimaryLosesEveryEqualPriorityTieBreak() {
        InstanceMachine m = new InstanceMachine(params(100, false));
        m.start(T0, true, null);
        m.timersDue(T0 + 3_609_375_000L);
        assertThat(m.view().state()).isEqualTo(VrrpState.MASTER);
        assertThat(m.view().master()).isEmpty();
        m.advertReceived(T0 + 4_000_000_000L, advert(100), PEER);
        assertThat(m.view().state()).isEqualTo(VrrpState.BACKUP);
    }

    @Test
    void viewReportsMibReasonValues() {
        assertThat(NewMasterReason.NOT_MASTER.mibValue()).isZero();
        assertThat(NewMasterReason.PRIORITY.mibValue()).isEqualTo(1);
        assertThat(NewMasterReason.PREEMPTED.mibValue()).isEqualTo(2);
        assertThat(NewMasterReason.MASTER_NO_RESPONSE.mibValue()).isEqualTo(3);
    }

    @Test
    void paramsRejectWhatKeepalivedNeverPasses() {
        assertThatThrownBy(() -> new MachineParams("x", 3, 1, 100, 4096, false, true, 0, 3, false, false,
                AnnounceTiming.once())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MachineParams("x", 2, 0, 100, 100, false, true, 0, 3, false, false,
                AnnounceTiming.once())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AnnounceTiming(-1, 1, 0, 0, 0, 0, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
