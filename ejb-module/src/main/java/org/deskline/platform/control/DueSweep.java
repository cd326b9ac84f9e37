package org.deskline.platform.control;

import jakarta.persistence.OptimisticLockException;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongConsumer;
import java.util.function.LongPredicate;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One pass of a database-driven timer: read what is due, handle each id on its own (a failure is logged and left for
 * the next pass), never two passes at once in this server. The state lives in the database, so a server that was
 * down catches up at its first pass. An id another server changed meanwhile (optimistic lock) is expected when
 * several servers sweep, and logged quietly.
 */
public final class DueSweep {

    private static final Logger LOG = Logger.getLogger(DueSweep.class.getName());

    private final AtomicBoolean running = new AtomicBoolean();
    private final String what;

    public DueSweep(String what) {
        this.what = what;
    }

    public void run(Supplier<List<Long>> due, LongConsumer handle) {
        count(due, id -> {
            handle.accept(id);
            return true;
        });
    }

    /** The same pass; returns how many ids {@code handle} acted on (returned true for). */
    public int count(Supplier<List<Long>> due, LongPredicate handle) {
        if (Clocks.movedElsewhere() || !running.compareAndSet(false, true)) {
            return 0; // the demo's past is being written (Clocks.at), or a pass is running: the next pass looks
        }
        int acted = 0;
        try {
            for (Long id : due.get()) {
                try {
                    if (handle.test(id)) {
                        acted++;
                    }
                } catch (RuntimeException e) {
                    LOG.log(concurrent(e) ? Level.FINE : Level.WARNING,
                            () -> what + " " + id + " could not be checked (the next pass retries): " + e);
                }
            }
        } finally {
            running.set(false);
        }
        return acted;
    }

    /** Whether {@code e} says another transaction changed the same rows first (a retry may succeed). */
    public static boolean concurrent(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof OptimisticLockException) {
                return true;
            }
        }
        return false;
    }
}
