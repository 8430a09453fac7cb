package org.keepalived4j.config.global;

/** The global part of the configuration model. */
public record GlobalConfig() {
}
