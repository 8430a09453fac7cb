package org.keepalived4j.testing;

import java.nio.file.Path;

/**
 * A JVM that builds a LAN, starts a process in it and then waits to be killed, never closing the LAN: what
 * {@code AbandonedLanIT} kills to see the shutdown hook and the leftover sweep at work.
 * Prints "READY &lt;namespace prefix&gt; &lt;pid of the process&gt;".
 */
public final class AbandonedLan {

    private AbandonedLan() {
    }

    public static void main(String[] args) throws InterruptedException {
        NetnsLan lan = NetnsLan.builder().hosts(1).workRoot(Path.of(args[0])).build();
        HostProcess sleeper = lan.host(1).start("sleeper", "sleep", "600");
        System.out.println("READY " + lan.id().prefix() + " " + sleeper.pid());
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
