package org.keepalived4j.config.vrrp;

/** The vrrp part of the configuration model. */
public record VrrpConfig() {
}
