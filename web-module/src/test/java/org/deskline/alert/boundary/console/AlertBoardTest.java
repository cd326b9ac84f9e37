package org.deskline.alert.boundary.console;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.faces.event.WebsocketEvent;
import jakarta.faces.push.PushContext;
import jakarta.json.JsonObject;
import java.io.Serializable;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Future;
import org.deskline.security.control.Credentials;
import org.deskline.platform.control.JsonDocs;
import org.junit.jupiter.api.Test;

/** Issue 21: the console's pages get what they show of an alert, not its whole document. */
class AlertBoardTest {

    @Test
    void a_pushed_alert_carries_its_id_type_severity_moment_and_its_tickets_number_and_title_only() {
        JsonObject document = JsonDocs.object()
                .add("schema", "deskline-alert/1")
                .add("alertId", "a-1").add("type", "SLA_WARNING").add("severity", "WARNING")
                .add("occurredAt", "2026-12-08T10:00:00Z")
                .add("organization", JsonDocs.object().add("id", 7).add("name", "Demo Trading Co"))
                .add("ticket", JsonDocs.object().add("id", 42).add("title", "Printer \"down\"").add("priority", "HIGH"))
                .add("sla", JsonDocs.object().add("metric", "RESPONSE"))
                .build();

        JsonObject pushed = JsonDocs.reader(new StringReader(AlertBoard.forConsole(document))).readObject();

        assertThat(pushed.keySet()).containsExactlyInAnyOrder("alertId", "type", "severity", "occurredAt", "ticket");
        assertThat(pushed.getString("alertId")).isEqualTo("a-1");
        assertThat(pushed.getString("severity")).isEqualTo("WARNING");
        assertThat(pushed.getJsonObject("ticket").getInt("id")).isEqualTo(42);
        assertThat(pushed.getJsonObject("ticket").getString("title")).isEqualTo("Printer \"down\"");
        assertThat(pushed.getJsonObject("ticket").keySet()).containsExactlyInAnyOrder("id", "title");
    }

    @Test
    void an_alert_without_a_ticket_is_pushed_without_one() {
        JsonObject document = JsonDocs.object().add("alertId", "a-2").add("type", "BACKUP_MISSED")
                .add("severity", "WARNING").add("occurredAt", "2026-12-08T10:00:00Z").build();

        assertThat(AlertBoard.forConsole(document)).doesNotContain("ticket").contains("\"alertId\":\"a-2\"");
    }

    @Test
    void an_alert_goes_to_the_active_staff_with_a_console_page_open_and_to_nobody_while_none_is() {
        List<Collection<?>> sentTo = new ArrayList<>();
        AlertBoard board = new AlertBoard();
        board.alerts = new PushContext() {
            @Override
            public Set<Future<Void>> send(Object message) {
                throw new AssertionError("an alert is addressed to users, never to everyone");
            }

            @Override
            public <S extends Serializable> Set<Future<Void>> send(Object message, S user) {
                return send(message, List.of(user)).get(user);
            }

            @Override
            public <S extends Serializable> Map<S, Set<Future<Void>>> send(Object message, Collection<S> users) {
                sentTo.add(Set.copyOf(users));
                return Map.of();
            }
        };
        board.credentials = new Credentials() {
            @Override
            public Set<String> activeStaff() {
                return Set.of("manager", "agent1");
            }
        };
        String alert = "{\"alertId\":\"%s\",\"type\":\"TICKET_CREATED\",\"severity\":\"INFO\"}";

        assertThat(board.received(alert.formatted("a-1"))).isTrue();
        board.opened(new WebsocketEvent(AlertBoard.CHANNEL, "manager", null));
        board.opened(new WebsocketEvent(AlertBoard.CHANNEL, "manager", null));
        board.opened(new WebsocketEvent(AlertBoard.CHANNEL, "disabled-agent", null));
        board.opened(new WebsocketEvent("another-channel", "agent1", null));
        assertThat(board.received(alert.formatted("a-2"))).isTrue();
        board.closed(new WebsocketEvent(AlertBoard.CHANNEL, "manager", null));
        assertThat(board.received(alert.formatted("a-3"))).isTrue();
        board.closed(new WebsocketEvent(AlertBoard.CHANNEL, "manager", null));
        assertThat(board.received(alert.formatted("a-4"))).isTrue();
        assertThat(board.received(alert.formatted("a-4"))).as("a duplicate").isFalse();

        // a-1: no page open; a-2 and a-3: the manager's pages (the disabled account's page gets nothing); a-4: closed
        assertThat(sentTo).containsExactly(Set.of("manager"), Set.of("manager"));
    }
}
