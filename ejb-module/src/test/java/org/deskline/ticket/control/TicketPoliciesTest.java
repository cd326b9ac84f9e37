package org.deskline.ticket.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** T6, T8, T9: the configured numbers, and the defaults written once in TicketPolicy.DEFAULT. */
class TicketPoliciesTest {

    @Test
    void nothing_configured_is_the_default_policy() {
        assertEquals(TicketPolicy.DEFAULT, new TicketPolicies().policy());
    }

    @Test
    void each_configured_number_replaces_its_default_only() {
        TicketPolicies configured = new TicketPolicies();
        configured.autoCloseHours = Optional.of(72L);
        configured.maxActiveDevelopment = Optional.of(2);
        configured.maxEmergenciesPerDay = Optional.of(-5);
        TicketPolicy p = configured.policy();
        assertEquals(Duration.ofHours(72), p.autoCloseAfter());
        assertEquals(2, p.maxActiveDevelopment());
        assertEquals(0, p.maxEmergenciesPerDay(), "a negative limit is none");
        assertEquals(TicketPolicy.DEFAULT.reopenWindow(), p.reopenWindow());
        assertEquals(TicketPolicy.DEFAULT.maxActiveSupport(), p.maxActiveSupport());
    }
}
