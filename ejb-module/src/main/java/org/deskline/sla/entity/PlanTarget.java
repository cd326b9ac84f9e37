package org.deskline.sla.entity;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Duration;
import org.deskline.ticket.entity.Priority;

/** S1: what a plan promises for one priority. */
@Embeddable
public class PlanTarget {

    @Enumerated(EnumType.STRING)
    private Priority priority;

    private long responseSeconds;

    private long resolutionSeconds;

    protected PlanTarget() {
    }

    public PlanTarget(Priority priority, Duration response, Duration resolution) {
        this.priority = priority;
        this.responseSeconds = response.toSeconds();
        this.resolutionSeconds = resolution.toSeconds();
    }

    public Priority getPriority() {
        return priority;
    }

    public Duration response() {
        return Duration.ofSeconds(responseSeconds);
    }

    public Duration resolution() {
        return Duration.ofSeconds(resolutionSeconds);
    }
}
