package org.deskline.ticket.control;

import java.io.Serializable;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;

/**
 * The deadlines that run on tickets (S4 clocks), as the ticket queue needs them: the next one per ticket for a
 * page, and a query condition for "due within". The SLA feature implements it ({@code sla.control.SlaDeadlines}),
 * so the queue depends on no SLA class (issue 17).
 */
public interface TicketDeadlines {

    /** A ticket's earliest running deadline: which clock ({@code metric}, an enum the console labels) and when. */
    record Deadline(Enum<?> metric, Instant dueAt) implements Serializable {
    }

    /** The earliest running deadline of each of the tickets that has one. */
    Map<Long, Deadline> nextDue(Collection<Long> ticketIds);

    /**
     * A JPQL condition on the ticket alias {@code t}: one of its deadlines runs and falls due by the parameter
     * {@code :dueBy}, which the caller binds.
     */
    String dueByCondition();
}
