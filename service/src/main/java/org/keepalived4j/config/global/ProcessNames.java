package org.keepalived4j.config.global;

import java.util.Objects;
import java.util.Optional;

/**
 * Names the processes give themselves ({@code prctl(PR_SET_NAME)}, at most 15 characters);
 * empty means the name is left as it is.
 */
public record ProcessNames(Optional<String> parent, Optional<String> vrrp, Optional<String> checker,
                           Optional<String> bfd) {

    /** The names {@code process_names} sets, as keepalived.conf(5) documents them. */
    public static final String DEFAULT_PARENT = "keepalived";
    public static final String DEFAULT_VRRP = "keepalived_vrrp";
    public static final String DEFAULT_CHECKER = "keepalived_ipvs";
    public static final String DEFAULT_BFD = "keepalived_bfd";

    /** The longest name the kernel keeps (TASK_COMM_LEN - 1). */
    public static final int MAX_LENGTH = 15;

    public ProcessNames {
        Objects.requireNonNull(parent, "parent");
        Objects.requireNonNull(vrrp, "vrrp");
        Objects.requireNonNull(checker, "checker");
        Objects.requireNonNull(bfd, "bfd");
    }
}
