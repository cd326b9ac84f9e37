package org.deskline.sla.control;

import static java.time.Duration.ofHours;
import static java.time.Duration.ofMinutes;
import static org.deskline.ticket.entity.Priority.CRITICAL;
import static org.deskline.ticket.entity.Priority.HIGH;
import static org.deskline.ticket.entity.Priority.LOW;
import static org.deskline.ticket.entity.Priority.NORMAL;
import static org.deskline.ticket.entity.Priority.URGENT;

import java.util.List;
import java.util.Map;
import org.deskline.sla.entity.SlaPlan;
import org.deskline.sla.entity.SlaPlan.Coverage;
import org.deskline.sla.entity.SlaPlan.UnofferedPriority;

/**
 * S1: the default plans from the seed's table (editable later; new organizations get Basic). Enterprise's
 * critical target "10-30 min" is taken at its outer bound, 30 minutes.
 */
public final class SlaPlans {

    public static final SlaPlan ENTERPRISE = new SlaPlan("Enterprise", Map.of(
            LOW, ofHours(24), NORMAL, ofHours(12), HIGH, ofHours(4), URGENT, ofHours(1), CRITICAL, ofMinutes(30)),
            Coverage.ALL_DAY, UnofferedPriority.REFUSE);
    public static final SlaPlan ADVANCED = new SlaPlan("Advanced", Map.of(
            LOW, ofHours(24), NORMAL, ofHours(12), HIGH, ofHours(8), URGENT, ofHours(2), CRITICAL, ofMinutes(30)),
            Coverage.ALL_DAY, UnofferedPriority.REFUSE);
    public static final SlaPlan MEDIUM = new SlaPlan("Medium", Map.of(
            LOW, ofHours(48), NORMAL, ofHours(12), HIGH, ofHours(8), URGENT, ofHours(2)),
            Coverage.ALL_DAY, UnofferedPriority.DOWNGRADE);
    public static final SlaPlan BASIC = new SlaPlan("Basic", Map.of(
            LOW, ofHours(48), NORMAL, ofHours(24)),
            Coverage.BUSINESS_HOURS, UnofferedPriority.DOWNGRADE);

    /** S1: what a new organization gets. */
    public static final SlaPlan DEFAULT = BASIC;

    private SlaPlans() {
    }

    public static List<SlaPlan> defaults() {
        return List.of(ENTERPRISE, ADVANCED, MEDIUM, BASIC);
    }
}
