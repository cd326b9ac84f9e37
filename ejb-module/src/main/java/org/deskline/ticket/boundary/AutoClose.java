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
import org.deskline.platform.control.DueSweep;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * T6: closes tickets whose auto-close moment has passed, driven only by the auto_close_at column, so tickets
 * that fell due while the server was down are closed at the first sweep after start. Each ticket closes in its
 * own transaction under optimistic locking: two servers sweeping at once close it once (a {@link DueSweep} pass).
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class AutoClose {

    private static final Logger LOG = Logger.getLogger(AutoClose.class.getName());
    /** Tickets closed per pass at most; the next pass takes the rest. */
    private static final int BATCH = 500;

    private final DueSweep due = new DueSweep("Ticket (auto-close)");

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
        int closed = due.count(() -> tickets.dueForAutoClose(BATCH), tickets::autoClose);
        if (closed > 0) {
            LOG.info(() -> "Auto-closed " + closed + " tickets (T6)");
        }
    }
}
