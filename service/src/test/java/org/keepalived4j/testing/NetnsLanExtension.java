package org.keepalived4j.testing;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives each test a fresh {@link NetnsLan} and tears it down after the test whatever happened to it
 * (failure, timeout, interrupt). Registered on an instance field, the LAN lives for one test; on a static
 * field, for the whole class. When a test fails, the LAN's work directory is kept and the last output of its
 * processes is printed. Without root and namespaces the tests are skipped, as with {@link Privileged}.
 *
 * <pre>{@code
 * @Privileged
 * class FailoverIT {
 *     @RegisterExtension
 *     final NetnsLanExtension lan = NetnsLanExtension.of(NetnsLan.builder().hosts(3));
 *
 *     @Test
 *     void pings() {
 *         assertThat(lan.host(1).canReach(lan.host(2).ipv4())).isTrue();
 *     }
 * }
 * }</pre>
 */
public final class NetnsLanExtension
        implements BeforeAllCallback, BeforeEachCallback, AfterEachCallback, AfterAllCallback, ParameterResolver {

    private final NetnsLan.Builder builder;
    private NetnsLan current;
    private boolean classWide;

    private NetnsLanExtension(NetnsLan.Builder builder) {
        this.builder = builder;
    }

    public static NetnsLanExtension of(NetnsLan.Builder builder) {
        return new NetnsLanExtension(builder);
    }

    public static NetnsLanExtension withHosts(int hosts) {
        return of(NetnsLan.builder().hosts(hosts));
    }

    /** The LAN of the running test. */
    public NetnsLan lan() {
        if (current == null) {
            throw new IllegalStateException("no LAN outside a test");
        }
        return current;
    }

    public LanHost host(int n) {
        return lan().host(n);
    }

    public List<LanHost> hosts() {
        return lan().hosts();
    }

    public NetworkNamespace hub() {
        return lan().hub();
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        classWide = true;
        current = buildFor(context);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        if (!classWide) {
            current = buildFor(context);
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (current == null) {
            return;
        }
        reportIfFailed(context.getExecutionException());
        if (!classWide) {
            closeCurrent();
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (current != null && classWide) {
            reportIfFailed(context.getExecutionException());
            closeCurrent();
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == NetnsLan.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return lan();
    }

    private NetnsLan buildFor(ExtensionContext context) {
        PrivilegedCondition.Privileges privileges = PrivilegedCondition.privileges(context);
        if (!privileges.granted()) {
            if (PrivilegedCondition.Mode.of(System.getProperty(PrivilegedCondition.MODE_PROPERTY))
                    == PrivilegedCondition.Mode.REQUIRE) {
                throw new IllegalStateException(privileges.reason());
            }
            Assumptions.abort(privileges.reason());
        }
        return builder.build();
    }

    private void reportIfFailed(Optional<Throwable> failure) {
        if (failure.isPresent()) {
            current.keepEvidence();
            System.err.println("[netns] test failed (" + failure.get() + "); " + current.evidence());
        }
    }

    private void closeCurrent() {
        NetnsLan closing = current;
        current = null;
        closing.close();
    }
}
