package org.deskline.ticket.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import org.deskline.platform.DeskException;
import org.deskline.platform.ErrorCode;
import org.junit.jupiter.api.Test;

/**
 * T5-T8, T12: every status × action pair against a table written out by hand from the rules ("-" = refused).
 * Columns: WAITING_FOR_REPLY, IN_PROGRESS, WAITING_FOR_CUSTOMER, DEFERRED, CLOSED.
 */
class TicketLifecycleTest {

    private static final String[] TABLE = {
        // action          W_REPLY      IN_PROG      W_CUST       DEFERRED     CLOSED
        "TAKE             IN_PROGRESS  IN_PROGRESS  IN_PROGRESS  -            -",
        "ASSIGN           W_REPLY      IN_PROGRESS  W_CUST       DEFERRED     -",
        "AGENT_REPLY      W_CUST       W_CUST       W_CUST       -            -",
        "INTERNAL_NOTE    W_REPLY      IN_PROGRESS  W_CUST       DEFERRED     CLOSED",
        "CUSTOMER_REPLY   W_REPLY      W_REPLY      W_REPLY      W_REPLY      -",
        "DEFER            DEFERRED     DEFERRED     DEFERRED     -            -",
        "RESUME           -            -            -            IN_PROGRESS  -",
        "RESOLVE          CLOSED       CLOSED       CLOSED       CLOSED       -",
        "REJECT           CLOSED       CLOSED       CLOSED       CLOSED       -",
        "WITHDRAW         CLOSED       CLOSED       -            CLOSED       -",
        "CLOSE            -            -            CLOSED       -            -",
        "AUTO_CLOSE       -            -            CLOSED       -            -",
        "REOPEN           -            -            -            -            W_REPLY",
    };
    private static final TicketStatus[] COLUMNS = {TicketStatus.WAITING_FOR_REPLY, TicketStatus.IN_PROGRESS,
            TicketStatus.WAITING_FOR_CUSTOMER, TicketStatus.DEFERRED, TicketStatus.CLOSED};

    @Test
    void t5_every_status_and_action_pair_follows_the_table() {
        Map<TicketAction, String[]> table = new HashMap<>();
        for (String row : TABLE) {
            String[] cells = row.trim().split("\\s+");
            table.put(TicketAction.valueOf(cells[0]), java.util.Arrays.copyOfRange(cells, 1, cells.length));
        }
        assertThat(table).hasSize(TicketAction.values().length);
        int checked = 0;
        for (TicketAction action : TicketAction.values()) {
            for (int c = 0; c < COLUMNS.length; c++) {
                TicketStatus from = COLUMNS[c];
                String expected = table.get(action)[c];
                if ("-".equals(expected)) {
                    assertThatThrownBy(() -> TicketLifecycle.next(from, action))
                            .as("%s in %s", action, from)
                            .isInstanceOfSatisfying(DeskException.class,
                                    e -> assertThat(e.code()).isEqualTo(ErrorCode.ILLEGAL_TRANSITION));
                    assertThat(TicketLifecycle.allowed(from)).doesNotContain(action);
                } else {
                    assertThat(TicketLifecycle.next(from, action)).as("%s in %s", action, from)
                            .isEqualTo(status(expected));
                    assertThat(TicketLifecycle.allowed(from)).contains(action);
                }
                checked++;
            }
        }
        assertThat(checked).isEqualTo(TicketAction.values().length * TicketStatus.values().length);
    }

    @Test
    void t5_a_refusal_names_the_current_status_and_the_allowed_actions() {
        assertThatThrownBy(() -> TicketLifecycle.next(TicketStatus.CLOSED, TicketAction.AGENT_REPLY))
                .isInstanceOfSatisfying(DeskException.class, e -> {
                    assertThat(e.field()).isEqualTo("status");
                    assertThat(e.getMessage()).contains("CLOSED").contains("INTERNAL_NOTE, REOPEN");
                });
    }

    @Test
    void t6_t7_closing_actions_record_their_resolution() {
        assertThat(TicketLifecycle.resolution(TicketAction.RESOLVE)).contains(Resolution.RESOLVED);
        assertThat(TicketLifecycle.resolution(TicketAction.WITHDRAW)).contains(Resolution.WITHDRAWN);
        assertThat(TicketLifecycle.resolution(TicketAction.CLOSE)).as("T7: closed after the answer")
                .contains(Resolution.RESOLVED);
        assertThat(TicketLifecycle.resolution(TicketAction.AUTO_CLOSE)).contains(Resolution.AUTO_CLOSED);
        assertThat(TicketLifecycle.resolution(TicketAction.REJECT)).contains(Resolution.REJECTED);
        assertThat(TicketLifecycle.resolution(TicketAction.AGENT_REPLY)).isEmpty();
    }

    private static TicketStatus status(String cell) {
        return switch (cell) {
            case "W_REPLY" -> TicketStatus.WAITING_FOR_REPLY;
            case "W_CUST" -> TicketStatus.WAITING_FOR_CUSTOMER;
            default -> TicketStatus.valueOf(cell);
        };
    }
}
