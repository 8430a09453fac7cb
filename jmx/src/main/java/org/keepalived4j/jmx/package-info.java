/**
 * JMX management plugin. Empty until the live model (issue 3) exists: it will register MXBeans for
 * every VRRP instance, sync group, virtual and real server, found by the service through
 * {@code ServiceLoader} as a {@code ManagementPlugin}.
 */
package org.keepalived4j.jmx;
