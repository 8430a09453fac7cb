package org.keepalived4j.model;

import java.util.Objects;

/**
 * A change to the running VRRP instances, submitted by a management surface. The VRRP loop
 * validates and applies it, with the effect keepalived's SNMP SET of the same object has.
 */
public sealed interface VrrpCommand {

    /** The {@code vrrp_instance} the command is for. */
    String instance();

    /**
     * Sets the base priority (KEEPALIVED-MIB {@code vrrpInstanceBasePriority}): the effective
     * priority follows, adverts carry it at once, and an election may follow.
     */
    record SetBasePriority(String instance, int priority) implements VrrpCommand {
        public SetBasePriority {
            Objects.requireNonNull(instance, "instance");
        }
    }

    /** Turns preemption on or off (KEEPALIVED-MIB {@code vrrpInstancePreempt}, {@code nopreempt}). */
    record SetPreempt(String instance, boolean preempt) implements VrrpCommand {
        public SetPreempt {
            Objects.requireNonNull(instance, "instance");
        }
    }
}
