/**
 * The VRRP engine: one event-loop thread owns every instance ({@link org.keepalived4j.vrrp.VrrpLoop}),
 * pure parts decide ({@code machine} for the RFC 3768/5798 state machine, {@code packet} for the
 * wire format and receive checks) and thin ports act ({@link org.keepalived4j.vrrp.EnginePorts}:
 * raw sockets, rtnetlink addresses, gratuitous ARP/NA), so that the whole engine also runs
 * against fakes, without root.
 */
package org.keepalived4j.vrrp;
