package org.keepalived4j.config.net;

/** Placeholder record; its owner fills in the fields. */
public record AddressEntry() {
}
