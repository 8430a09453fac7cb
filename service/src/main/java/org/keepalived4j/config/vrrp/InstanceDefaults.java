package org.keepalived4j.config.vrrp;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.keepalived4j.config.global.GarpDefaults;
import org.keepalived4j.config.global.GlobalConfig;
import org.keepalived4j.config.global.ScriptSettings;
import org.keepalived4j.config.global.ScriptUser;
import org.keepalived4j.config.global.VipLifetimeSetting;
import org.keepalived4j.config.global.VrrpDefaults;

/**
 * The {@code global_defs} settings the VRRP blocks take their defaults from (a view of
 * {@link GlobalConfig} shaped for the instance parser).
 *
 * @param vrrpVersion           {@code vrrp_version}
 * @param strict                {@code vrrp_strict}
 * @param skipCheckAdvAddr      {@code vrrp_skip_check_adv_addr}
 * @param checkUnicastSource    {@code vrrp_check_unicast_src}
 * @param garpMasterDelay       {@code vrrp_garp_master_delay}
 * @param garpMasterRepeat      {@code vrrp_garp_master_repeat}
 * @param garpMasterRefresh     {@code vrrp_garp_master_refresh}
 * @param garpMasterRefreshRepeat {@code vrrp_garp_master_refresh_repeat}
 * @param garpLowerPrioDelay    {@code vrrp_garp_lower_prio_delay}; empty means the master delay
 * @param garpLowerPrioRepeat   {@code vrrp_garp_lower_prio_repeat}; empty means the master repeat
 * @param garpExtraIfInterval   {@code vrrp_garp_extra_if}
 * @param garpExtraIfAll        {@code vrrp_garp_extra_if all}
 * @param downTimerAdverts      {@code vrrp_down_timer_adverts}
 * @param lowerPrioNoAdvert     {@code vrrp_lower_prio_no_advert}
 * @param higherPrioSendAdvert  {@code vrrp_higher_prio_send_advert}
 * @param smtpAlert             {@code smtp_alert_vrrp}, else {@code smtp_alert}; empty if neither
 * @param notifyPriorityChanges {@code vrrp_notify_priority_changes}
 * @param dynamicInterfaces     {@code dynamic_interfaces}: missing interfaces are allowed
 * @param scriptSecurity        {@code enable_script_security}
 * @param scriptUser            {@code script_user}'s user, if configured
 * @param scriptGroup           {@code script_user}'s group, if configured
 * @param vipLifetime           global_defs {@code vip_lifetime} (keepalived4j)
 * @param v3ChecksumAsV2        global_defs {@code v3_checksum_as_v2}
 */
public record InstanceDefaults(int vrrpVersion, boolean strict, boolean skipCheckAdvAddr, boolean checkUnicastSource,
                           Duration garpMasterDelay, int garpMasterRepeat, Duration garpMasterRefresh,
                           int garpMasterRefreshRepeat, Optional<Duration> garpLowerPrioDelay,
                           OptionalInt garpLowerPrioRepeat, Duration garpExtraIfInterval, boolean garpExtraIfAll,
                           int downTimerAdverts, boolean lowerPrioNoAdvert, boolean higherPrioSendAdvert,
                           Optional<Boolean> smtpAlert, boolean notifyPriorityChanges, boolean dynamicInterfaces,
                           boolean scriptSecurity, Optional<String> scriptUser, Optional<String> scriptGroup,
                           VipLifetimeSetting vipLifetime, boolean v3ChecksumAsV2) {

    /** keepalived 2.2.7's built-in defaults, as documented in keepalived.conf(5). */
    public static final InstanceDefaults KEEPALIVED = new InstanceDefaults(2, false, false, false, Duration.ofSeconds(5), 5,
            Duration.ZERO, 1, Optional.empty(), OptionalInt.empty(), Duration.ZERO, false, 3, false, false,
            Optional.empty(), false, false, false, Optional.empty(), Optional.empty(), VipLifetimeSetting.AUTO, false);

    public InstanceDefaults {
        Objects.requireNonNull(garpMasterDelay, "garpMasterDelay");
        Objects.requireNonNull(garpMasterRefresh, "garpMasterRefresh");
        Objects.requireNonNull(garpLowerPrioDelay, "garpLowerPrioDelay");
        Objects.requireNonNull(garpLowerPrioRepeat, "garpLowerPrioRepeat");
        Objects.requireNonNull(garpExtraIfInterval, "garpExtraIfInterval");
        Objects.requireNonNull(smtpAlert, "smtpAlert");
        Objects.requireNonNull(scriptUser, "scriptUser");
        Objects.requireNonNull(scriptGroup, "scriptGroup");
        Objects.requireNonNull(vipLifetime, "vipLifetime");
    }

    /** The defaults a configuration's {@code global_defs} gives. */
    public static InstanceDefaults from(GlobalConfig global) {
        VrrpDefaults v = global.vrrp();
        GarpDefaults g = global.garp();
        ScriptSettings scripts = global.scripts();
        return new InstanceDefaults(v.version(), v.strict(), v.skipCheckAdvAddr(), v.checkUnicastSrc(),
                g.masterDelay(), (int) g.masterRepeat(), g.masterRefresh(), (int) g.masterRefreshRepeat(),
                g.lowerPrioDelay(),
                g.lowerPrioRepeat().isPresent() ? OptionalInt.of((int) g.lowerPrioRepeat().getAsLong()) : OptionalInt.empty(),
                g.extraIfInterval().orElse(Duration.ZERO), g.extraIfAll(), v.downTimerAdverts(),
                v.lowerPrioNoAdvert(), v.higherPrioSendAdvert(), global.mail().vrrpAlertDefault(),
                global.notifyFifos().vrrpPriorityChanges(), v.dynamicInterfaces(), scripts.security(),
                scripts.scriptUser().map(ScriptUser::user), scripts.scriptUser().flatMap(ScriptUser::group),
                v.vipLifetime(), v.v3ChecksumAsV2());
    }

    public Duration effectiveLowerPrioDelay() {
        return garpLowerPrioDelay.orElse(garpMasterDelay);
    }

    public int effectiveLowerPrioRepeat() {
        return garpLowerPrioRepeat.orElse(garpMasterRepeat);
    }

    /** These defaults with {@code dynamic_interfaces} set as given. */
    public InstanceDefaults withDynamicInterfaces(boolean on) {
        return with(on, scriptSecurity);
    }

    /** These defaults with {@code enable_script_security} set as given. */
    public InstanceDefaults withScriptSecurity(boolean on) {
        return with(dynamicInterfaces, on);
    }

    private InstanceDefaults with(boolean dynamic, boolean security) {
        return new InstanceDefaults(vrrpVersion, strict, skipCheckAdvAddr, checkUnicastSource, garpMasterDelay,
                garpMasterRepeat, garpMasterRefresh, garpMasterRefreshRepeat, garpLowerPrioDelay, garpLowerPrioRepeat,
                garpExtraIfInterval, garpExtraIfAll, downTimerAdverts, lowerPrioNoAdvert, higherPrioSendAdvert,
                smtpAlert, notifyPriorityChanges, dynamic, security, scriptUser, scriptGroup, vipLifetime,
                v3ChecksumAsV2);
    }
}
