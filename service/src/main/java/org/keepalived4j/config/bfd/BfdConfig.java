package org.keepalived4j.config.bfd;

/** The bfd part of the configuration model. */
public record BfdConfig() {
}
