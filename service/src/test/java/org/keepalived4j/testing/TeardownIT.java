package org.keepalived4j.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;

/** Tests that go wrong must not leave namespaces or processes behind. */
@Privileged
class TeardownIT {

    @Test
    void failingAndTimedOutTestsStillTearDown() {
        EngineExecutionResults results = EngineTestKit.engine("junit-jupiter")
                .selectors(selectClass(GoingWrong.class))
                .execute();

        results.testEvents().assertStatistics(stats -> stats.started(2).failed(2).succeeded(0));
        List<Throwable> failures = results.testEvents().failed().stream()
                .map(Event::getPayload)
                .map(payload -> payload.flatMap(p -> ((TestExecutionResult) p).getThrowable()).orElseThrow())
                .toList();
        assertThat(failures).anySatisfy(failure -> assertThat(failure)
                .as("the failing body saw its namespaces")
                .hasMessageContaining(LanId.ownerPrefix(ProcessHandle.current().pid())));
        assertThat(failures).anySatisfy(failure -> assertThat(failure).isInstanceOf(TimeoutException.class));

        assertThat(Netns.list()).noneMatch(name -> name.startsWith(LanId.ownerPrefix(ProcessHandle.current().pid())));
        assertThat(ProcessHandle.current().children()).noneMatch(HostProcess::running);
    }

    /** Run only through the test kit above (failsafe skips nested classes). */
    static class GoingWrong {

        @RegisterExtension
        final NetnsLanExtension lan = NetnsLanExtension.withHosts(2);

        @Test
        void assertionFails() {
            lan.host(1).start("sleeper", "sleep", "600");
            lan.host(2).start("parent", "sh", "-c", "sleep 600 & exec sleep 600");

            assertThat(lan.lan().namespaces()).as("namespaces that must vanish").isEmpty();
        }

        @Test
        @Timeout(value = 500, unit = TimeUnit.MILLISECONDS)
        void isInterruptedByATimeout() {
            HostProcess sleeper = lan.host(1).start("sleeper", "sleep", "600");

            sleeper.awaitLine("never printed", Duration.ofMinutes(5));
        }
    }
}
