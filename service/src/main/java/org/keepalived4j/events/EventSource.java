package org.keepalived4j.events;

import java.util.function.Consumer;

/** The subscribing half of the {@link EventBus}: what management plugins get. */
public interface EventSource {

    /** Delivers every later event to {@code consumer}, in order, on a thread of its own. */
    EventBus.Subscription subscribe(String name, Consumer<? super DaemonEvent> consumer);
}
