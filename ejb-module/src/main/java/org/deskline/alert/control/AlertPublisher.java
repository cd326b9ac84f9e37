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

    /** The broker could not be reached at all: no alert was tried, none is to blame. */
    public static class BrokerUnavailable extends Exception {
        BrokerUnavailable(Exception cause) {
            super(cause.toString(), cause);
        }
    }

    /**
     * Sends the alerts in order, calling {@code onSent} after each one the broker accepted. A JMSException or
     * RuntimeException concerns the first alert not yet accepted.
     */
    public synchronized void send(List<Alert> alerts, Consumer<Alert> onSent) throws BrokerUnavailable, JMSException {
        Session session;
        MessageProducer producer;
        try {
            session = connection().createSession(false, Session.AUTO_ACKNOWLEDGE);
            producer = session.createProducer(session.createTopic(settings.alertTopic()));
        } catch (JMSException | RuntimeException e) {
            close();
            throw new BrokerUnavailable(e);
        }
        try (session) {
            for (Alert alert : alerts) {
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
                producer.send(message);
                onSent.accept(alert);
            }
        } catch (JMSException | RuntimeException e) {
            close();
            throw e;
        }
    }

    private Connection connection() throws JMSException {
        if (connection == null) {
            connection = settings.connectionFactory().createConnection();
        }
        return connection;
    }

    @PreDestroy
    synchronized void close() {
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
