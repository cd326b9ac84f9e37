package org.deskline.alert.boundary.console;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.jms.Connection;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import java.util.concurrent.Future;
import java.util.logging.Logger;
import org.deskline.alert.control.BrokerSettings;

/**
 * Consumes the alert topic inside the server and hands each alert to the {@link AlertBoard}, which pushes it
 * to open consoles. A plain consumer loop on a managed thread (no resource adapter needed), reconnecting with
 * back-off when the broker is away. Past alerts come from the database, so this subscription need not be
 * durable.
 */
@Singleton
@Startup
public class ConsoleAlertFeed {

    private static final Logger LOG = Logger.getLogger(ConsoleAlertFeed.class.getName());

    @Resource
    ManagedExecutorService executor;

    @Inject
    BrokerSettings broker;

    @Inject
    AlertBoard board;

    private volatile boolean running = true;
    private volatile Connection connection;
    private Future<?> loop;

    @PostConstruct
    void start() {
        loop = executor.submit(this::consume);
    }

    private void consume() {
        long backoff = 500;
        while (running) {
            try (Connection c = broker.connectionFactory().createConnection()) {
                connection = c;
                Session session = c.createSession(false, Session.AUTO_ACKNOWLEDGE);
                MessageConsumer consumer = session.createConsumer(session.createTopic(broker.alertTopic()));
                c.start();
                LOG.info("Console alert feed connected to " + broker.connectUrl());
                backoff = 500;
                while (running) {
                    Message message = consumer.receive(1_000);
                    if (message instanceof TextMessage text) {
                        board.received(text.getText());
                    }
                }
            } catch (JMSException | RuntimeException e) {
                if (running) {
                    LOG.warning("Console alert feed lost the broker, retrying in " + backoff + " ms: " + e);
                    sleep(backoff);
                    backoff = Math.min(backoff * 2, 10_000);
                }
            }
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @PreDestroy
    void stop() {
        running = false;
        Connection c = connection;
        if (c != null) {
            try {
                c.close();
            } catch (JMSException ignored) {
                // closing anyway
            }
        }
        if (loop != null) {
            loop.cancel(true);
        }
    }
}
