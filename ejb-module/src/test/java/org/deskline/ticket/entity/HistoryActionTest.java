package org.deskline.ticket.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** T5: every transition has its history action and back; the other entries are no transition. */
class HistoryActionTest {

    @Test
    void every_ticket_action_is_a_history_action_of_the_same_name_and_back() {
        for (TicketAction a : TicketAction.values()) {
            assertEquals(a.name(), HistoryAction.of(a).name());
            assertEquals(Optional.of(a), HistoryAction.of(a).transition());
        }
    }

    @Test
    void the_changes_that_are_no_transition_say_so() {
        long transitions = Arrays.stream(HistoryAction.values()).filter(h -> h.transition().isPresent()).count();
        assertEquals(TicketAction.values().length, transitions);
        for (HistoryAction h : new HistoryAction[] {HistoryAction.OPEN, HistoryAction.RECLASSIFY,
                HistoryAction.ESCALATE, HistoryAction.RATE, HistoryAction.ATTACH, HistoryAction.PROPOSE}) {
            assertTrue(h.transition().isEmpty(), h.name());
        }
    }
}
