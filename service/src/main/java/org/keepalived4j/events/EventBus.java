package org.keepalived4j.events;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * Hands every published event to every subscriber, each on its own thread in publication order.
 * {@link #publish} never blocks: a subscriber whose queue is full loses the event, which is counted
 * and logged, rather than stalling the event loop (a failover matters more than a notification).
 */
public final class EventBus implements EventSource, AutoCloseable {

    private static final Logger LOG = LogManager.getLogger("keepalived4j.events");

    /** Room for a burst of thousands of transitions (a reload of hundreds of instances). */
    public static final int DEFAULT_QUEUE_CAPACITY = 16_384;

    private final int capacity;
    private final List<Subscription> subscriptions = new CopyOnWriteArrayList<>();

    public EventBus() {
        this(DEFAULT_QUEUE_CAPACITY);
    }

    public EventBus(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity " + capacity);
        }
        this.capacity = capacity;
    }

    /**
     * Starts delivering later events to {@code consumer} on a thread of its own named after
     * {@code name}. An exception thrown by the consumer is logged and the next event delivered.
     */
    @Override
    public Subscription subscribe(String name, Consumer<? super DaemonEvent> consumer) {
        Subscription s = new Subscription(name, consumer, new ArrayBlockingQueue<>(capacity));
        subscriptions.add(s);
        s.thread.start();
        return s;
    }

    /** Queues the event for every subscriber and returns at once. */
    public void publish(DaemonEvent event) {
        Objects.requireNonNull(event, "event");
        for (Subscription s : subscriptions) {
            s.offer(event);
        }
    }

    /** Stops every subscriber after it has delivered what is already queued (waits a little). */
    @Override
    public void close() {
        for (Subscription s : subscriptions) {
            s.close();
        }
        subscriptions.clear();
    }

    /** One subscriber's queue and thread. */
    public final class Subscription implements AutoCloseable {
        private final String name;
        private final BlockingQueue<DaemonEvent> queue;
        private final Thread thread;
        private final AtomicLong dropped = new AtomicLong();
        private volatile boolean closing;

        private Subscription(String name, Consumer<? super DaemonEvent> consumer, BlockingQueue<DaemonEvent> queue) {
            this.name = Objects.requireNonNull(name, "name");
            this.queue = queue;
            this.thread = new Thread(() -> deliver(consumer), "events-" + name);
            this.thread.setDaemon(true);
        }

        private void offer(DaemonEvent event) {
            if (!queue.offer(event) && dropped.incrementAndGet() % 1000 == 1) {
                LOG.warn("Event subscriber {} is not keeping up: {} event(s) dropped", name, dropped.get());
            }
        }

        private void deliver(Consumer<? super DaemonEvent> consumer) {
            while (!closing || !queue.isEmpty()) {
                DaemonEvent e;
                try {
                    e = queue.poll(200, TimeUnit.MILLISECONDS);
                } catch (InterruptedException ie) {
                    return;
                }
                if (e == null) {
                    continue;
                }
                try {
                    consumer.accept(e);
                } catch (RuntimeException ex) {
                    LOG.warn("Event subscriber {} failed on {}: {}", name, e, ex.toString());
                }
            }
        }

        /** Events this subscriber lost because its queue was full. */
        public long dropped() {
            return dropped.get();
        }

        @Override
        public void close() {
            closing = true;
            subscriptions.remove(this);
            try {
                thread.join(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            thread.interrupt();
        }
    }
}
