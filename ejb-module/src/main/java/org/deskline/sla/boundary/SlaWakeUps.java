package org.deskline.sla.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Instant;
import org.deskline.sla.control.SlaArmed;

/**
 * After a commit that owes an SLA alert at some moment: tells {@link SlaWatch} only when it would not wake by then
 * anyway. Most commits owe a moment later than the one the watch is armed for, and calling the watch (an asynchronous
 * EJB) cost each create a session-bean reference and a hand-over to another thread (issue 21).
 */
@ApplicationScoped
public class SlaWakeUps {

    @Inject
    SlaWatch watch;

    /** When the watch wakes next; null while it is reading the database, when it cannot be known. */
    private volatile Instant armedFor;

    void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) SlaArmed armed) {
        if (armedBefore(armed.at())) {
            return; // that wake-up reads the database after this commit, and finds the moment there
        }
        watch.nearer(armed.at());
    }

    boolean armedBefore(Instant at) {
        Instant planned = armedFor;
        return planned != null && !at.isBefore(planned);
    }

    /** The watch's next wake-up, or null from the start of a wake-up until it is re-armed. */
    void armed(Instant at) {
        armedFor = at;
    }
}
