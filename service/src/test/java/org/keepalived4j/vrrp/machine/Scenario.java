package org.keepalived4j.vrrp.machine;

import java.util.List;
import java.util.function.BiFunction;
import org.keepalived4j.config.IpAddress;

/**
 * One parsed conformance scenario (see src/test/resources/vrrp/scenarios/README.md): the instance,
 * the timed steps in file order, and the action stream it must produce.
 */
record Scenario(String file, MachineParams params, IpAddress primary, List<Step> steps,
        List<Expectation> expectations, long horizonNanos) {

    Scenario {
        steps = List.copyOf(steps);
        expectations = List.copyOf(expectations);
    }

    /** Something that happens at a virtual time (relative to the scenario's start), in file order. */
    sealed interface Step {
        long atNanos();

        int line();
    }

    /** An input to the machine. */
    record Input(long atNanos, int line, String text, BiFunction<InstanceMachine, Long, List<Action>> apply)
            implements Step {
    }

    /** An assertion on {@link InstanceMachine#view()} at that time. */
    record Check(long atNanos, int line, String key, String expected) implements Step {
    }

    /** Only moves the clock (firing timers): "nothing else happens until T". */
    record Until(long atNanos, int line) implements Step {
    }

    /** One action expected at an exact virtual time. */
    record Expectation(long atNanos, int line, Action action) {
    }

    /** An action the machine produced, at its virtual time. */
    record Occurrence(long atNanos, Action action) {
    }
}
