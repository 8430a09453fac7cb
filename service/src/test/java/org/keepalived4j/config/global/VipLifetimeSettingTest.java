package org.keepalived4j.config.global;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.keepalived4j.config.ConfigLoader;
import org.keepalived4j.config.Diagnostic;
import org.keepalived4j.config.FakeHost;
import org.keepalived4j.config.KeepalivedConfig;
import org.keepalived4j.config.text.InMemoryConfigFiles;

/**
 * keepalived4j's {@code vip_lifetime}: a default in global_defs, overridden per instance, with
 * {@code auto} (the default), {@code off} and a number of seconds; a bad value is named on its line.
 */
class VipLifetimeSettingTest {

    private static final String MAIN = "/etc/keepalived/keepalived.conf";

    private static ConfigLoader.Result load(String global, String instanceLine) {
        String text = "global_defs {\n" + global + "}\n"
                + "vrrp_instance VI_1 {\n    interface eth0\n    virtual_router_id 51\n" + instanceLine
                + "    virtual_ipaddress {\n        10.9.9.100/24\n    }\n}\n"
                + "vrrp_instance VI_2 {\n    interface eth0\n    virtual_router_id 52\n"
                + "    virtual_ipaddress {\n        10.9.9.101/24\n    }\n}\n";
        return ConfigLoader.load(MAIN, "lb1", new InMemoryConfigFiles("/etc/keepalived").file(MAIN, text),
                FakeHost.withEth0AndEth1());
    }

    private static VipLifetimeSetting of(KeepalivedConfig c, String instance) {
        return c.vrrp().instance(instance).orElseThrow().addresses().vipLifetime();
    }

    @Test
    void onByDefaultWithTheLifetimeDerivedFromTheInterval() {
        KeepalivedConfig c = load("", "").config();
        assertThat(c.global().vrrp().vipLifetime()).isEqualTo(VipLifetimeSetting.AUTO);
        assertThat(of(c, "VI_1").engineSeconds()).isZero();
    }

    @Test
    void globalDefaultAppliesToEveryInstanceAndAnInstanceMayOverrideIt() {
        ConfigLoader.Result r = load("    vip_lifetime off\n", "    vip_lifetime 30\n");
        assertThat(r.diagnostics().printed()).isEmpty();
        assertThat(of(r.config(), "VI_1")).isEqualTo(new VipLifetimeSetting(VipLifetimeSetting.Mode.FIXED, 30));
        assertThat(of(r.config(), "VI_2")).isEqualTo(VipLifetimeSetting.OFF);
        assertThat(of(r.config(), "VI_2").engineSeconds()).isEqualTo(-1);
        assertThat(load("    vip_lifetime off\n", "    vip_lifetime auto\n").config().vrrp().instance("VI_1")
                .orElseThrow().addresses().vipLifetime()).isEqualTo(VipLifetimeSetting.AUTO);
    }

    @Test
    void aBadValueIsNamedOnItsLineAndTheDefaultKept() {
        ConfigLoader.Result r = load("    vip_lifetime soon\n", "    vip_lifetime 0\n");
        assertThat(r.diagnostics().printed()).extracting(Diagnostic::keepalivedFormat).anyMatch(
                m -> m.startsWith("(" + MAIN + ": Line 2) vip_lifetime 'soon' invalid"))
                .anyMatch(m -> m.startsWith("(" + MAIN + ": Line 7) vip_lifetime '0' invalid"));
        assertThat(of(r.config(), "VI_1")).isEqualTo(VipLifetimeSetting.AUTO);
        assertThat(r.diagnostics().configTestExitCode()).isNotZero();
    }
}
