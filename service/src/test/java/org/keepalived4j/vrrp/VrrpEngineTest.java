package org.keepalived4j.vrrp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.keepalived4j.config.IpAddress;
import org.keepalived4j.events.InstanceState;
import org.keepalived4j.events.InstanceStateChanged;
import org.keepalived4j.model.CommandOutcome;
import org.keepalived4j.model.InstanceSnapshot;
import org.keepalived4j.model.VrrpCommand;
import org.keepalived4j.vrrp.packet.ReceiveCheck;
import org.keepalived4j.vrrp.packet.ReceiveExpectation;
import org.keepalived4j.vrrp.packet.ReceiveVerdict;
import org.keepalived4j.vrrp.packet.ReceivedAdvertisement;

/**
 * Whole engines, loop thread included, on a fake LAN: elections, takeover on stop and on link
 * loss, commands from a management surface, snapshots and events, crash-safe VIP lifetimes.
 */
class VrrpEngineTest {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private final List<FakeRouter> lan = new CopyOnWriteArrayList<>();
    private final List<FakeRouter> routers = new ArrayList<>();

    @AfterEach
    void stopAll() {
        for (FakeRouter r : routers) {
            r.close();
        }
    }

    private static String config(int priority, String extra) {
        return FakeRouter.singleV3Instance(priority, extra);
    }

    private FakeRouter router(String name, String address, int priority, String extra) {
        FakeRouter r = new FakeRouter(name, address, config(priority, extra), lan);
        routers.add(r);
        return r;
    }

    private static InstanceSnapshot vi1(FakeRouter r) {
        return r.engine.snapshot().instance("VI_1").orElseThrow();
    }

    private static InstanceState state(FakeRouter r) {
        return vi1(r).state();
    }

    @Test
    void theHigherPriorityBecomesTheOnlyMasterAndTheBackupTakesOverWhenItStops() {
        FakeRouter a = router("a", "10.9.9.1", 150, "");
        FakeRouter b = router("b", "10.9.9.2", 100, "");
        b.start();
        a.start();

        await().atMost(WAIT).until(() -> state(a) == InstanceState.MASTER && state(b) == InstanceState.BACKUP);
        assertThat(a.vips).containsExactly("10.9.9.100/24");
        assertThat(b.vips).isEmpty();
        assertThat(vi1(b).masterAddress()).contains(a.address);
        assertThat(vi1(a).counters().becomeMaster()).isEqualTo(1);
        assertThat(vi1(b).counters().advertsReceived()).isPositive();

        a.close();
        routers.remove(a);
        await().atMost(WAIT).until(() -> state(b) == InstanceState.MASTER);
        assertThat(b.vips).containsExactly("10.9.9.100/24");
        assertThat(a.vips).as("a graceful stop removes the VIPs").isEmpty();
        assertThat(vi1(b).newMasterReason()).as("RFC 6527 priority: the master left with priority 0").isEqualTo(1);
        List<InstanceStateChanged> bStates = b.events.stream().filter(InstanceStateChanged.class::isInstance)
                .map(InstanceStateChanged.class::cast).toList();
        assertThat(bStates).extracting(InstanceStateChanged::to)
                .containsExactly(InstanceState.BACKUP, InstanceState.MASTER);
    }

    @Test
    void aSnapshotCountsEveryAdvertReceivedBeforeItWasRead() throws InterruptedException {
        FakeRouter a = router("a", "10.9.9.1", 150, "");
        FakeRouter b = router("b", "10.9.9.2", 100, "");
        b.start();
        a.start();
        await().atMost(WAIT).until(() -> state(a) == InstanceState.MASTER && state(b) == InstanceState.BACKUP);

        for (int i = 0; i < 5; i++) {
            Thread.sleep(150);
            // a counts an advert as sent just before it hands it to b's loop
            int sentByA = a.sent.size();
            assertThat(vi1(b).counters().advertsReceived())
                    .as("adverts only change counters, yet a reader sees them all").isGreaterThanOrEqualTo(sentByA - 1);
        }
    }

    @Test
    void linkLossMovesTheMasterToFaultAndBack() {
        FakeRouter a = router("a", "10.9.9.1", 150, "");
        FakeRouter b = router("b", "10.9.9.2", 100, "");
        a.start();
        b.start();
        await().atMost(WAIT).until(() -> state(a) == InstanceState.MASTER && state(b) == InstanceState.BACKUP);

        a.link(false);
        await().atMost(WAIT).until(() -> state(a) == InstanceState.FAULT && state(b) == InstanceState.MASTER);
        assertThat(a.vips).isEmpty();

        a.link(true);
        await().atMost(WAIT).until(() -> state(a) == InstanceState.MASTER && state(b) == InstanceState.BACKUP);
        assertThat(b.vips).isEmpty();
    }

