package org.deskline.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** Issue 20: the injected clock, moved into the past on one thread while the demo's history is written. */
class ClocksTest {

    private final Clock clock = new Clocks().systemClock();

    @Test
    void a_moved_thread_reads_its_moment_and_every_other_thread_the_present() throws Exception {
        Instant past = Instant.parse("2026-09-08T10:41:00Z");
        assertFalse(Clocks.movedElsewhere());
        Clocks.at(past, () -> {
            assertEquals(past, clock.instant());
            assertEquals(past, clock.withZone(ZoneId.of("Asia/Tehran")).instant());
            assertFalse(Clocks.movedElsewhere(), "the moved thread runs its own sweeps");
            Instant elsewhere = CompletableFuture.supplyAsync(clock::instant).join();
            assertTrue(Duration.between(elsewhere, Instant.now()).abs().toSeconds() < 5, "another thread: now");
            assertTrue(CompletableFuture.supplyAsync(Clocks::movedElsewhere).join(), "its sweeps hold off");
            Instant inner = past.plusSeconds(60);
            assertEquals(inner, Clocks.at(inner, clock::instant));
            assertEquals(past, clock.instant(), "back to the outer moment");
            return null;
        });
        assertTrue(Duration.between(clock.instant(), Instant.now()).abs().toSeconds() < 5);
        assertFalse(CompletableFuture.supplyAsync(Clocks::movedElsewhere).join());
    }

    @Test
    void never_into_the_future_and_back_after_a_failure() {
        assertThrows(IllegalArgumentException.class, () -> Clocks.at(Instant.now().plusSeconds(60), () -> null));
        assertThrows(IllegalStateException.class, () -> Clocks.at(Instant.EPOCH, () -> {
            throw new IllegalStateException("refused");
        }));
        assertTrue(Duration.between(clock.instant(), Instant.now()).abs().toSeconds() < 5);
        assertFalse(CompletableFuture.supplyAsync(Clocks::movedElsewhere).join());
    }
}
