package org.keepalived4j.daemon;

import java.util.function.Consumer;

/** Delivers the signals the daemon acts on. The real one is {@link OsSignals}; tests script their own. */
public interface SignalSource {

    /**
     * Starts delivering signals to the handler. The handler only queues, so it may be called from
     * any thread, including the JVM's signal dispatcher.
     */
    void install(Consumer<DaemonSignal> handler);
}
