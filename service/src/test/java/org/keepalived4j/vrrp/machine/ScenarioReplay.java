package org.keepalived4j.vrrp.machine;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Replays a {@link Scenario} on a virtual clock: before each step it fires every timer due at or
 * before the step's time (at the timer's own deadline, as the event loop would), then applies the
 * step; at the end it runs the clock to the scenario's horizon. The actual action stream must equal
 * the expected one exactly, so anything not expected — up to the last time the file names — fails.
 */
final class ScenarioReplay {

    /** Virtual time 0; far from 0 so that nothing can depend on the clock's origin. */
    static final long EPOCH = 1_000_000_000_000L;

    static final Set<String> CHECK_KEYS = Set.of("state", "base_priority", "effective_priority", "preempt", "master",
            "master_priority", "master_adver_int_cs", "skew", "master_down_interval", "master_down_deadline",
            "advert_deadline", "next_deadline", "new_master_reason", "become_master", "release_master",
            "adverts_sent", "adverts_received", "prio0_sent", "prio0_received");

    private final Scenario scenario;
    private final InstanceMachine machine;
    private final List<Scenario.Occurrence> actual = new ArrayList<>();
    private final List<String> failedChecks = new ArrayList<>();

    private ScenarioReplay(Scenario scenario) {
        this.scenario = scenario;
        this.machine = new InstanceMachine(scenario.params());
    }

    /** Replays and throws an AssertionError naming file:line on the first difference. */
    static void verify(Scenario scenario) {
        new ScenarioReplay(scenario).run();
    }

    private void run() {
        for (Scenario.Step step : scenario.steps()) {
            advanceTo(step.atNanos());
            if (step instanceof Scenario.Input input) {
                record(step.atNanos(), input.apply().apply(machine, EPOCH + step.atNanos()));
                if (machine.nextDeadline() < EPOCH + step.atNanos()) {
                    fail(step.line(), "after '" + input.text() + "' the next deadline "
                            + ScenarioNotation.formatTime(machine.nextDeadline() - EPOCH) + " is in the past");
                }
            } else if (step instanceof Scenario.Check check) {
                check(check);
            }
        }
        advanceTo(scenario.horizonNanos());
        compare();
        if (!failedChecks.isEmpty()) {
            throw new AssertionError(String.join("\n", failedChecks) + "\n" + stream());
        }
    }

    private void advanceTo(long t) {
        for (int guard = 0; guard < 100_000; guard++) {
            long deadline = machine.nextDeadline();
            if (deadline > EPOCH + t) {
                return;
            }
            record(deadline - EPOCH, machine.timersDue(deadline));
            if (machine.nextDeadline() <= deadline) {
                fail(0, "timersDue(" + ScenarioNotation.formatTime(deadline - EPOCH) + ") left a deadline at or before it");
            }
        }
        fail(0, "more than 100000 timer firings before " + ScenarioNotation.formatTime(t));
    }

    private void record(long at, List<Action> actions) {
        actions.forEach(a -> actual.add(new Scenario.Occurrence(at, a)));
    }

    private void check(Scenario.Check check) {
        MachineView v = machine.view();
        Function<Long, String> deadline = d -> d == Long.MAX_VALUE ? "none" : ScenarioNotation.formatTime(d - EPOCH);
        String value = switch (check.key()) {
            case "state" -> v.state().name();
            case "base_priority" -> String.valueOf(v.basePriority());
            case "effective_priority" -> String.valueOf(v.effectivePriority());
            case "preempt" -> v.preempt() ? "on" : "off";
            case "master" -> v.master().map(Object::toString).orElse("none");
            case "master_priority" -> String.valueOf(v.masterPriority());
            case "master_adver_int_cs" -> String.valueOf(v.masterAdverIntervalCentis());
            case "skew" -> ScenarioNotation.formatTime(v.skewNanos());
            case "master_down_interval" -> ScenarioNotation.formatTime(v.masterDownIntervalNanos());
            case "master_down_deadline" -> deadline.apply(v.masterDownDeadline());
            case "advert_deadline" -> deadline.apply(v.advertDeadline());
            case "next_deadline" -> deadline.apply(v.nextDeadline());
            case "new_master_reason" -> v.newMasterReason().name();
            case "become_master" -> String.valueOf(v.counters().becomeMaster());
            case "release_master" -> String.valueOf(v.counters().releaseMaster());
            case "adverts_sent" -> String.valueOf(v.counters().advertsSent());
            case "adverts_received" -> String.valueOf(v.counters().advertsReceived());
            case "prio0_sent" -> String.valueOf(v.counters().priorityZeroSent());
            case "prio0_received" -> String.valueOf(v.counters().priorityZeroReceived());
            default -> throw new IllegalStateException("check key " + check.key());
        };
        String expected = check.expected();
        boolean equal = value.equals(expected);
        if (!equal && (check.key().equals("skew") || check.key().endsWith("interval") || check.key().endsWith("deadline"))
                && !expected.equals("none")) {
            // times may be written in any unit: compare them as times
            equal = !value.equals("none") && ScenarioNotation.parseTime(value) == ScenarioNotation.parseTime(expected);
        }
        if (!equal) {
            failedChecks.add(scenario.file() + ":" + check.line() + ": at " + ScenarioNotation.formatTime(check.atNanos())
                    + " " + check.key() + " is " + value + ", expected " + expected);
        }
    }

    private void compare() {
        List<Scenario.Expectation> expected = scenario.expectations();
        int n = Math.min(expected.size(), actual.size());
        for (int i = 0; i < n; i++) {
            Scenario.Expectation e = expected.get(i);
            Scenario.Occurrence a = actual.get(i);
            if (e.atNanos() != a.atNanos() || !e.action().equals(a.action())) {
                fail(e.line(), "expected '" + ScenarioNotation.formatTime(e.atNanos()) + " "
                        + ScenarioNotation.describe(e.action()) + "' but got '" + ScenarioNotation.formatTime(a.atNanos())
                        + " " + ScenarioNotation.describe(a.action()) + "'");
            }
        }
        if (expected.size() > n) {
            Scenario.Expectation e = expected.get(n);
            fail(e.line(), "expected '" + ScenarioNotation.formatTime(e.atNanos()) + " "
                    + ScenarioNotation.describe(e.action()) + "' but nothing more happened");
        }
        if (actual.size() > n) {
            Scenario.Occurrence a = actual.get(n);
            int after = expected.isEmpty() ? 0 : expected.get(n - 1).line();
            fail(after, "unexpected '" + ScenarioNotation.formatTime(a.atNanos()) + " "
                    + ScenarioNotation.describe(a.action()) + "' after the last expectation");
        }
    }

    private void fail(int line, String message) {
        throw new AssertionError(scenario.file() + ":" + line + ": " + message + "\n" + stream());
    }

    /** The actual stream in scenario syntax, to compare by eye or paste. */
    private String stream() {
        StringBuilder sb = new StringBuilder("actual actions:\n");
        for (Scenario.Occurrence o : actual) {
            sb.append("  expect ").append(ScenarioNotation.formatTime(o.atNanos())).append(' ')
                    .append(ScenarioNotation.describe(o.action())).append('\n');
        }
        return sb.toString();
    }
}
