package org.deskline.demo.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.deskline.demo.control.DemoData;
import org.deskline.demo.control.HistoryScript;
import org.deskline.demo.control.HistoryScript.Step;
import org.deskline.platform.control.Clocks;
import org.deskline.platform.control.DueSweep;
import org.deskline.sla.boundary.SlaAlarms;
import org.deskline.ticket.boundary.TicketTimers;

/**
 * Issue 20, demo mode only: 90 days of history for the two history organizations {@link DemoData} seeds (Caspian
 * Retail, Persian, on Enterprise; Volga Freight, Russian, on Basic), so the dashboard, reports and queue filters show
 * something on first start. The {@link HistoryScript} is played step by step through the application's services with
 * this thread's clock moved to each step's moment ({@link Clocks#at}); before each step, the SLA warnings and breaches
 * that fell due meanwhile are raised and the tickets due to close by themselves are closed, each at its moment, as the
 * server's own sweeps would have (they hold off meanwhile). Runs once, a few seconds after start, beside the server;
 * a restart finds the tickets and writes nothing twice. Off with DESK_DEMO_HISTORY=false.
 */
@Singleton
@Startup
@DependsOn("DemoData")
public class DemoHistory {

    private static final Logger LOG = Logger.getLogger(DemoHistory.class.getName());

    @Resource
    TimerService timers;

    @Inject
    DemoHistorySteps steps;

    @Inject
    SlaAlarms alarms;

    @Inject
    TicketTimers tickets;

    @Inject
    Clock clock;

    @Inject
    DemoData demo;

    @PostConstruct
    void plan() {
        if (demo.writesHistory()) {
            timers.createSingleActionTimer(2_000, new TimerConfig("demo-history", false));
        }
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void write() {
        if (HistoryScript.DEMO_CUSTOMERS.stream().anyMatch(c -> steps.written(c.apiClient()))) {
            return;
        }
        long started = System.nanoTime();
        Instant now = clock.instant();
        List<Step> script = HistoryScript.demo(now);
        // moved for the whole run, not only for each step: between two steps the server's sweeps must not judge the
        // history's running clocks by the real present either
        int tickets = Clocks.at(script.get(0).at(), () -> play(script, now));
        LOG.info(() -> String.format("Demo history: %d tickets, %d steps over %d days, written in %.1f s",
                tickets, script.size(), HistoryScript.DAYS, (System.nanoTime() - started) / 1e9));
    }

    private int play(List<Step> script, Instant now) {
        Map<Integer, Long> ids = new HashMap<>();
        Set<Integer> dropped = new HashSet<>();
        for (Step step : script) {
            if (dropped.contains(step.ticket())) {
                continue;
            }
            catchUp(step.at());
            try {
                ids.put(step.ticket(), perform(step, ids.get(step.ticket())));
            } catch (RuntimeException e) {
                // a step the rules refuse (a changed plan, say) ends that ticket's story where it stands
                dropped.add(step.ticket());
                LOG.log(Level.WARNING, "Demo history: step " + step.act() + " of ticket " + step.ticket()
                        + " at " + step.at() + " refused; the ticket's story ends there", e);
            }
        }
        catchUp(now);
        Instant dayAgo = now.minus(java.time.Duration.ofDays(1));
        HistoryScript.DEMO_CUSTOMERS.forEach(c -> steps.acknowledgeOlder(c.apiClient(), dayAgo, "manager"));
        return (int) ids.keySet().stream().filter(ticket -> ticket > 0).count();
    }

    /** The step, tried again when a concurrent transaction (a start-up task rescheduling clocks, say) came first. */
    private long perform(Step step, Long ticketId) {
        for (int attempt = 1; ; attempt++) {
            try {
                return Clocks.at(step.at(), () -> steps.perform(step, ticketId));
            } catch (RuntimeException e) {
                if (attempt == 3 || !DueSweep.concurrent(e)) {
                    throw e;
                }
            }
        }
    }

    /** What the sweeps would have done up to {@code until}: SLA alerts at their moments, auto-closes (T6). */
    private void catchUp(Instant until) {
        Instant last = null;
        for (Optional<Instant> next = alarms.nextAlertAt(); next.isPresent() && !next.get().isAfter(until)
                && !next.get().equals(last); next = alarms.nextAlertAt()) {
            last = next.get();
            Clocks.at(last, () -> alarms.raiseDue(100));
        }
        Clocks.at(until, () -> {
            tickets.dueForAutoClose(100).forEach(tickets::autoClose);
            return null;
        });
    }
}
