package org.keepalived4j.config.global;

import static org.assertj.core.api.Assertions.assertThat;
import static org.keepalived4j.config.ConfigTexts.kw;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The keyword set is exactly keepalived 2.2.7's, as measured with the Debian binary. */
class GlobalKeywordSetTest {

    /** Every keyword `keepalived -t` (2.2.7, Debian build) accepts inside global_defs. */
    /** Keywords keepalived 2.2.7 lacks that keepalived4j reads: its own, and later keepalived's the engine needs. */
    static final Set<String> KEEPALIVED4J_EXTENSIONS = Set.of("vip_lifetime", "v3_checksum_as_v2");

    static final Set<String> KEEPALIVED_2_2_7 = Set.of(
            "bfd_cpu_affinity", "bfd_no_swap", "bfd_priority", "bfd_process_name", "bfd_rlimit_rtime",
            "bfd_rlimit_rttime", "bfd_rt_priority", "checker_cpu_affinity", "checker_log_all_failures",
            "checker_no_swap", "checker_priority", "checker_process_name", "checker_rlimit_rtime",
            "checker_rlimit_rttime", "checker_rt_priority", "config_save_dir", "data_use_instance",
            "dbus_service_name", "default_interface", "disable_local_igmp", "dynamic_interfaces", "enable_dbus",
            "enable_script_security", "enable_snmp_checker", "enable_snmp_keepalived", "enable_snmp_rfc",
            "enable_snmp_rfcv2", "enable_snmp_rfcv3", "enable_snmp_vrrp", "enable_traps",
            "fifo_write_vrrp_states_on_reload", "include_check", "log_unknown_vrids", "lvs_flush",
            "lvs_flush_on_stop", "lvs_flush_onstop", "lvs_netlink_cmd_rcv_bufs", "lvs_netlink_cmd_rcv_bufs_force",
            "lvs_netlink_monitor_rcv_bufs", "lvs_netlink_monitor_rcv_bufs_force", "lvs_notify_fifo",
            "lvs_notify_fifo_script", "lvs_process_name", "lvs_sync_daemon", "lvs_timeouts", "max_auto_priority",
            "min_auto_priority_delay", "nftables", "nftables_counters", "nftables_ifindex", "nftables_ipvs",
            "nftables_ipvs_priority", "nftables_ipvs_start_fwmark", "nftables_priority", "no_checker_emails",
            "no_email_faults", "notification_email", "notification_email_from", "notify_fifo", "notify_fifo_script",
            "process_monitor_rcv_bufs", "process_monitor_rcv_bufs_force", "process_name", "process_names",
            "random_seed", "reload_check_config", "reload_file", "reload_repeat", "reload_time_file", "router_id",
            "rs_init_notifies", "script_user", "shutdown_script", "shutdown_script_timeout", "smtp_alert",
            "smtp_alert_checker", "smtp_alert_vrrp", "smtp_connect_timeout", "smtp_helo_name", "smtp_server",
            "snmp_socket", "startup_script", "startup_script_timeout", "tmp_config_directory", "umask",
            "vmac_addr_prefix", "vmac_prefix", "vrrp_check_unicast_src", "vrrp_cpu_affinity",
            "vrrp_down_timer_adverts", "vrrp_garp_extra_if", "vrrp_garp_interval", "vrrp_garp_lower_prio_delay",
            "vrrp_garp_lower_prio_repeat", "vrrp_garp_master_delay", "vrrp_garp_master_refresh",
            "vrrp_garp_master_refresh_repeat", "vrrp_garp_master_repeat", "vrrp_gna_interval",
            "vrrp_higher_prio_send_advert", "vrrp_iptables", "vrrp_lower_prio_no_advert", "vrrp_mcast_group4",
            "vrrp_mcast_group6", "vrrp_min_garp", "vrrp_netlink_cmd_rcv_bufs", "vrrp_netlink_cmd_rcv_bufs_force",
            "vrrp_netlink_monitor_rcv_bufs", "vrrp_netlink_monitor_rcv_bufs_force", "vrrp_no_swap",
            "vrrp_notify_fifo", "vrrp_notify_fifo_script", "vrrp_notify_priority_changes", "vrrp_priority",
            "vrrp_process_name", "vrrp_rlimit_rtime", "vrrp_rlimit_rttime", "vrrp_rt_priority",
            "vrrp_rx_bufs_multiplier", "vrrp_rx_bufs_policy", "vrrp_skip_check_adv_addr", "vrrp_startup_delay",
            "vrrp_strict", "vrrp_version", "vrrp_vmac_garp_intvl");

    @Test
    void globalDefsAcceptsExactlyTheKeywordsOf227PlusKeepalived4jsOwn() {
        Set<String> expected = new java.util.HashSet<>(KEEPALIVED_2_2_7);
        expected.addAll(KEEPALIVED4J_EXTENSIONS);
        assertThat(GlobalBlocks.globalDefsKeywords()).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void rootLevelKeywordsAreTheGlobalFamilysTopLevel() {
        assertThat(new GlobalBlocks().topLevelKeywords()).containsExactlyInAnyOrder("global_defs", "net_namespace",
                "net_namespace_ipvs", "namespace_with_ipsets", "instance", "use_pid_dir", "child_wait_time",
                "linkbeat_use_polling");
    }

    /** Keywords of later versions, vrrp_ipsets (no libipset in the build) and root keywords inside the block. */
    @ParameterizedTest
    @ValueSource(strings = {"json_version", "use_symlink_paths", "snmp_vs_stats_update_interval",
            "snmp_rs_stats_update_interval", "dbus_no_interface_name", "state_dump_file", "stats_dump_file",
            "json_dump_file", "vrrp_owner_ignore_adverts", "iproute_usr_dir", "iproute_etc_dir",
            "set_supplementary_groups", "vrrp_delay_after_boot", "vrrp_ipsets", "linkbeat_use_polling",
            "net_namespace", "instance", "use_pid_dir", "child_wait_time", "namespace_with_ipsets",
            "net_namespace_ipvs", "global_tracking"})
    void keywordsUnknownTo227AreReportedAsUnknownOnTheirLine(String keyword) {
        GlobalParse p = GlobalParse.globalDefs(kw(2, "router_id", "r1"), kw(3, keyword, "1"));

        assertThat(p.reported()).containsExactly("UNKNOWN_KEYWORD 3: Unknown keyword '" + keyword + "'");
        assertThat(p.config().routerId()).isEqualTo("r1");
    }
}
