package org.deskline.alert.control;

import jakarta.transaction.TransactionScoped;
import java.io.Serializable;

/**
 * The event that the running transaction wrote alerts to the outbox, fired once per transaction (this bean, scoped
 * to the transaction, remembers whether it was). {@link AlertRelay} observes it after a successful commit, the same
 * way {@code SlaWatch} learns of new SLA due moments: one after-commit mechanism, CDI's transactional observers.
 */
@TransactionScoped
public class AlertsWritten implements Serializable {

    private static final long serialVersionUID = 1L;

    /** What the observers receive. */
    public record Committed() {
    }

    private boolean announced;

    /** True the first time in a transaction, false after. */
    boolean firstInTransaction() {
        boolean first = !announced;
        announced = true;
        return first;
    }
}
