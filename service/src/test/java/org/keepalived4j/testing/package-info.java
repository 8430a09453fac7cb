/**
 * Privileged test support: LANs of network namespaces with real daemons in them.
 *
 * <p>A privileged test is an *IT class (failsafe, {@code mvn verify}) marked {@link Privileged}; it runs as
 * root and is skipped with the reason elsewhere. {@link NetnsLanExtension} gives each test a fresh
 * {@link NetnsLan} (hub namespace with bridge br0, hosts h1..hN with eth0 on it, addresses from
 * {@link AddressPlan}) and removes every namespace and process after the test, whatever happened:
 *
 * <pre>{@code
 * @Privileged
 * class FailoverIT {
 *     @RegisterExtension
 *     final NetnsLanExtension lan = NetnsLanExtension.withHosts(2);
 *
 *     @Test
 *     void backupTakesOver() {
 *         Path conf = lan.lan().writeFile("h1.conf", "vrrp_instance VI_1 { ... }");
 *         HostProcess master = lan.host(1).startKeepalived(conf);
 *         master.awaitLine("Entering MASTER STATE", Duration.ofSeconds(10));
 *         assertThat(lan.host(1).hasAddress(AddressPlan.virtualIpv4(1))).isTrue();
 *         lan.host(1).unplug();                       // carrier loss on eth0
 *         master.signal(Signal.USR1);                 // by pid
 *         assertThat(master.stop()).isZero();         // TERM, KILL after 5 s
 *     }
 * }
 * }</pre>
 *
 * <p>Outside a JUnit test, {@code try (NetnsLan lan = NetnsLan.withHosts(2)) { ... }} does the same.
 */
package org.keepalived4j.testing;
