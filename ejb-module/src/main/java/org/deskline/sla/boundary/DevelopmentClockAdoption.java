package org.deskline.sla.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.deskline.sla.control.SlaTracker;

/**
 * T1, once per start: development requests opened before they had clocks of their own (schema V31) move to the
 * proposal and delivery clocks ({@link SlaTracker#adoptDevelopmentClocks}). What it changes is in the database, so a
 * second start or a second server finds nothing left to do.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class DevelopmentClockAdoption {

    private static final Logger LOG = Logger.getLogger(DevelopmentClockAdoption.class.getName());

    @Inject
    SlaTracker tracker;

    @Resource
    TimerService timers;

    @PostConstruct
    void start() {
        timers.createSingleActionTimer(3_000, new TimerConfig("development-clock-adoption", false));
    }

    @Timeout
    void adopt() {
        try {
            adoptNow();
        } catch (RuntimeException e) {
            // another server did the same rows at the same moment: theirs stand; the next start looks again
            LOG.warning(() -> "Moving development requests to their own clocks: " + e);
        }
    }

    /** Does it now, in a transaction of its own; returns how many requests moved (0 when nothing is left). */
    @jakarta.ejb.TransactionAttribute(jakarta.ejb.TransactionAttributeType.REQUIRES_NEW)
    public int adoptNow() {
        int adopted = tracker.adoptDevelopmentClocks();
        if (adopted > 0) {
            LOG.info(() -> adopted + " development request(s) moved to their own clocks (T1)");
        }
        return adopted;
    }
}
