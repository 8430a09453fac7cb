package org.keepalived4j.vrrp.machine;

/**
 * The states of one VRRP instance. INIT, BACKUP and MASTER are the RFC's (Initialize, Backup,
 * Master/Active); FAULT is keepalived's (interface or tracker failure, nothing is sent or
 * received); STOP is where an instance ends on shutdown (keepalived notifies it as "STOP").
 */
public enum VrrpState { INIT, BACKUP, MASTER, FAULT, STOP }
