package org.keepalived4j.config.vrrp;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.keepalived4j.config.SourcePos;

/**
 * A {@code garp_group}: the minimum spacing of gratuitous ARPs / neighbour adverts on a set of
 * interfaces (one physical interface, or the interfaces behind one switch).
 *
 * @param pos               the line of {@code garp_group}
 * @param garpInterval      spacing of gratuitous ARPs, if set
 * @param gnaInterval       spacing of unsolicited neighbour adverts, if set
 * @param interfaces        the interfaces it applies to
 * @param aggregationGroup  the group number keepalived gives an {@code interfaces} block (0 if none)
 */
public record GarpGroup(SourcePos pos, Optional<Duration> garpInterval, Optional<Duration> gnaInterval,
                        List<String> interfaces, int aggregationGroup) {

    public GarpGroup {
        Objects.requireNonNull(pos, "pos");
        Objects.requireNonNull(garpInterval, "garpInterval");
        Objects.requireNonNull(gnaInterval, "gnaInterval");
        interfaces = List.copyOf(interfaces);
    }
}
