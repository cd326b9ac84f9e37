package org.deskline.ticket.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.deskline.ticket.entity.HistoryAction;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * Issue 22, tickets on {@code /metrics}: {@value #CREATED} by kind and channel, counted after the commit (a refused
 * or rolled-back opening counts nothing).
 */
@ApplicationScoped
public class TicketMetrics {

    public static final String CREATED = "deskline.tickets.created";

    private static final Metadata CREATED_META = Metadata.builder().withName(CREATED)
            .withDescription("Tickets opened (committed), by kind and channel").build();

    @Inject
    MetricRegistry registry;

    void opened(@Observes(during = TransactionPhase.AFTER_SUCCESS) TicketChanged change) {
        if (change.action() == HistoryAction.OPEN) {
            registry.counter(CREATED_META, new Tag("kind", change.ticket().getKind().name()),
                    new Tag("channel", change.ticket().getChannel().name())).inc();
        }
    }
}
