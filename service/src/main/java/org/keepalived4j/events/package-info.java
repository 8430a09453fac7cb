/**
 * Immutable events of the running daemon and the bus that hands them to subscribers. Each
 * subscriber has its own queue and thread, so a slow one (a mail server, a dead snmpd) can never
 * delay the event loop that publishes, nor the other subscribers.
 */
package org.keepalived4j.events;
