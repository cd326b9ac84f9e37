package org.deskline.alert.control;

import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.ArrayList;
import java.util.List;
import org.deskline.alert.entity.AlertType;

/**
 * The event that the running transaction wrote alerts to the outbox, fired once per transaction. {@link AlertRelay}
 * observes it after a successful commit, the same way {@code SlaWatch} learns of new SLA due moments: one after-commit
 * mechanism, CDI's transactional observers. Whether the transaction already fired it is remembered as a resource of
 * the transaction: a {@code @TransactionScoped} bean did the same, but Payara fires CDI events of its own when each
 * such scope begins and ends, about 3 % of a create's CPU (issue 21).
 */
public final class AlertsWritten {

    private static final Object KEY = AlertsWritten.class.getName();

    private AlertsWritten() {
    }

    /**
     * What the observers receive: the types of the alerts the transaction wrote. The list is the transaction's own,
     * so an observer after the commit sees every alert, also those written after the event was fired.
     */
    public record Committed(List<AlertType> types) {
    }

    /**
     * Notes an alert of {@code type} in the running transaction: the transaction's list of types when it is the
     * first (fire the event with it), null after.
     */
    static List<AlertType> note(TransactionSynchronizationRegistry transaction, AlertType type) {
        @SuppressWarnings("unchecked")
        List<AlertType> types = (List<AlertType>) transaction.getResource(KEY);
        if (types != null) {
            types.add(type);
            return null;
        }
        List<AlertType> first = new ArrayList<>();
        first.add(type);
        transaction.putResource(KEY, first);
        return first;
    }
}
