package org.keepalived4j.vrrp.machine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;
import org.keepalived4j.config.IpAddress;
import org.keepalived4j.testing.PropertyCheck;
import org.keepalived4j.vrrp.packet.Advertisement;
import org.keepalived4j.vrrp.packet.V2Auth;

/**
 * Random event sequences, driven as the event loop drives the machine (due timers first, time
 * never goes back): the machine never throws, its state changes chain, it sends adverts only as a
 * master (a priority-0 one only when leaving MASTER), the addresses are installed exactly while it
 * is MASTER, and its next deadline is never in the past.
 */
class InstanceMachinePropertyTest {

    private static final long T0 = 3_000_000_000_000L;
    private static final List<IpAddress> SOURCES = List.of(ip("192.0.2.1"), ip("192.0.2.9"), ip("192.0.2.200"),
            ip("192.0.2.0"));

    private record Event(long delayNanos, String text, BiFunction<InstanceMachine, Long, List<Action>> apply) {
        @Override
        public String toString() {
            return "+" + delayNanos + "ns " + text;
        }
    }

    private record Case(MachineParams params, boolean startUp, List<Event> events) {
    }

    @Test
    void randomEventSequencesKeepTheInvariants() {
        PropertyCheck.forAll("vrrp machine invariants", 400, InstanceMachinePropertyTest::randomCase,
                InstanceMachinePropertyTest::replay);
    }

    private static Case randomCase(Random r) {
        int version = r.nextBoolean() ? 2 : 3;
        int priority = r.nextInt(4) == 0 ? 255 : 1 + r.nextInt(254);
        int interval = version == 2 ? 100 * (1 + r.nextInt(3)) : 1 + r.nextInt(300);
        AnnounceTiming announce = new AnnounceTiming(r.nextInt(3) * 500_000_000L, r.nextInt(4),
                r.nextInt(3) * 700_000_000L, r.nextInt(3), r.nextInt(3) * 300_000_000L, r.nextInt(3),
                r.nextInt(3) * 10_000_000L);
        MachineParams params = new MachineParams("VI_P", version, 7, priority, interval, r.nextBoolean(),
                r.nextBoolean(), r.nextInt(3) * 2_000_000_000L, 1 + r.nextInt(4), r.nextBoolean(), r.nextBoolean(),
                announce);
        List<Event> events = new ArrayList<>();
        int n = 5 + r.nextInt(60);
        for (int i = 0; i < n; i++) {
            long delay = switch (r.nextInt(4)) {
                case 0 -> 0;
                case 1 -> r.nextInt(1_000_000);
                default -> (long) r.nextInt(5_000) * 1_000_000L;
            };
            events.add(randomEvent(r, version, delay));
        }
        return new Case(params, r.nextInt(5) != 0, events);
    }

    private static Event randomEvent(Random r, int version, long delay) {
        switch (r.nextInt(12)) {
            case 0, 1, 2, 3, 4 -> {
                int prio = switch (r.nextInt(4)) {
                    case 0 -> 0;
                    case 1 -> 255;
                    default -> r.nextInt(256);
                };
                int interval = version == 2 ? 100 : 1 + r.nextInt(4095);
                IpAddress source = SOURCES.get(r.nextInt(SOURCES.size()));
                Advertisement a = new Advertisement(version, 7, prio, interval, List.of(), V2Auth.NONE);
                return new Event(delay, "advert " + prio + "/" + interval + " from " + source,
                        (m, now) -> m.advertReceived(now, a, source));
            }
            case 5 -> {
                boolean up = r.nextBoolean();
                return new Event(delay, "interface " + up, (m, now) -> m.interfaceChanged(now, up));
            }
            case 6 -> {
                int p = 1 + r.nextInt(255);
                return new Event(delay, "base " + p, (m, now) -> m.setBasePriority(now, p));
            }
            case 7 -> {
                int d = r.nextInt(600) - 300;
                return new Event(delay, "adjust " + d, (m, now) -> m.setPriorityAdjustment(now, d));
            }
            case 8 -> {
                boolean on = r.nextBoolean();
                return new Event(delay, "preempt " + on, (m, now) -> m.setPreempt(now, on));
            }
            case 9 -> {
                IpAddress p = SOURCES.get(r.nextInt(SOURCES.size()));
                return new Event(delay, "primary " + p, (m, now) -> m.primaryAddressChanged(now, p));
            }
            case 10 -> {
                return r.nextInt(8) == 0 ? new Event(delay, "stop", (m, now) -> m.stop(now))
                        : new Event(delay, "timers", (m, now) -> m.timersDue(now));
            }
            default -> {
                return new Event(delay, "timers", (m, now) -> m.timersDue(now));
            }
        }
    }

