package org.keepalived4j.model;

/** Reads the VRRP model without ever waiting for the VRRP loop. */
@FunctionalInterface
public interface VrrpView {

    /** The latest published state of every instance; cheap enough to call per SNMP request. */
    VrrpSnapshot snapshot();
}
