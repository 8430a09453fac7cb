package org.keepalived4j.dist;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.keepalived4j.testing.Keepalived4jHome;
import org.keepalived4j.testing.Privileged;

/**
 * README's first command ends in {@code bin/keepalived4j-demo}: it must show a master, a takeover
 * after SIGKILL, the client reaching the VIP again and the dead router's VIP expiring, and leave no
 * namespace behind.
 */
@Privileged
class DemoIT {

    @Test
    void theDemoShowsAFailoverAndCleansUp() throws Exception {
        Path demo = Keepalived4jHome.current().resolve("bin/keepalived4j-demo");
        Process p = new ProcessBuilder(demo.toString()).redirectErrorStream(true).start();
        assertThat(p.waitFor(180, TimeUnit.SECONDS)).as("the demo ends").isTrue();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(p.exitValue()).as(out).isZero();
        assertThat(out).contains("r1 is MASTER and holds 10.99.0.100")
                .containsPattern("r2 took over 10.99.0.100 [0-9]+ ms after the kill")
                .contains("3 packets transmitted, 3 received")
                .containsPattern("r1's stale VIP is gone [0-9]+ ms after the kill");
        assertThat(namespaces()).doesNotContain("k4jdemo-");
    }

    private static String namespaces() throws IOException, InterruptedException {
        Process p = new ProcessBuilder("ip", "netns", "list").redirectErrorStream(true).start();
        p.waitFor(10, TimeUnit.SECONDS);
        return new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }
}
