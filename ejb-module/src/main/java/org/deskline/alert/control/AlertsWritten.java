package org.deskline.alert.control;

import jakarta.transaction.TransactionScoped;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.deskline.alert.entity.AlertType;

/**
 * The event that the running transaction wrote alerts to the outbox, fired once per transaction (this bean, scoped
 * to the transaction, remembers whether it was). {@link AlertRelay} observes it after a successful commit, the same
 * way {@code SlaWatch} learns of new SLA due moments: one after-commit mechanism, CDI's transactional observers.
 */
@TransactionScoped
public class AlertsWritten implements Serializable {

    private static final long serialVersionUID = 1L;

    /**
     * What the observers receive: the types of the alerts the transaction wrote. The list is the transaction's own,
     * so an observer after the commit sees every alert, also those written after the event was fired.
     */
    public record Committed(List<AlertType> types) {
    }

    private final List<AlertType> types = new ArrayList<>();

    /** Notes an alert of {@code type}; true for the first in the transaction, false after. */
    boolean wrote(AlertType type) {
        types.add(type);
        return types.size() == 1;
    }

    /** The types written in this transaction, in order (the list itself, still growing while it runs). */
    List<AlertType> types() {
        return types;
    }
}
