package org.deskline.security.control;

import java.util.Optional;
import org.deskline.security.entity.Tier;

/**
 * What {@link StaffRules} need to know of a ticket to say whether a staff member may work it: the tier it is at and
 * whether quality control reviews it. The ticket feature implements it ({@code ticket.control.TicketWorkItems}),
 * so security depends on no feature above it (issue 17).
 */
public interface WorkItems {

    /** A ticket as the staff rules see it; {@code tier} is null before the ticket entered one. */
    record WorkItem(Tier tier, boolean qualityReview) {
    }

    /** The ticket, or empty when there is none with that id. */
    Optional<WorkItem> find(long ticketId);
}
