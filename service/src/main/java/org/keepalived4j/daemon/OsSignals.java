package org.keepalived4j.daemon;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import sun.misc.Signal;

/**
 * The process's own signals, through {@code sun.misc.Signal} (module jdk.unsupported, available on
 * every JDK 17). Installing a handler replaces the JVM's default for that signal, which for TERM,
 * INT and HUP is "run the shutdown hooks and exit" and for USR1 is "terminate": both wrong for a
 * keepalived drop-in, where HUP reloads and USR1 asks for a dump.
 */
public final class OsSignals implements SignalSource {

    private static final Map<String, DaemonSignal> HANDLED = Map.of(
            "TERM", DaemonSignal.STOP,
            "INT", DaemonSignal.STOP,
            "HUP", DaemonSignal.RELOAD,
            "USR1", DaemonSignal.DATA,
            "USR2", DaemonSignal.STATS);

    private final List<String> refused = new ArrayList<>();

    @Override
    public void install(Consumer<DaemonSignal> handler) {
        for (String name : List.of("TERM", "INT", "HUP", "USR1", "USR2")) {
            DaemonSignal meaning = HANDLED.get(name);
            try {
                Signal.handle(new Signal(name), s -> handler.accept(meaning));
            } catch (IllegalArgumentException e) {
                // the JVM keeps some signals for itself (e.g. with -Xrs, or USR2 on some builds)
                refused.add("SIG" + name + " (" + e.getMessage() + ")");
            }
        }
        rehearseDelivery();
    }

    /**
     * The JDK runs every signal's handler on a thread it creates for it, and the first time that runs
     * in the interpreter, with classes to load: about a millisecond more before a SIGTERM reaches the VRRP
     * loop and the priority-0 adverts leave. So one signal that a daemon ignores anyway (WINCH, a
     * terminal's resize) is raised at start and waited for, which takes that first time.
     */
    private static void rehearseDelivery() {
        CountDownLatch delivered = new CountDownLatch(1);
        try {
            Signal winch = new Signal("WINCH");
            Signal.handle(winch, s -> delivered.countDown());
            Signal.raise(winch);
            delivered.await(1, TimeUnit.SECONDS);
        } catch (IllegalArgumentException e) {
            // a JVM that keeps WINCH for itself: the first stop is just a little slower
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The signals the JVM would not let us handle, for the start-up log. */
    public List<String> refused() {
        return List.copyOf(refused);
    }
}
