package org.deskline.ticket.boundary;

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
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;
import org.deskline.ticket.control.AttachmentStore;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Issue 16, finding 3: removes attachment content no row refers to (the last attachment of a file was removed) and
 * spool files of interrupted uploads (a server killed mid-upload) once they are an hour old, at start-up and every
 * DESK_ATTACHMENT_SWEEP_MINUTES (60). The rows are the state; the timer only says when to look, so a restart loses
 * nothing. Issue 22: at start-up it first moves files of the earlier file store into the database.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AttachmentSweep {

    private static final Logger LOG = Logger.getLogger(AttachmentSweep.class.getName());
    static final Duration GRACE = Duration.ofHours(1);

    @Inject
    AttachmentStore store;

    @Inject
    @ConfigProperty(name = "desk.attachment.sweep.minutes", defaultValue = "60")
    long sweepMinutes;

    @Resource
    TimerService timers;

    private final AtomicBoolean running = new AtomicBoolean();

    @PostConstruct
    void start() {
        int moved = store.importFiles();
        if (moved > 0) {
            LOG.info(() -> "Moved " + moved + " attachment files into the database");
        }
        timers.createIntervalTimer(60_000, Math.max(1, sweepMinutes) * 60_000, new TimerConfig("attachment-sweep",
                false));
    }

    @Timeout
    void sweep() {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        try {
            int deleted = store.sweep(GRACE);
            if (deleted > 0) {
                LOG.info(() -> "Removed " + deleted + " attachment contents or spool files no ticket refers to");
            }
        } catch (RuntimeException e) {
            LOG.warning(() -> "Attachment sweep failed: " + e);
        } finally {
            running.set(false);
        }
    }
}
