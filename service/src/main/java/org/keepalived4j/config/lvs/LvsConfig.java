package org.keepalived4j.config.lvs;

/** The lvs part of the configuration model. */
public record LvsConfig() {
}
