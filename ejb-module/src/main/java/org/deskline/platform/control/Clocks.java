package org.deskline.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * The one place where the system clock enters; everything else takes a {@link Clock}, so tests can fix time.
 *
 * <p>One thread at a time may be moved into the past ({@link #at}): the demo's history (issue 20) is written by the
 * application's own services at the moments it happened, so every derived record (SLA clocks, history, alerts) carries
 * those moments. While a thread is moved, the database-driven sweeps of the other threads hold off
 * ({@link #movedElsewhere}), so they never judge a moved past by the real present. Every other thread, and a moved
 * one after {@code at} returns, reads the system clock.
 */
@ApplicationScoped
public class Clocks {

    private static final ThreadLocal<Instant> MOVED = new ThreadLocal<>();
    private static final AtomicInteger MOVING = new AtomicInteger();

    @Produces
    @ApplicationScoped
    Clock systemClock() {
        return new MovableClock(ZoneOffset.UTC);
    }

    /** Runs {@code work} on this thread with every injected clock reading {@code when}; never in the future. */
    public static <T> T at(Instant when, Supplier<T> work) {
        if (when.isAfter(Instant.now())) {
            throw new IllegalArgumentException("A clock is moved into the past only: " + when);
        }
        Instant before = MOVED.get();
        MOVED.set(when);
        MOVING.incrementAndGet();
        try {
            return work.get();
        } finally {
            MOVING.decrementAndGet();
            if (before == null) {
                MOVED.remove();
            } else {
                MOVED.set(before);
            }
        }
    }

    /**
     * Whether another thread's clock is moved right now: a sweep on this thread waits for its next pass then, and
     * the moved thread runs the sweeps it needs at its own moments.
     */
    public static boolean movedElsewhere() {
        return MOVING.get() > 0 && MOVED.get() == null;
    }

    /** The system clock, or the moment this thread was moved to. */
    static final class MovableClock extends Clock {

        private final ZoneId zone;

        MovableClock(ZoneId zone) {
            this.zone = zone;
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId other) {
            return new MovableClock(other);
        }

        @Override
        public Instant instant() {
            Instant moved = MOVED.get();
            return moved != null ? moved : Instant.now();
        }
    }
}
