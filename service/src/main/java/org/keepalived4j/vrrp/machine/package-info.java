/**
 * The pure VRRP state machine of one instance: {@link org.keepalived4j.vrrp.machine.InstanceMachine}
 * takes inputs with a caller-supplied monotonic time and returns {@link org.keepalived4j.vrrp.machine.Action}s.
 *
 * <p>keepalived 2.2.7 is followed where it differs from the RFCs, notably: timers in integer
 * microseconds as vrrp.h computes them; a master answers a lower-priority advert at once (unless
 * lower_prio_no_advert) and re-arms its advert timer after every advert it handles; both sides at
 * priority 255 make the local one drop to 254 and yield; a master going to FAULT sends priority 0
 * twice; the owner configured MASTER takes over after 1 µs, every other instance (also after FAULT)
 * waits Master_Down_Interval; a priority change shifts a running down timer by the change of its
 * length; the RFC 6527 new-master reason is the one of the last transition to MASTER.
 *
 * <p>Deliberate differences from keepalived: the owner's 1 µs start is modelled as INIT -> MASTER
 * (keepalived is BACKUP for that microsecond but sends no BACKUP notification); a new master resets
 * Master_Adver_Interval to its own interval (keepalived only does so when run with -D); a master that
 * yields records the sender as master (keepalived leaves master_saddr unchanged there).
 * Conformance scenarios: src/test/resources/vrrp/scenarios.
 */
package org.keepalived4j.vrrp.machine;
