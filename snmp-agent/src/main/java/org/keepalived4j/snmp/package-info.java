/**
 * SNMP management plugin (AgentX subagent). Empty until the live model exists: it will serve
 * KEEPALIVED-MIB, VRRP-MIB and VRRPV3-MIB through snmpd, found by the service through
 * {@code ServiceLoader} as a {@code ManagementPlugin}.
 */
package org.keepalived4j.snmp;
