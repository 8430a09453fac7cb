package org.keepalived4j.config;

import java.util.Objects;
import org.keepalived4j.config.bfd.BfdConfig;
import org.keepalived4j.config.global.GlobalConfig;
import org.keepalived4j.config.lvs.LvsConfig;
import org.keepalived4j.config.vrrp.VrrpConfig;

/**
 * A whole keepalived.conf, parsed and validated: immutable. Nothing downstream of the config
 * package reads configuration text; everything reads this.
 */
public record KeepalivedConfig(GlobalConfig global, BfdConfig bfd, VrrpConfig vrrp, LvsConfig lvs) {

    public KeepalivedConfig {
        Objects.requireNonNull(global, "global");
        Objects.requireNonNull(bfd, "bfd");
        Objects.requireNonNull(vrrp, "vrrp");
        Objects.requireNonNull(lvs, "lvs");
    }
}
