package org.deskline.ticket.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * T6: closes tickets whose auto-close moment has passed, driven only by the auto_close_at column, so tickets
 * that fell due while the server was down are closed at the first sweep after start. Each ticket closes in its
 * own transaction under optimistic locking: two servers sweeping at once close it once.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class AutoClose {

    private static final Logger LOG = Logger.getLogger(AutoClose.class.getName());

    @Resource
    TimerService timers;

    @Inject
    TicketTimers tickets;

    @Inject
    @ConfigProperty(name = "desk.auto.close.sweep.seconds", defaultValue = "60")
    long sweepSeconds;

    @PostConstruct
    void schedule() {
        long period = TimeUnit.SECONDS.toMillis(sweepSeconds);
        timers.createIntervalTimer(1_000, period, new TimerConfig("ticket-auto-close", false));
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void sweep() {
        int closed = 0;
        for (Long id : tickets.dueForAutoClose(500)) {
            try {
                if (tickets.autoClose(id)) {
                    closed++;
                }
            } catch (RuntimeException e) {
                LOG.fine(() -> "Ticket " + id + " was changed concurrently; the next sweep looks again: " + e);
            }
        }
        if (closed > 0) {
            int n = closed;
            LOG.info(() -> "Auto-closed " + n + " tickets (T6)");
        }
    }
}
