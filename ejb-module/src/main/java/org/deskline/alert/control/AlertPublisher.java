package org.deskline.alert.control;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.Connection;
import jakarta.jms.JMSException;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import java.util.List;
import java.util.function.Consumer;
import org.apache.activemq.artemis.api.core.ActiveMQDuplicateIdException;
import org.deskline.alert.entity.Alert;

/**
 * Sends alert documents to the alert topic. {@code _AMQ_DUPL_ID} carries the alert id, so a resend after a
 * crash between "sent" and "marked sent" is dropped by the broker; consumers dedupe on the same id.
 */
@ApplicationScoped
public class AlertPublisher {

    /** Message properties for routing and selectors, documented in docs/alerts.md. */
    public static final String ALERT_ID = "alertId";
    public static final String TYPE = "alertType";
    public static final String SEVERITY = "severity";
    public static final String ORGANIZATION_ID = "organizationId";
    public static final String TICKET_ID = "ticketId";
    public static final String DUPLICATE_ID = "_AMQ_DUPL_ID";

    @Inject
    BrokerSettings settings;

    private Connection connection;
    private Session session;
    private MessageProducer producer;

    /** The broker could not be reached at all: no alert was tried, none is to blame. */
    public static class BrokerUnavailable extends Exception {
        BrokerUnavailable(Exception cause) {
            super(cause.toString(), cause);
        }
    }

    /**
     * Sends the alerts in order, calling {@code onSent} for each one the broker accepted. The batch leaves in one
     * broker transaction (one journal write, not one a message). A JMSException or RuntimeException concerns the
     * first alert not yet accepted: when one alert cannot be sent, the ones before it are still committed.
     */
    public synchronized void send(List<Alert> alerts, Consumer<Alert> onSent) throws BrokerUnavailable, JMSException {
        if (alerts.isEmpty()) {
            return;
        }
        if (session != null) {
            int[] accepted = {0};
            try {
                sendBatch(alerts, alert -> {
                    accepted[0]++;
                    onSent.accept(alert);
                });
                return;
            } catch (JMSException | RuntimeException e) {
                if (accepted[0] > 0) {
                    throw e;
                }
                // nothing left: the kept connection may have died since the last batch; once more on a new one
            }
        }
        try {
            open();
        } catch (JMSException | RuntimeException e) {
            close();
            throw new BrokerUnavailable(e);
        }
        sendBatch(alerts, onSent);
    }

    private void sendBatch(List<Alert> alerts, Consumer<Alert> onSent) throws JMSException {
        int staged = 0;
        try {
            for (Alert alert : alerts) {
                producer.send(message(alert));
                staged++;
            }
            session.commit();
        } catch (JMSException | RuntimeException e) {
            if (duplicate(e)) {
                // an alert of the batch reached the broker before a crash kept it from being marked sent; in a
                // transaction the broker refuses the whole batch for that copy, outside one it drops the copy alone
                rollbackQuietly();
                sendOneByOne(alerts, onSent);
                return;
            }
            boolean before = staged > 0 && staged < alerts.size() && commitStaged();
            close();
            if (before) {
                alerts.subList(0, staged).forEach(onSent);
            }
            throw e;
        }
        alerts.forEach(onSent);
    }

    /** Each alert in its own send, outside a transaction: the broker drops a copy of one it has already routed. */
    private void sendOneByOne(List<Alert> alerts, Consumer<Alert> onSent) throws JMSException {
        try (Session single = connection.createSession(false, Session.AUTO_ACKNOWLEDGE)) {
            MessageProducer one = single.createProducer(single.createTopic(settings.alertTopic()));
            for (Alert alert : alerts) {
                one.send(message(single, alert));
                onSent.accept(alert);
            }
        }
    }

    /** Whether the broker refused a batch because one of its alerts carries a duplicate id it has already seen. */
    static boolean duplicate(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ActiveMQDuplicateIdException
                    || t instanceof JMSException j && j.getLinkedException() instanceof ActiveMQDuplicateIdException) {
                return true;
            }
        }
        return false;
    }

    private void rollbackQuietly() {
        try {
            session.rollback();
        } catch (JMSException | RuntimeException ignored) {
            // the transaction is marked rollback-only anyway
        }
    }

    private TextMessage message(Alert alert) throws JMSException {
        return message(session, alert);
    }

    private static TextMessage message(Session session, Alert alert) throws JMSException {
        TextMessage message = session.createTextMessage(alert.getPayload());
        message.setStringProperty(DUPLICATE_ID, alert.getId());
        message.setStringProperty(ALERT_ID, alert.getId());
        message.setStringProperty(TYPE, alert.getType().name());
        message.setStringProperty(SEVERITY, alert.getSeverity().name());
        if (alert.getOrganizationId() != null) {
            message.setLongProperty(ORGANIZATION_ID, alert.getOrganizationId());
        }
        if (alert.getTicketId() != null) {
            message.setLongProperty(TICKET_ID, alert.getTicketId());
        }
        return message;
    }

    private boolean commitStaged() {
        try {
            session.commit();
            return true;
        } catch (JMSException | RuntimeException e) {
            return false;
        }
    }

    /** One connection, transacted session and producer, kept while the broker answers (closed on any failure). */
    private void open() throws JMSException {
        connection = settings.connectionFactory().createConnection();
        session = connection.createSession(true, Session.SESSION_TRANSACTED);
        producer = session.createProducer(session.createTopic(settings.alertTopic()));
    }

    @PreDestroy
    synchronized void close() {
        session = null;
        producer = null;
        if (connection != null) {
            try {
                connection.close();
            } catch (JMSException ignored) {
                // the connection is being dropped anyway
            }
            connection = null;
        }
    }
}
