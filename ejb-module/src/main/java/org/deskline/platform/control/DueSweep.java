package org.deskline.platform.control;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongConsumer;
import java.util.function.Supplier;
import java.util.logging.Logger;

/**
 * One pass of a database-driven timer: read what is due, handle each id on its own (a failure is logged and left for
 * the next pass), never two passes at once in this server. The state lives in the database, so a server that was
 * down catches up at its first pass.
 */
public final class DueSweep {

    private static final Logger LOG = Logger.getLogger(DueSweep.class.getName());

    private final AtomicBoolean running = new AtomicBoolean();
    private final String what;

    public DueSweep(String what) {
        this.what = what;
    }

    public void run(Supplier<List<Long>> due, LongConsumer handle) {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        try {
            for (Long id : due.get()) {
                try {
                    handle.accept(id);
                } catch (RuntimeException e) {
                    LOG.warning(() -> what + " " + id + " could not be checked (the next pass retries): " + e);
                }
            }
        } finally {
            running.set(false);
        }
    }
}