    @Test
    void aCommandLoweringTheMastersPriorityHandsOverAndBadCommandsAreRefused() throws Exception {
        FakeRouter a = router("a", "10.9.9.1", 150, "");
        FakeRouter b = router("b", "10.9.9.2", 100, "");
        a.start();
        b.start();
        await().atMost(WAIT).until(() -> state(a) == InstanceState.MASTER);

        CommandOutcome lowered = a.engine.submit(new VrrpCommand.SetBasePriority("VI_1", 50)).get();
        assertThat(lowered.applied()).isTrue();
        assertThat(lowered.message()).contains("150").contains("50");
        await().atMost(WAIT).until(() -> state(b) == InstanceState.MASTER && state(a) == InstanceState.BACKUP);
        assertThat(vi1(a).basePriority()).isEqualTo(50);
        assertThat(vi1(b).newMasterReason()).as("preempted a lower-priority master").isEqualTo(2);

        assertThat(a.engine.submit(new VrrpCommand.SetBasePriority("VI_9", 50)).get().applied()).isFalse();
        assertThat(a.engine.submit(new VrrpCommand.SetBasePriority("VI_1", 0)).get().message())
                .contains("between 1 and 255");
        assertThat(a.engine.submit(new VrrpCommand.SetPreempt("VI_1", false)).get().applied()).isTrue();
        await().atMost(WAIT).until(() -> !vi1(a).preempt());
    }

    @Test
    void aMasterGivesItsVipsALifetimeJustLongerThanTheBackupsWait() {
        FakeRouter a = router("a", "10.9.9.1", 150, "");
        a.start();
        await().atMost(WAIT).until(() -> state(a) == InstanceState.MASTER);
        // v3 at 0.1 s, priority 150: master-down 0.3 + 0.0414 s, plus one advert -> 1 s in whole seconds
        assertThat(a.lifetimes).containsEntry("10.9.9.100/24", 1L);
    }

    @Test
    void mastersRefreshTheirVipLifetimesTogether() throws InterruptedException {
        FakeRouter a = new FakeRouter("a", "10.9.9.1", """
                global_defs {
                    vrrp_version 3
                }
                vrrp_instance VI_1 {
                    interface eth0
                    virtual_router_id 51
                    priority 150
                    advert_int 0.1
                    virtual_ipaddress {
                        10.9.9.100/24
                    }
                }
                vrrp_instance VI_2 {
                    interface eth0
                    virtual_router_id 52
                    priority 150
                    advert_int 0.1
                    virtual_ipaddress {
                        10.9.9.101/24
                    }
                }
                """, lan);
        routers.add(a);
        a.start();
        await().atMost(WAIT).until(() -> a.vips.size() == 2);
        int installs = a.puts.size();

        // a refresh is due 0.56 s after the last (1 s lifetime, 0.44 s needed): a few in 2 s
        Thread.sleep(2000);

        List<List<String>> refreshes = List.copyOf(a.puts.subList(installs, a.puts.size()));
        assertThat(refreshes).isNotEmpty();
        assertThat(refreshes).as("each refresh carries both masters' VIPs").allSatisfy(
                put -> assertThat(put).containsExactlyInAnyOrder("10.9.9.100/24", "10.9.9.101/24"));
    }

    @Test
    void vipLifetimeOffKeepsKeepalivedsForeverAddresses() {
        FakeRouter a = router("a", "10.9.9.1", 150, "    vip_lifetime off\n");
        a.start();
        await().atMost(WAIT).until(() -> state(a) == InstanceState.MASTER);
        assertThat(a.lifetimes).containsEntry("10.9.9.100/24", 0L);
    }

    @Test
    void v3ChecksumAsV2SendsTheRfc9568FormAndBothFormsAreUnderstood() {
        FakeRouter rfc9568 = router("a", "10.9.9.1", 150, "    v3_checksum_as_v2\n");
        FakeRouter classic = router("b", "10.9.9.2", 100, "");
        rfc9568.start();
        classic.start();
        await().atMost(WAIT).until(() -> state(rfc9568) == InstanceState.MASTER && state(classic) == InstanceState.BACKUP
                && !rfc9568.sent.isEmpty());

        ReceiveExpectation e = ReceiveExpectation.multicast(3, 51, IpAddress.Family.INET, 10,
                List.of(IpAddress.parse("10.9.9.100").orElseThrow()));
        ReceiveVerdict v = ReceiveCheck.check(ReceivedAdvertisement.ipv4(rfc9568.sent.get(0)), e);
        assertThat(v).isInstanceOfSatisfying(ReceiveVerdict.Accepted.class,
                a -> assertThat(a.checksum()).isEqualTo(ReceiveVerdict.ChecksumForm.V3_MESSAGE_ONLY));
        assertThat(vi1(classic).counters().advertsReceived()).as("the classic router accepts them").isPositive();
    }
}