    private static void replay(Case c) {
        InstanceMachine m = new InstanceMachine(c.params());
        Tracker tracker = new Tracker();
        long now = T0;
        tracker.check(m, now, m.start(now, c.startUp(), SOURCES.get(0)));
        for (Event e : c.events()) {
            now += e.delayNanos();
            // the event loop runs due timers, each at its deadline, before anything else
            while (m.nextDeadline() <= now) {
                long deadline = m.nextDeadline();
                tracker.check(m, deadline, m.timersDue(deadline));
            }
            tracker.check(m, now, e.apply().apply(m, now));
        }
    }

    /** Follows the action stream and checks it against itself and against view(). */
    private static final class Tracker {
        private VrrpState state = VrrpState.INIT;
        private boolean addressesInstalled;

        void check(InstanceMachine m, long now, List<Action> actions) {
            if (state == VrrpState.STOP) {
                assertThat(actions).as("actions after STOP").isEmpty();
            }
            for (int i = 0; i < actions.size(); i++) {
                Action a = actions.get(i);
                if (a instanceof Action.StateChanged s) {
                    assertThat(s.from()).as("from of " + s).isEqualTo(state);
                    assertThat(s.to()).as("to of " + s).isNotEqualTo(s.from());
                    state = s.to();
                } else if (a instanceof Action.SendAdvert s) {
                    if (s.priority() == 0) {
                        assertThat(state).as("priority-0 advert only when leaving MASTER").isEqualTo(VrrpState.MASTER);
                        assertThat(leavesMaster(actions, i)).as("priority-0 advert followed by leaving MASTER").isTrue();
                    } else {
                        assertThat(state == VrrpState.MASTER || becomesMaster(actions, i))
                                .as("advert with priority " + s.priority() + " in " + state).isTrue();
                    }
                } else if (a instanceof Action.AddAddresses) {
                    assertThat(addressesInstalled).as("addresses added twice").isFalse();
                    addressesInstalled = true;
                } else if (a instanceof Action.RemoveAddresses) {
                    assertThat(addressesInstalled).as("addresses removed while not installed").isTrue();
                    addressesInstalled = false;
                }
            }
            assertThat(addressesInstalled).as("addresses installed exactly while MASTER")
                    .isEqualTo(state == VrrpState.MASTER);
            assertThat(m.view().state()).isEqualTo(state);
            assertThat(m.nextDeadline()).as("next deadline").isGreaterThanOrEqualTo(now);
            int effective = m.view().effectivePriority();
            assertThat(effective).isBetween(1, 255);
        }

        private static boolean becomesMaster(List<Action> actions, int from) {
            return actions.subList(from, actions.size()).stream()
                    .anyMatch(a -> a instanceof Action.StateChanged s && s.to() == VrrpState.MASTER);
        }

        private static boolean leavesMaster(List<Action> actions, int from) {
            return actions.subList(from, actions.size()).stream()
                    .anyMatch(a -> a instanceof Action.StateChanged s && s.from() == VrrpState.MASTER);
        }
    }

    private static IpAddress ip(String s) {
        return IpAddress.parse(s).orElseThrow();
    }
}
