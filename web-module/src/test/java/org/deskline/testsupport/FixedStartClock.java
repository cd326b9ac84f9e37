package org.deskline.testsupport;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.interceptor.Interceptor;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The in-server tests' clock (issue 17): the server's "now" starts at a fixed moment, Monday 2 March 2026 09:00 in
 * Tehran (a working day, no holiday in Iran or Russia, before Nowruz), whatever the day CI runs, and then ticks,
 * because the SLA scheduler, the outbox relay and the broker work in real time. It replaces the one system clock
 * ({@code platform.control.Clocks}) in the test deployment only.
 */
@ApplicationScoped
@Alternative
@Priority(Interceptor.Priority.APPLICATION + 100)
public class FixedStartClock {

    public static final Instant START = Instant.parse("2026-03-02T05:30:00Z");

    @Produces
    @ApplicationScoped
    Clock fixedStart() {
        return Clock.offset(Clock.systemUTC(), Duration.between(Instant.now(), START));
    }
}
