package org.keepalived4j.model;

import java.util.concurrent.CompletableFuture;

/** Submits commands to the VRRP loop; the future completes once the loop has handled it. */
@FunctionalInterface
public interface VrrpControl {

    CompletableFuture<CommandOutcome> submit(VrrpCommand command);
}
