package org.deskline.sla.entity;

import java.time.Duration;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.deskline.platform.DeskException;
import org.deskline.platform.ErrorCode;
import org.deskline.ticket.entity.Priority;

/**
 * S1: a support plan: the response target for each priority it offers, and whether support works around the
 * clock or in business hours. A priority the plan does not offer is refused, or downgraded to the most urgent
 * one it does offer, saying so.
 */
public record SlaPlan(String name, Map<Priority, Duration> targets, Coverage coverage, UnofferedPriority unoffered) {

    public enum Coverage { ALL_DAY, BUSINESS_HOURS }

    public enum UnofferedPriority { REFUSE, DOWNGRADE }

    /** What a ticket gets under this plan, and why. */
    public record Decision(Priority priority, Duration target, Optional<String> note) {
    }

    public SlaPlan {
        targets = Map.copyOf(new EnumMap<>(targets));
        if (targets.isEmpty()) {
            throw new IllegalArgumentException("plan " + name + " offers no priority");
        }
    }

    public boolean offers(Priority priority) {
        return targets.containsKey(priority);
    }

    /** S1: the priority and target a request for {@code requested} gets under this plan. */
    public Decision decide(Priority requested) {
        if (offers(requested)) {
            return new Decision(requested, targets.get(requested), Optional.empty());
        }
        if (unoffered == UnofferedPriority.DOWNGRADE) {
            Priority offered = Arrays.stream(Priority.values())
                    .filter(p -> p.ordinal() > requested.ordinal() && offers(p))
                    .findFirst()
                    .orElseThrow();
            return new Decision(offered, targets.get(offered), Optional.of("Plan " + name + " does not offer "
                    + requested + "; the ticket was taken as " + offered + " (target " + targets.get(offered) + ")."));
        }
        throw new DeskException(ErrorCode.PRIORITY_NOT_OFFERED, "priority", "S1", "Plan " + name + " does not offer "
                + requested + "; it offers " + Arrays.stream(Priority.values()).filter(this::offers)
                .map(Enum::name).collect(Collectors.joining(", ")) + ".");
    }
}
