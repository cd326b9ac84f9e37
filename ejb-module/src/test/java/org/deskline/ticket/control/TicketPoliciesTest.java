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

    /** Issue 18: a plan sets T6, T8 and T9 for its organizations; what it leaves empty stays as configured. */
    @Test
    void t6_t8_t9_a_plans_numbers_replace_the_configured_ones_it_sets() {
        TicketPolicy configured = new TicketPolicy(Duration.ofHours(48), Duration.ofDays(14), 3, 1, 2, 3);
        TicketPolicy planned = configured.under(new org.deskline.ticket.entity.TicketNumbers(72, null, 10, null));
        assertEquals(Duration.ofHours(72), planned.autoCloseAfter());
        assertEquals(Duration.ofDays(14), planned.reopenWindow());
        assertEquals(10, planned.maxActiveSupport());
        assertEquals(1, planned.maxActiveDevelopment());
        assertEquals(2, planned.lowRatingAtMost(), "T11 is not the plan's");
        assertEquals(configured, configured.under(org.deskline.ticket.entity.TicketNumbers.DEFAULTS));
    }

    @Test
    void t6_t8_t9_a_plans_numbers_stay_within_their_ranges() {
        new org.deskline.ticket.entity.TicketNumbers(1, 0, 1, 1).check();
        new org.deskline.ticket.entity.TicketNumbers(24 * 60, 365, 1000, 1000).check();
        for (var bad : java.util.Map.of("autoCloseHours", new org.deskline.ticket.entity.TicketNumbers(0, null, null,
                        null), "reopenDays", new org.deskline.ticket.entity.TicketNumbers(null, 366, null, null),
                "maxActiveSupport", new org.deskline.ticket.entity.TicketNumbers(null, null, 0, null),
                "maxActiveDevelopment", new org.deskline.ticket.entity.TicketNumbers(null, null, null, 1001))
                .entrySet()) {
            org.deskline.platform.DeskException e = org.junit.jupiter.api.Assertions.assertThrows(
                    org.deskline.platform.DeskException.class, () -> bad.getValue().check());
            assertEquals(bad.getKey(), e.field());
        }
    }
}
